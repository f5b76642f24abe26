import { Inject, Injectable } from '@nestjs/common';
import type { InfoUpwardChannel, InfoUpwardFeedbackKind, InfoUpwardOffice, InfoUpwardStatus, ListInfoUpwardReports } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface UpwardReportRow {
  id: string;
  submissionIds: string[];
  items: { submissionId: string; title: string }[];
  office: InfoUpwardOffice;
  sentOn: string;
  channel: InfoUpwardChannel;
  note: string | null;
  status: InfoUpwardStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface FeedbackRow {
  id: string;
  reportId: string;
  submissionId: string;
  kind: InfoUpwardFeedbackKind;
  level: string;
  receivedOn: string;
  outlet: string | null;
  leaderName: string | null;
  content: string | null;
  points: number;
  weightVersion: string | null;
  alreadyRecorded: boolean;
  recordedBy: string;
  recordedAt: Date;
}

const COLUMNS = new Columns<UpwardReportRow>({
  id: 'id',
  submissionIds: ['submission_ids', 'uuid[]'],
  items: ['items', 'json'],
  office: 'office',
  sentOn: ['sent_on', 'date'],
  channel: 'channel',
  note: 'note',
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const FEEDBACK_COLUMNS = new Columns<FeedbackRow>({
  id: 'id',
  reportId: 'report_id',
  submissionId: 'submission_id',
  kind: 'kind',
  level: 'level',
  receivedOn: ['received_on', 'date'],
  outlet: 'outlet',
  leaderName: 'leader_name',
  content: 'content',
  points: 'points',
  weightVersion: 'weight_version',
  alreadyRecorded: 'already_recorded',
  recordedBy: 'recorded_by',
  recordedAt: 'recorded_at',
});

/** The only place that speaks SQL for 上报登记. */
@Injectable()
export class UpwardReportsRepository {
  private readonly table: Table<UpwardReportRow>;
  private readonly feedbackTable: Table<FeedbackRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".upward_report`, COLUMNS);
    this.feedbackTable = new Table(`"${schema}".upward_feedback`, FEEDBACK_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<UpwardReportRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: UpwardReportRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: UpwardReportRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertFeedback(row: FeedbackRow, manager: EntityManager): Promise<void> {
    await this.feedbackTable.insert(manager, row);
  }

  /** The feedback of several reports at once, oldest first. */
  async feedback(reportIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<FeedbackRow[]> {
    if (!reportIds.length) return [];
    const rows = (await manager.query(`SELECT ${this.feedbackTable.select()} FROM ${this.feedbackTable.name} WHERE report_id = ANY($1::uuid[]) ORDER BY recorded_at, id`, [reportIds])) as Record<string, unknown>[];
    return rows.map((row) => FEEDBACK_COLUMNS.read(row));
  }

  search(query: ListInfoUpwardReports.Request & { limit: number; offset: number }): Promise<Paged<UpwardReportRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.office, 'office = ?')
      .when(query.submissionId, '?::uuid = ANY(submission_ids)')
      .when(query.year, 'extract(year FROM sent_on) = ?');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'sent_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
