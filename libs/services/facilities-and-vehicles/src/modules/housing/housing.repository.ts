import { Inject, Injectable } from '@nestjs/common';
import type { HousingUnitStatus, ListHousingUnits, ListTenancies, TenancyBasis, TenancyStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface HousingUnitRow {
  id: string;
  address: string;
  areaM2: number;
  rooms: number;
  note: string | null;
  status: HousingUnitStatus;
  retireReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface TenancyRow {
  id: string;
  housingUnitId: string;
  tenantName: string;
  basis: TenancyBasis;
  workUnit: string;
  post: string;
  homePlace: string;
  approvalNumber: string;
  startDate: string;
  endDate: string;
  status: TenancyStatus;
  checkInDate: string | null;
  checkInCondition: string | null;
  checkInBy: string | null;
  checkOutDate: string | null;
  checkOutCondition: string | null;
  checkOutBy: string | null;
  endedOn: string | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const UNIT_COLUMNS = new Columns<HousingUnitRow>({
  id: 'id',
  address: 'address',
  areaM2: ['area_m2', 'number'],
  rooms: 'rooms',
  note: 'note',
  status: 'status',
  retireReason: 'retire_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const TENANCY_COLUMNS = new Columns<TenancyRow>({
  id: 'id',
  housingUnitId: 'housing_unit_id',
  tenantName: 'tenant_name',
  basis: 'basis',
  workUnit: 'work_unit',
  post: 'post',
  homePlace: 'home_place',
  approvalNumber: 'approval_number',
  startDate: ['start_date', 'date'],
  endDate: ['end_date', 'date'],
  status: 'status',
  checkInDate: ['check_in_date', 'date'],
  checkInCondition: 'check_in_condition',
  checkInBy: 'check_in_by',
  checkOutDate: ['check_out_date', 'date'],
  checkOutCondition: 'check_out_condition',
  checkOutBy: 'check_out_by',
  endedOn: ['ended_on', 'date'],
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 周转住房. */
@Injectable()
export class HousingRepository {
  private readonly units: Table<HousingUnitRow>;
  private readonly tenancies: Table<TenancyRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.units = new Table(`"${schema}".housing_unit`, UNIT_COLUMNS);
    this.tenancies = new Table(`"${schema}".housing_tenancy`, TENANCY_COLUMNS);
  }

  findUnit(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<HousingUnitRow | null> {
    return this.units.find(manager, id, forUpdate);
  }

  async insertUnit(row: HousingUnitRow, manager: EntityManager): Promise<void> {
    await this.units.insert(manager, row);
  }

  saveUnitIfVersion(row: HousingUnitRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.units.saveIfVersion(manager, row, expectedVersion);
  }

  searchUnits(query: ListHousingUnits.Request & { limit: number; offset: number }): Promise<Paged<HousingUnitRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'address');
    return selectPage(this.dataSource, { columns: this.units.select(), from: this.units.name, where, orderBy: 'address, id', limit: query.limit, offset: query.offset }, (row) => UNIT_COLUMNS.read(row));
  }

  /** Serialises the tenancy checks of one unit (two registrations at once cannot both take the same days). */
  async lockUnitTenancies(unitId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}:housing-unit:${unitId}`]);
  }

  findTenancy(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TenancyRow | null> {
    return this.tenancies.find(manager, id, forUpdate);
  }

  async insertTenancy(row: TenancyRow, manager: EntityManager): Promise<void> {
    await this.tenancies.insert(manager, row);
  }

  saveTenancyIfVersion(row: TenancyRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.tenancies.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(tenancyId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".housing_tenancy_history (tenancy_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [tenancyId, version, step, actor, at, note]);
  }

  /** Every tenancy of a unit (any state), by start date. */
  async tenanciesOfUnit(unitId: string, manager: EntityManager = this.dataSource.manager): Promise<TenancyRow[]> {
    const rows = (await manager.query(`SELECT ${this.tenancies.select()} FROM ${this.tenancies.name} WHERE housing_unit_id = $1 ORDER BY start_date, id`, [unitId])) as Record<string, unknown>[];
    return rows.map((row) => TENANCY_COLUMNS.read(row));
  }

  /** The open (registered or in residence) tenancy of each unit, the earliest first. */
  async currentTenancies(unitIds: string[]): Promise<Map<string, TenancyRow>> {
    const rows = (await this.dataSource.query(
      `SELECT ${this.tenancies.select()} FROM ${this.tenancies.name} WHERE housing_unit_id = ANY($1::uuid[]) AND status IN ('registered', 'checked_in') ORDER BY start_date DESC, id`,
      [unitIds],
    )) as Record<string, unknown>[];
    return new Map(rows.map((row) => TENANCY_COLUMNS.read(row)).map((t) => [t.housingUnitId, t]));
  }

  searchTenancies(query: ListTenancies.Request & { limit: number; offset: number }): Promise<Paged<TenancyRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.housingUnitId, 'housing_unit_id = ?');
    return selectPage(this.dataSource, { columns: this.tenancies.select(), from: this.tenancies.name, where, orderBy: 'start_date DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      TENANCY_COLUMNS.read(row),
    );
  }

  async addresses(unitIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const rows = (await manager.query(`SELECT id, address FROM ${this.units.name} WHERE id = ANY($1::uuid[])`, [unitIds])) as { id: string; address: string }[];
    return new Map(rows.map((r) => [r.id, r.address]));
  }

  /** The tenancies a reminder run looks at: open ones, and those still waiting on a reminder. */
  async reminderCandidates(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM ${this.tenancies.name} WHERE status IN ('registered', 'checked_in')
       UNION SELECT record_id FROM "${this.schema}".reminder_state WHERE record_type = 'housing-tenancy' AND json_array_length(steps) > 0 ORDER BY 1`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
