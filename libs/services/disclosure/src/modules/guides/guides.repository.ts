import { Inject, Injectable } from '@nestjs/common';
import type { GuideStatus, ListGuides } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface GuideRow {
  id: string;
  unitId: string | null;
  title: string;
  status: GuideStatus;
  currentNumber: number;
  currentEffectiveOn: string;
  content: string;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** One version of a guide (never changed once written). */
export interface GuideVersionRow {
  number: number;
  content: string;
  effectiveOn: string;
  changeNote: string | null;
  createdAt: Date;
  createdBy: string;
}

const COLUMNS = new Columns<GuideRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  status: 'status',
  currentNumber: ['current_number', 'number'],
  currentEffectiveOn: ['current_effective_on', 'date'],
  content: 'content',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 政府信息公开指南. */
@Injectable()
export class GuidesRepository {
  private readonly table: Table<GuideRow>;
  private readonly versions: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".guide`, COLUMNS);
    this.versions = `"${schema}".guide_version`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<GuideRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: GuideRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: GuideRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addVersion(manager: EntityManager, guideId: string, v: GuideVersionRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.versions} (guide_id, number, content, effective_on, change_note, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      guideId,
      v.number,
      v.content,
      v.effectiveOn,
      v.changeNote,
      v.createdAt,
      v.createdBy,
    ]);
  }

  async versionsOf(guideId: string, manager: EntityManager = this.dataSource.manager): Promise<GuideVersionRow[]> {
    const rows: { number: number; content: string; effective_on: string; change_note: string | null; created_at: Date; created_by: string }[] = await manager.query(
      `SELECT number, content, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, change_note, created_at, created_by FROM ${this.versions} WHERE guide_id = $1 ORDER BY number`,
      [guideId],
    );
    return rows.map((r) => ({ number: Number(r.number), content: r.content, effectiveOn: r.effective_on, changeNote: r.change_note, createdAt: r.created_at, createdBy: r.created_by }));
  }

  search(query: ListGuides.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<GuideRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
