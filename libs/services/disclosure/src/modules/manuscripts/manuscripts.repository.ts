import { Inject, Injectable } from '@nestjs/common';
import type { ListManuscripts, ManuscriptStatus, ManuscriptTarget } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ManuscriptRow {
  id: string;
  unitId: string | null;
  title: string;
  authors: string[];
  authorUnit: string;
  target: ManuscriptTarget;
  content: string;
  attachments: string[];
  status: ManuscriptStatus;
  submittedOn: string | null;
  submittedBy: string | null;
  adoptedOn: string | null;
  publishedIn: string | null;
  issueNumber: string | null;
  rejectionNote: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** One line of a manuscript's timeline. */
export interface ManuscriptStepRow {
  at: Date;
  by: string;
  step: string;
  label: string;
  note: string | null;
}

const COLUMNS = new Columns<ManuscriptRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  authors: ['authors', 'json'],
  authorUnit: 'author_unit',
  target: 'target',
  content: 'content',
  attachments: ['attachments', 'json'],
  status: 'status',
  submittedOn: ['submitted_on', 'date'],
  submittedBy: 'submitted_by',
  adoptedOn: ['adopted_on', 'date'],
  publishedIn: 'published_in',
  issueNumber: 'issue_number',
  rejectionNote: 'rejection_note',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 政务公开稿件. */
@Injectable()
export class ManuscriptsRepository {
  private readonly table: Table<ManuscriptRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".manuscript`, COLUMNS);
    this.steps = `"${schema}".manuscript_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ManuscriptRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: ManuscriptRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: ManuscriptRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addStep(manager: EntityManager, manuscriptId: string, step: ManuscriptStepRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (manuscript_id, at, by_username, step, label, note) VALUES ($1, $2, $3, $4, $5, $6)`, [manuscriptId, step.at, step.by, step.step, step.label, step.note]);
  }

  async stepsOf(manuscriptId: string, manager: EntityManager = this.dataSource.manager): Promise<ManuscriptStepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; note: string | null }[] = await manager.query(
      `SELECT at, by_username, step, label, note FROM ${this.steps} WHERE manuscript_id = $1 ORDER BY seq`,
      [manuscriptId],
    );
    return rows.map((r) => ({ at: r.at, by: r.by_username, step: r.step, label: r.label, note: r.note }));
  }

  /** The manuscripts sent on in `year` (by the day sent), of one unit when given: what the yearly count is made of. */
  async sentInYear(year: number, onlyUnitId?: string): Promise<Pick<ManuscriptRow, 'unitId' | 'target' | 'status' | 'submittedOn'>[]> {
    const where = new Conditions().add(`submitted_on >= make_date(?::int, 1, 1) AND submitted_on < make_date(?::int + 1, 1, 1)`, year).when(onlyUnitId, 'unit_id = ?');
    const rows: { unitId: string | null; target: ManuscriptTarget; status: ManuscriptStatus; submittedOn: string | null }[] = await this.dataSource.query(
      `SELECT unit_id AS "unitId", target, status, to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn" FROM ${this.table.name} ${where.clause}`,
      where.params,
    );
    return rows;
  }

  search(query: ListManuscripts.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<ManuscriptRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.target, 'target = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'title', 'authors::text');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
