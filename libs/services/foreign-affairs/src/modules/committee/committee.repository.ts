import { Inject, Injectable } from '@nestjs/common';
import type {
  CommitteeAbsentee,
  CommitteeAgendaTopic,
  CommitteeDecidedItemView,
  CommitteeHistoryEntry,
  CommitteeMeetingKind,
  CommitteeMeetingStatus,
  CommitteeReportKind,
  CommitteeReportRecipient,
  CommitteeReportStatus,
  ListCommitteeMeetings,
  ListCommitteeReports,
} from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface CommitteeMeetingRow {
  id: string;
  kind: CommitteeMeetingKind;
  title: string;
  meetingDate: string;
  chairName: string;
  agenda: CommitteeAgendaTopic[];
  status: CommitteeMeetingStatus;
  noticeNumber: string | null;
  noticeIssuedOn: string | null;
  heldOn: string | null;
  attendees: string[];
  absentees: CommitteeAbsentee[];
  minutesNumber: string | null;
  minutes: string | null;
  decisions: CommitteeDecidedItemView[];
  publishedAt: Date | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface CommitteeReportRow {
  id: string;
  title: string;
  kind: CommitteeReportKind;
  recipient: CommitteeReportRecipient;
  period: string;
  requestedOn: string;
  workingDays: number;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  content: string;
  status: CommitteeReportStatus;
  draftedBy: string;
  approvedBy: string | null;
  sentOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export type CommitteeRecordType = 'meeting' | 'report';

const MEETING_COLUMNS = new Columns<CommitteeMeetingRow>({
  id: 'id',
  kind: 'kind',
  title: 'title',
  meetingDate: ['meeting_date', 'date'],
  chairName: 'chair_name',
  agenda: ['agenda', 'json'],
  status: 'status',
  noticeNumber: 'notice_number',
  noticeIssuedOn: ['notice_issued_on', 'date'],
  heldOn: ['held_on', 'date'],
  attendees: ['attendees', 'json'],
  absentees: ['absentees', 'json'],
  minutesNumber: 'minutes_number',
  minutes: 'minutes',
  decisions: ['decisions', 'json'],
  publishedAt: 'published_at',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const REPORT_COLUMNS = new Columns<CommitteeReportRow>({
  id: 'id',
  title: 'title',
  kind: 'kind',
  recipient: 'recipient',
  period: 'period',
  requestedOn: ['requested_on', 'date'],
  workingDays: 'working_days',
  dueDate: ['due_date', 'date'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  content: 'content',
  status: 'status',
  draftedBy: 'drafted_by',
  approvedBy: 'approved_by',
  sentOn: ['sent_on', 'date'],
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for the 外事委办公室's meetings and reports. */
@Injectable()
export class CommitteeRepository {
  readonly meetings: Table<CommitteeMeetingRow>;
  readonly reports: Table<CommitteeReportRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.meetings = new Table(`"${schema}".committee_meeting`, MEETING_COLUMNS);
    this.reports = new Table(`"${schema}".committee_report`, REPORT_COLUMNS);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  searchMeetings(query: ListCommitteeMeetings.Request & { limit: number; offset: number }): Promise<Paged<CommitteeMeetingRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.kind, 'kind = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.meetings.select(), from: this.meetings.name, where, orderBy: 'meeting_date DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      MEETING_COLUMNS.read(row),
    );
  }

  searchReports(query: ListCommitteeReports.Request & { limit: number; offset: number }): Promise<Paged<CommitteeReportRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.reports.select(), from: this.reports.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      REPORT_COLUMNS.read(row),
    );
  }

  /** The meeting holding a decided item (locked, in the caller's transaction), or null when no meeting here has it. */
  async meetingOfDecision(decisionId: string, manager: EntityManager): Promise<CommitteeMeetingRow | null> {
    const rows = (await manager.query(`SELECT ${this.meetings.select()} FROM ${this.meetings.name} WHERE decisions @> $1::jsonb LIMIT 1 FOR UPDATE`, [
      JSON.stringify([{ id: decisionId }]),
    ])) as Record<string, unknown>[];
    return rows.length ? MEETING_COLUMNS.read(rows[0]) : null;
  }

  /** The open reports (drafted or approved), for re-dating when a calendar year is loaded or corrected. */
  async openReports(manager: EntityManager): Promise<CommitteeReportRow[]> {
    const rows = (await manager.query(`SELECT ${this.reports.select()} FROM ${this.reports.name} WHERE status IN ('drafted', 'approved') FOR UPDATE`)) as Record<string, unknown>[];
    return rows.map((row) => REPORT_COLUMNS.read(row));
  }

  async addHistory(
    entry: { recordType: CommitteeRecordType; recordId: string; step: string; fromStatus: string | null; toStatus: string; note: string | null; at: Date; by: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".committee_history (record_type, record_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      entry.recordType,
      entry.recordId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  /** The timelines of some records of one type, oldest line first. */
  async history(recordType: CommitteeRecordType, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CommitteeHistoryEntry[]>> {
    const out = new Map<string, CommitteeHistoryEntry[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = (await manager.query(
      `SELECT record_id, step, from_status, to_status, note, at, by FROM "${this.schema}".committee_history WHERE record_type = $1 AND record_id = ANY($2::uuid[]) ORDER BY id`,
      [recordType, ids],
    )) as { record_id: string; step: string; from_status: string | null; to_status: string; note: string | null; at: Date; by: string }[];
    for (const r of rows) out.get(r.record_id)?.push({ step: r.step, fromStatus: r.from_status, toStatus: r.to_status, note: r.note, at: new Date(r.at).toISOString(), by: r.by });
    return out;
  }
}
