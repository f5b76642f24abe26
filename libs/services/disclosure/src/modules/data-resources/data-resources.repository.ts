import { Inject, Injectable } from '@nestjs/common';
import type { DataItem, DataResourceCatalogue, DataResourceCategory, DataResourceFormat, DataResourceStatus, ListDataResources, OpenType, SharingType, UpdateCycle } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface DataResourceRow {
  id: string;
  unitId: string;
  name: string;
  code: string;
  category: DataResourceCategory;
  summary: string | null;
  dataItems: DataItem[];
  format: DataResourceFormat;
  updateCycle: UpdateCycle;
  sharingType: SharingType;
  sharingCondition: string | null;
  openType: OpenType;
  openBasis: string | null;
  status: DataResourceStatus;
  edition: number;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewOpinion: string | null;
  publishedAt: Date | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** One line of a resource's history, with the fields of the version it made when the step changed them. */
export interface DataResourceStepRow {
  at: Date;
  by: string;
  step: string;
  label: string;
  version: number;
  note: string | null;
  fields: Record<string, unknown> | null;
}

const COLUMNS = new Columns<DataResourceRow>({
  id: 'id',
  unitId: 'unit_id',
  name: 'name',
  code: 'code',
  category: 'category',
  summary: 'summary',
  dataItems: ['data_items', 'json'],
  format: 'format',
  updateCycle: 'update_cycle',
  sharingType: 'sharing_type',
  sharingCondition: 'sharing_condition',
  openType: 'open_type',
  openBasis: 'open_basis',
  status: 'status',
  edition: ['edition', 'number'],
  submittedAt: 'submitted_at',
  reviewedAt: 'reviewed_at',
  reviewedBy: 'reviewed_by',
  reviewOpinion: 'review_opinion',
  publishedAt: 'published_at',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 数据资源. */
@Injectable()
export class DataResourcesRepository {
  private readonly table: Table<DataResourceRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".data_resource`, COLUMNS);
    this.steps = `"${schema}".data_resource_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DataResourceRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** The id of the resource holding `code` (withdrawn ones keep theirs), other than `exceptId`. */
  async codeHolder(code: string, manager: EntityManager, exceptId?: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM ${this.table.name} WHERE code = $1 AND id IS DISTINCT FROM $2`, [code, exceptId ?? null]);
    return (row?.id as string | undefined) ?? null;
  }

  async insert(row: DataResourceRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: DataResourceRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addStep(manager: EntityManager, id: string, step: DataResourceStepRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (data_resource_id, at, by_username, step, label, version, note, fields) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      id,
      step.at,
      step.by,
      step.step,
      step.label,
      step.version,
      step.note,
      step.fields === null ? null : JSON.stringify(step.fields),
    ]);
  }

  async stepsOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<DataResourceStepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; version: number; note: string | null; fields: Record<string, unknown> | null }[] = await manager.query(
      `SELECT at, by_username, step, label, version, note, fields FROM ${this.steps} WHERE data_resource_id = $1 ORDER BY seq`,
      [id],
    );
    return rows.map((r) => ({ at: r.at, by: r.by_username, step: r.step, label: r.label, version: Number(r.version), note: r.note, fields: r.fields }));
  }

  search(query: ListDataResources.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<DataResourceRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.unitId, 'unit_id = ?::uuid')
      .when(query.onlyUnitId, 'unit_id = ?::uuid')
      .search(query.q, 'name', 'code');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /** The published catalogue: the filters except the sharing type, for the counts per sharing type. */
  private catalogueWhere(query: DataResourceCatalogue.Request): Conditions {
    return new Conditions()
      .add(`status = 'published'`)
      .when(query.unitId, 'unit_id = ?::uuid')
      .when(query.openType, 'open_type = ?')
      .when(query.category, 'category = ?')
      .search(query.q, 'name', 'code');
  }

  catalogue(query: DataResourceCatalogue.Request & { limit: number; offset: number }): Promise<Paged<DataResourceRow>> {
    const where = this.catalogueWhere(query).when(query.sharingType, 'sharing_type = ?');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'code, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }

  async countsBySharingType(query: DataResourceCatalogue.Request): Promise<Map<SharingType, number>> {
    const where = this.catalogueWhere(query);
    const rows: { sharing_type: SharingType; n: number }[] = await this.dataSource.query(`SELECT sharing_type, count(*)::int AS n FROM ${this.table.name} ${where.clause} GROUP BY sharing_type`, where.params);
    return new Map(rows.map((r) => [r.sharing_type, Number(r.n)]));
  }
}
