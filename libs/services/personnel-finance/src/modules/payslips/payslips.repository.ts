import { Inject, Injectable } from '@nestjs/common';
import type { ListPayslips, PayslipStatus } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface PayslipRow {
  id: string;
  staffMemberId: string;
  name: string;
  sectionCode: string;
  year: number;
  month: number;
  status: PayslipStatus;
  ratesVersion: string;
  figuresEncrypted: string;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<PayslipRow>({
  id: 'id',
  staffMemberId: 'staff_member_id',
  name: 'name',
  sectionCode: 'section_code',
  year: 'year',
  month: 'month',
  status: 'status',
  ratesVersion: 'rates_version',
  figuresEncrypted: 'figures_encrypted',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 工资扣缴. */
@Injectable()
export class PayslipsRepository {
  private readonly table: Table<PayslipRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".payslip`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<PayslipRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** The person's payslips of a year that are not withdrawn, by month, locked for the step. */
  async ofPersonYear(staffMemberId: string, year: number, manager: EntityManager): Promise<PayslipRow[]> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE staff_member_id = $1 AND year = $2 AND status <> 'withdrawn' ORDER BY month FOR UPDATE`, [
      staffMemberId,
      year,
    ])) as Record<string, unknown>[];
    return rows.map((r) => COLUMNS.read(r));
  }

  async ofMonth(year: number, month: number): Promise<PayslipRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE year = $1 AND month = $2 AND status <> 'withdrawn' ORDER BY section_code, name, id`, [
      year,
      month,
    ])) as Record<string, unknown>[];
    return rows.map((r) => COLUMNS.read(r));
  }

  async insert(row: PayslipRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: PayslipRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListPayslips.Request & { limit: number; offset: number }): Promise<Paged<PayslipRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.year, 'year = ?').when(query.month, 'month = ?').when(query.staffMemberId, 'staff_member_id = ?').search(query.q, 'name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, month DESC, section_code, name, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
