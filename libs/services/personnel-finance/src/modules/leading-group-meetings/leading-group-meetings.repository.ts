import { Inject, Injectable } from '@nestjs/common';
import type { AgendaTopic, DecidedItemView, LeadingGroupMeetingKind, LeadingGroupMeetingStatus, ListLeadingGroupMeetings } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface LeadingGroupMeetingRow {
  id: string;
  kind: LeadingGroupMeetingKind;
  title: string;
  meetingDate: string;
  chairName: string;
  agenda: AgendaTopic[];
  status: LeadingGroupMeetingStatus;
  agendaApprovedBy: string | null;
  attendees: string[];
  absentees: string[];
  minutesNumber: string | null;
  minutes: string | null;
  decisions: DecidedItemView[];
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<LeadingGroupMeetingRow>({
  id: 'id',
  kind: 'kind',
  title: 'title',
  meetingDate: ['meeting_date', 'date'],
  chairName: 'chair_name',
  agenda: ['agenda', 'json'],
  status: 'status',
  agendaApprovedBy: 'agenda_approved_by',
  attendees: ['attendees', 'json'],
  absentees: ['absentees', 'json'],
  minutesNumber: 'minutes_number',
  minutes: 'minutes',
  decisions: ['decisions', 'json'],
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 党组会、主任办公会. */
@Injectable()
export class LeadingGroupMeetingsRepository {
  private readonly table: Table<LeadingGroupMeetingRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".leading_group_meeting`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<LeadingGroupMeetingRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: LeadingGroupMeetingRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: LeadingGroupMeetingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The meeting holding a decided item (locked, in the caller's transaction), or null when no meeting here has it. */
  async findByDecision(decisionId: string, manager: EntityManager): Promise<LeadingGroupMeetingRow | null> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE decisions @> $1::jsonb LIMIT 1 FOR UPDATE`, [
      JSON.stringify([{ id: decisionId }]),
    ])) as Record<string, unknown>[];
    return rows.length ? COLUMNS.read(rows[0]) : null;
  }

  /**
   * Adds a line to a meeting's timeline and nothing else: the version (the clerks' If-Match) and the last change stay,
   * as the line records another service's change (督办), not a step on the meeting.
   */
  async appendTimeline(id: string, entry: TimelineEntry, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.table.name} SET timeline = timeline || $2::jsonb WHERE id = $1`, [id, JSON.stringify([entry])]);
  }

  search(query: ListLeadingGroupMeetings.Request & { limit: number; offset: number }): Promise<Paged<LeadingGroupMeetingRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.kind, 'kind = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'meeting_date DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
