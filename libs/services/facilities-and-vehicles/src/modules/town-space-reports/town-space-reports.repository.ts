import { Inject, Injectable } from '@nestjs/common';
import type { ListTownSpaceReports, Rank, TownSpaceReportStatus, TownSpaceReportStepView, TownStaffByRank } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { standardInForce, type OfficeStandard } from '../office-rooms/office-rooms.rules.js';
import type { RankStandards } from './town-space-reports.rules.js';

export interface TownSpaceReportRow {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  buildings: number;
  totalAreaM2: number;
  officeAreaM2: number;
  staff: TownStaffByRank;
  carsHeld: number | null;
  carsQuota: number | null;
  note: string | null;
  standardAreaM2: number;
  excessAreaM2: number;
  standardRule: string;
  status: TownSpaceReportStatus;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  withdrawalReason: string | null;
  history: TownSpaceReportStepView[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<TownSpaceReportRow>({
  id: 'id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  year: 'year',
  buildings: 'buildings',
  totalAreaM2: ['total_area_m2', 'number'],
  officeAreaM2: ['office_area_m2', 'number'],
  staff: ['staff', 'json'],
  carsHeld: 'cars_held',
  carsQuota: 'cars_quota',
  note: 'note',
  standardAreaM2: ['standard_area_m2', 'number'],
  excessAreaM2: ['excess_area_m2', 'number'],
  standardRule: 'standard_rule',
  status: 'status',
  reviewNote: 'review_note',
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
  withdrawalReason: 'withdrawal_reason',
  history: ['history', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const STANDARD_COLUMNS = new Columns<OfficeStandard>({ rank: 'rank', areaM2: ['area_m2', 'number'], effectiveFrom: ['effective_from', 'date'], source: 'source', createdAt: 'created_at' });

/** The only place that speaks SQL for 镇街办公用房报送. */
@Injectable()
export class TownSpaceReportsRepository {
  private readonly table: Table<TownSpaceReportRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".town_space_report`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TownSpaceReportRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: TownSpaceReportRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Whether the unit has a report of the year that is not withdrawn (besides `exceptId`). */
  async hasLiveReport(unitId: string, year: number, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE unit_id = $1 AND year = $2 AND status <> 'withdrawn' LIMIT 1`, [unitId, year])) as unknown[];
    return rows.length > 0;
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: TownSpaceReportRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The per-person standard of each rank in force on `onDay` (the office-rooms module's versioned `office_standard`). */
  async standardsOn(onDay: string, manager: EntityManager): Promise<RankStandards | null> {
    const rows = ((await manager.query(`SELECT ${STANDARD_COLUMNS.select()} FROM "${this.schema}".office_standard ORDER BY effective_from, created_at`)) as Record<string, unknown>[]).map((r) => STANDARD_COLUMNS.read(r));
    const result = {} as RankStandards;
    for (const rank of ['county_principal', 'county_deputy', 'section_principal', 'section_deputy', 'below_section'] as Rank[]) {
      const standard = standardInForce(rows, rank, onDay);
      if (!standard) return null;
      result[rank] = { areaM2: standard.areaM2, source: standard.source };
    }
    return result;
  }

  search(query: ListTownSpaceReports.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<TownSpaceReportRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.year, 'year = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'unit_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
