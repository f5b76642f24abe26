import { Inject, Injectable } from '@nestjs/common';
import type { GuardShiftKind, GuardShiftStatus, ListGuardShifts } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface GuardShiftRow {
  id: string;
  date: string;
  shift: GuardShiftKind;
  post: string;
  guardName: string;
  note: string | null;
  status: GuardShiftStatus;
  cancelReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<GuardShiftRow>({
  id: 'id',
  date: ['shift_date', 'date'],
  shift: 'shift',
  post: 'post',
  guardName: 'guard_name',
  note: 'note',
  status: 'status',
  cancelReason: 'cancel_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 门卫排班. */
@Injectable()
export class GuardShiftsRepository {
  private readonly table: Table<GuardShiftRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".guard_shift`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<GuardShiftRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: GuardShiftRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: GuardShiftRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The guard's other scheduled shift on that day and shift, if any (the post they already stand). */
  async findScheduled(guardName: string, date: string, shift: GuardShiftKind, exceptId: string | null, manager: EntityManager): Promise<GuardShiftRow | null> {
    const where = new Conditions().add('guard_name = ?', guardName).add('shift_date = ?::date', date).add('shift = ?', shift).add(`status = 'scheduled'`).when(exceptId, 'id <> ?');
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} ${where.clause} LIMIT 1`, where.params)) as Record<string, unknown>[];
    return rows.length ? COLUMNS.read(rows[0]) : null;
  }

  /** The roster by day, shift and post. */
  search(query: ListGuardShifts.Request & { limit: number; offset: number }): Promise<Paged<GuardShiftRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.from, 'shift_date >= ?::date')
      .when(query.to, 'shift_date <= ?::date')
      .search(query.q, 'post', 'guard_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'shift_date, shift, post, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
