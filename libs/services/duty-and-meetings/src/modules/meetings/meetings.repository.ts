import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  AttendanceEntry,
  AttendanceStatus,
  LeaderRef,
  MeetingApproverRole,
  MeetingClassCode,
  MeetingKind,
  MeetingStatus,
  PutMeetingClass,
} from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, SCHEMA, Conditions, likePattern, rowById, selectPage, updateReturning } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { CallerContext } from '@gov/contracts-common';
import type { Period } from '../activities/agenda-rules.js';
import { addMeetingVisibility, type MeetingScope } from '../../common/visibility.js';

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  class_code: MeetingClassCode;
  class_rule_id: string;
  requires_approval: boolean;
  approver_role: MeetingApproverRole;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  room_id: string | null;
  room_booking_id: string | null;
  chair: LeaderRef | null;
  leaders: LeaderRef[];
  attendee_unit_ids: string[];
  secrecy_level: number;
  status: MeetingStatus;
  approved_by: string | null;
  approved_at: Date | null;
  approval_comment: string | null;
  notice_text: string | null;
  notified_at: Date | null;
  minutes_number: string | null;
  minutes_summary: string | null;
  minutes_published_at: Date | null;
  cancel_reason: string | null;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export interface NoticeRow {
  meeting_id: string;
  revision: number;
  text: string;
  unit_ids: string[];
  removed_unit_ids: string[];
  reason: string | null;
  sent_at: Date;
  sent_by: string;
}

export interface TopicRow {
  id: string;
  meeting_id: string;
  sequence: number;
  title: string;
  presenter_name: string;
  presenter_unit_id: string | null;
}

export interface AttendanceRow {
  meeting_id: string;
  name: string;
  unit_id: string | null;
  status: AttendanceStatus;
  absence_reason: string | null;
  substitute_name: string | null;
  recorded_at: Date;
  recorded_by: string;
}

export interface DecisionRow {
  id: string;
  meeting_id: string;
  sequence: number;
  content: string;
  lead_unit_id: string;
  co_unit_ids: string[];
  due_date: string | null;
  due_working_days: number | null;
  due_explanation: string[];
  due_provisional: boolean;
  published_at: Date | null;
}

export interface ClassRuleRow {
  id: string;
  code: MeetingClassCode;
  name: string;
  requires_approval: boolean;
  approver_role: MeetingApproverRole;
  effective_from: string;
  source: string;
  version: number;
  created_at: Date;
  created_by: string;
}

export interface Due {
  dueDate: string | null;
  explanation: string[];
  provisional: boolean;
}

/** Marks a column set to the database's `now()` in `updateIfVersion`. */
export const NOW = Symbol('now');

export interface NewMeeting {
  id: string;
  kind: MeetingKind;
  classCode: MeetingClassCode;
  rule: ClassRuleRow;
  title: string;
  location: string | null;
  roomId: string | null;
  chair: LeaderRef | null;
  leaders: LeaderRef[];
  attendeeUnitIds: string[];
  secrecyLevel: number;
  createdBy: string;
}

/** The only place that speaks SQL for meetings, their classes, topics, attendance and decided items. */
@Injectable()
export class MeetingsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  // ---- meeting classes ----

  /** Every version of every class, or the version of each class in force on `onDate`. */
  findClassRules(onDate?: string): Promise<ClassRuleRow[]> {
    return onDate
      ? this.dataSource.query(
          `SELECT DISTINCT ON (r.code) r.*, r.effective_from::text AS effective_from FROM "${this.schema}".meeting_class_rule r
            WHERE r.effective_from <= $1 ORDER BY r.code, r.effective_from DESC`,
          [onDate],
        )
      : this.dataSource.query(`SELECT r.*, r.effective_from::text AS effective_from FROM "${this.schema}".meeting_class_rule r ORDER BY r.code, r.effective_from`);
  }

  /** The versions of one class, newest first, locked: versions of one class are added one at a time. */
  findClassVersionsForUpdate(code: MeetingClassCode, manager: EntityManager): Promise<ClassRuleRow[]> {
    return manager.query(
      `SELECT r.*, r.effective_from::text AS effective_from FROM "${this.schema}".meeting_class_rule r WHERE r.code = $1 ORDER BY r.version DESC FOR UPDATE`,
      [code],
    );
  }

  async insertClassRule(request: PutMeetingClass.Request, version: number, createdBy: string, manager: EntityManager): Promise<ClassRuleRow> {
    const [row]: ClassRuleRow[] = await manager.query(
      `INSERT INTO "${this.schema}".meeting_class_rule (id, code, name, requires_approval, approver_role, effective_from, source, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, now(), $9) RETURNING *, effective_from::text AS effective_from`,
      [randomUUID(), request.code, request.name.trim(), request.requiresApproval, request.approverRole, request.effectiveFrom, request.source.trim(), version, createdBy],
    );
    return row;
  }

  async findClassRuleOn(code: MeetingClassCode, date: string, manager: EntityManager): Promise<ClassRuleRow | undefined> {
    const [rule]: ClassRuleRow[] = await manager.query(
      `SELECT * FROM "${this.schema}".meeting_class_rule WHERE code = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
      [code, date],
    );
    return rule;
  }

  // ---- meetings ----

  async insert(meeting: NewMeeting, period: Period, manager: EntityManager): Promise<MeetingRow> {
    const [row]: MeetingRow[] = await manager.query(
      `INSERT INTO "${this.schema}".meeting (id, kind, class_code, class_rule_id, requires_approval, approver_role, title, starts_at, ends_at, location, room_id,
         chair, leaders, attendee_unit_ids, secrecy_level, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'draft', 1, now(), $16, now(), $16) RETURNING *`,
      [
        meeting.id,
        meeting.kind,
        meeting.classCode,
        meeting.rule.id,
        meeting.rule.requires_approval,
        meeting.rule.approver_role,
        meeting.title,
        period.startsAt,
        period.endsAt,
        meeting.location,
        meeting.roomId,
        meeting.chair ? JSON.stringify(meeting.chair) : null,
        JSON.stringify(meeting.leaders),
        JSON.stringify(meeting.attendeeUnitIds),
        meeting.secrecyLevel,
        meeting.createdBy,
      ],
    );
    return row;
  }

  /** Records the room booking made for a new meeting (same version: part of its creation). */
  async attachBooking(id: string, bookingId: string, roomName: string, manager: EntityManager): Promise<MeetingRow> {
    const [row] = await updateReturning<MeetingRow>(
      manager,
      `UPDATE "${this.schema}".meeting SET room_booking_id = $2, location = COALESCE(location, $3) WHERE id = $1 RETURNING *`,
      [id, bookingId, roomName],
    );
    return row;
  }

  async findForUpdate(id: string, manager: EntityManager): Promise<MeetingRow | null> {
    return rowById(manager, `"${this.schema}".meeting`, id, true);
  }

  async findById(id: string): Promise<MeetingRow | null> {
    return rowById(this.dataSource.manager, `"${this.schema}".meeting`, id);
  }

  /** Writes the next version with `changes` (column → value, or NOW); undefined when somebody saved another version first. */
  async updateIfVersion(id: string, expectedVersion: number, changes: Record<string, unknown>, username: string, manager: EntityManager): Promise<MeetingRow | undefined> {
    const params: unknown[] = [id, expectedVersion, username];
    const assignments = Object.entries(changes).map(([column, value]) => {
      if (value === NOW) return `${column} = now()`;
      params.push(value);
      return `${column} = $${params.length}`;
    });
    const [row] = await updateReturning<MeetingRow>(
      manager,
      `UPDATE "${this.schema}".meeting SET ${[...assignments, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING *`,
      params,
    );
    return row;
  }

  /** Meetings matching the filter that the caller may see (the rule of common/visibility.ts, in the query). */
  async search(
    filter: { status?: MeetingStatus; kind?: MeetingKind; from?: string; to?: string; q?: string; limit: number; offset: number },
    caller: CallerContext,
    scope: MeetingScope,
  ): Promise<{ items: MeetingRow[]; total: number }> {
    const where = addMeetingVisibility(new Conditions(), caller, scope);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.from) where.add('starts_at >= ?', new Date(filter.from));
    if (filter.to) where.add('starts_at < ?', new Date(filter.to));
    if (filter.q) where.add(`title ILIKE ? ESCAPE '\\'`, likePattern(filter.q));
    return selectPage<MeetingRow>(this.dataSource, { from: `"${this.schema}".meeting`, where, orderBy: 'starts_at DESC, id', limit: filter.limit, offset: filter.offset });
  }

  // ---- topics, attendance, decided items ----

  /** One row per person (name + unit) and meeting: signing the same person in again records the latest answer. */
  async upsertAttendance(meetingId: string, entry: AttendanceEntry, recordedBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".meeting_attendance (id, meeting_id, name, unit_id, unit_key, status, absence_reason, substitute_name, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
       ON CONFLICT (meeting_id, name, unit_key) DO UPDATE SET status = EXCLUDED.status, absence_reason = EXCLUDED.absence_reason,
         substitute_name = EXCLUDED.substitute_name, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
      [
        randomUUID(),
        meetingId,
        entry.name.trim(),
        entry.unitId ?? null,
        entry.unitId ?? '',
        entry.status,
        entry.status === 'present' ? null : entry.absenceReason?.trim(),
        entry.status === 'substitute' ? entry.substituteName?.trim() : null,
        recordedBy,
      ],
    );
  }

  async insertTopic(meetingId: string, topic: { title: string; presenterName: string; presenterUnitId: string | null }, createdBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".meeting_topic (id, meeting_id, sequence, title, presenter_name, presenter_unit_id, created_at, created_by)
       SELECT $1, $2, COALESCE(max(sequence), 0) + 1, $3, $4, $5, now(), $6 FROM "${this.schema}".meeting_topic WHERE meeting_id = $2`,
      [randomUUID(), meetingId, topic.title, topic.presenterName, topic.presenterUnitId, createdBy],
    );
  }

  async insertDecision(
    meetingId: string,
    decision: { content: string; leadUnitId: string; coUnitIds: string[]; dueWorkingDays: number | null; due: Due },
    createdBy: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".meeting_decision (id, meeting_id, sequence, content, lead_unit_id, co_unit_ids, due_date, due_working_days, due_explanation, due_provisional,
         created_at, created_by, updated_at, updated_by)
       SELECT $1, $2, COALESCE(max(sequence), 0) + 1, $3, $4, $5, $6, $7, $8, $9, now(), $10, now(), $10 FROM "${this.schema}".meeting_decision WHERE meeting_id = $2`,
      [
        randomUUID(),
        meetingId,
        decision.content,
        decision.leadUnitId,
        JSON.stringify(decision.coUnitIds),
        decision.due.dueDate,
        decision.dueWorkingDays,
        JSON.stringify(decision.due.explanation),
        decision.due.provisional,
        createdBy,
      ],
    );
  }

  /** Marks the meeting's unpublished decided items published; returns them in order. */
  async publishDecisions(meetingId: string, at: Date, username: string, manager: EntityManager): Promise<DecisionRow[]> {
    const rows = await updateReturning<DecisionRow>(
      manager,
      `UPDATE "${this.schema}".meeting_decision SET published_at = $2, updated_at = $2, updated_by = $3
        WHERE meeting_id = $1 AND published_at IS NULL RETURNING *, due_date::text AS due_date`,
      [meetingId, at, username],
    );
    return rows.sort((a, b) => a.sequence - b.sequence);
  }

  /** Unpublished decided items counted in working days whose date a change of `year` may move, locked. */
  findDecisionsToRedate(year: number, manager: EntityManager): Promise<(DecisionRow & { starts_at: Date })[]> {
    return manager.query(
      `SELECT d.*, d.due_date::text AS due_date, m.starts_at FROM "${this.schema}".meeting_decision d JOIN "${this.schema}".meeting m ON m.id = d.meeting_id
        WHERE d.due_working_days IS NOT NULL AND d.published_at IS NULL AND m.status NOT IN ('cancelled', 'minutes_published')
          AND (d.due_provisional OR extract(year FROM d.due_date) >= $1 - 1) FOR UPDATE OF d`,
      [year],
    );
  }

  async redateDecision(id: string, due: Due, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "${this.schema}".meeting_decision SET due_date = $2, due_explanation = $3, due_provisional = $4, updated_at = now(), updated_by = 'system' WHERE id = $1`,
      [id, due.dueDate, JSON.stringify(due.explanation), due.provisional],
    );
  }


  /** One decided item by id (its meeting and sequence), or null. */
  async findDecision(id: string, manager: EntityManager): Promise<{ id: string; meeting_id: string; sequence: number } | null> {
    const [row] = (await manager.query(`SELECT id, meeting_id, sequence FROM "${this.schema}".meeting_decision WHERE id = $1`, [id])) as { id: string; meeting_id: string; sequence: number }[];
    return row ?? null;
  }

  async hasDecisions(meetingId: string, manager: EntityManager): Promise<boolean> {
    const [row]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM "${this.schema}".meeting_decision WHERE meeting_id = $1`, [meetingId]);
    return row.n > 0;
  }

  /** Appends the meeting's next notice (revision 1 is the first notice, the others revised ones) and answers its revision. */
  async insertNotice(
    meetingId: string,
    notice: { text: string; unitIds: string[]; removedUnitIds: string[]; reason: string | null },
    sentBy: string,
    manager: EntityManager,
  ): Promise<number> {
    const [row]: { revision: number }[] = await manager.query(
      `INSERT INTO "${this.schema}".meeting_notice (id, meeting_id, revision, text, unit_ids, removed_unit_ids, reason, sent_at, sent_by)
       SELECT $1, $2, COALESCE(max(revision), 0) + 1, $3, $4, $5, $6, now(), $7 FROM "${this.schema}".meeting_notice WHERE meeting_id = $2
       RETURNING revision`,
      [randomUUID(), meetingId, notice.text, JSON.stringify(notice.unitIds), JSON.stringify(notice.removedUnitIds), notice.reason, sentBy],
    );
    return row.revision;
  }

  /** Notices, topics, attendance and decided items of some meetings, one query each. */
  async findChildren(
    meetingIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ notices: NoticeRow[]; topics: TopicRow[]; attendance: AttendanceRow[]; decisions: DecisionRow[] }> {
    // One after the other: inside a transaction they share one connection.
    const notices: NoticeRow[] = await manager.query(`SELECT * FROM "${this.schema}".meeting_notice WHERE meeting_id = ANY($1::uuid[]) ORDER BY revision`, [meetingIds]);
    const topics: TopicRow[] = await manager.query(`SELECT * FROM "${this.schema}".meeting_topic WHERE meeting_id = ANY($1::uuid[]) ORDER BY sequence`, [meetingIds]);
    const attendance: AttendanceRow[] = await manager.query(`SELECT * FROM "${this.schema}".meeting_attendance WHERE meeting_id = ANY($1::uuid[]) ORDER BY recorded_at, name`, [meetingIds]);
    const decisions: DecisionRow[] = await manager.query(
      `SELECT *, due_date::text AS due_date FROM "${this.schema}".meeting_decision WHERE meeting_id = ANY($1::uuid[]) ORDER BY sequence`,
      [meetingIds],
    );
    return { notices, topics, attendance, decisions };
  }
}
