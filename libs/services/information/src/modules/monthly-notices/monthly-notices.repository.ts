import { Inject, Injectable } from '@nestjs/common';
import type { ListMonthlyNotices, MonthlyNoticeStatus, MonthlyNoticeStepName, MonthlyReport } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface MonthlyNoticeRow {
  id: string;
  month: string;
  title: string;
  preface: string;
  mainRecipients: string[];
  status: MonthlyNoticeStatus;
  report: MonthlyReport.Reply;
  computedAt: Date;
  computedBy: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  signedBy: string | null;
  signedByUserId: string | null;
  signerName: string | null;
  signedOn: string | null;
  signOpinion: string | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface MonthlyNoticeStepRow {
  noticeId: string;
  seq: number;
  step: MonthlyNoticeStepName;
  status: MonthlyNoticeStatus;
  note: string | null;
  actor: string;
  at: Date;
}

const COLUMNS = new Columns<MonthlyNoticeRow>({
  id: 'id',
  month: 'month',
  title: 'title',
  preface: 'preface',
  mainRecipients: 'main_recipients',
  status: 'status',
  report: ['report', 'json'],
  computedAt: 'computed_at',
  computedBy: 'computed_by',
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
  signedBy: 'signed_by',
  signedByUserId: 'signed_by_user_id',
  signerName: 'signer_name',
  signedOn: ['signed_on', 'date'],
  signOpinion: 'sign_opinion',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const STEP_COLUMNS = new Columns<MonthlyNoticeStepRow>({ noticeId: 'notice_id', seq: 'seq', step: 'step', status: 'status', note: 'note', actor: 'actor', at: 'at' });

/** The only place that speaks SQL for 月度通报. */
@Injectable()
export class MonthlyNoticesRepository {
  private readonly table: Table<MonthlyNoticeRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".monthly_notice`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<MonthlyNoticeRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** The live (not withdrawn) notice of a month, under a transaction lock on the month so that two drafts never race. */
  async lockLiveOfMonth(month: string, manager: EntityManager): Promise<MonthlyNoticeRow | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.monthly_notice:${month}`]);
    const [row] = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE month = $1 AND status <> 'withdrawn'`, [month])) as Record<string, unknown>[];
    return row ? COLUMNS.read(row) : null;
  }

  async insert(row: MonthlyNoticeRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: MonthlyNoticeRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertStep(row: Omit<MonthlyNoticeStepRow, 'seq'>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".monthly_notice_step (notice_id, seq, step, status, note, actor, at) SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 FROM "${this.schema}".monthly_notice_step WHERE notice_id = $1`,
      [row.noticeId, row.step, row.status, row.note, row.actor, row.at],
    );
  }

  async steps(noticeIds: readonly string[]): Promise<MonthlyNoticeStepRow[]> {
    if (!noticeIds.length) return [];
    const rows = (await this.dataSource.query(`SELECT ${STEP_COLUMNS.select()} FROM "${this.schema}".monthly_notice_step WHERE notice_id = ANY($1::uuid[]) ORDER BY notice_id, seq`, [
      noticeIds,
    ])) as Record<string, unknown>[];
    return rows.map((row) => STEP_COLUMNS.read(row));
  }

  search(query: ListMonthlyNotices.Request & { limit: number; offset: number; statuses: readonly MonthlyNoticeStatus[] }): Promise<Paged<MonthlyNoticeRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year ? String(query.year) : undefined, 'left(month, 4) = ?')
      .when(query.statuses as MonthlyNoticeStatus[], 'status = ANY(?::text[])');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'month DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
