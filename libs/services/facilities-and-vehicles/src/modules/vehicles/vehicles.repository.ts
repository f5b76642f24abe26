import { Inject, Injectable } from '@nestjs/common';
import type { DisposalMethod, EnergyType, PurchaseKind, VehicleCategory, VehicleFilter, VehicleStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { CapRule, QuotaRule } from './vehicles.rules.js';

export interface VehicleRow {
  id: string;
  unitId: string;
  category: VehicleCategory;
  purchaseKind: PurchaseKind;
  replacesVehicleId: string | null;
  plate: string | null;
  model: string;
  energyType: EnergyType;
  priceFen: number;
  displacementMl: number | null;
  purchaseDate: string | null;
  mileageKm: number;
  insuranceExpiry: string | null;
  inspectionExpiry: string | null;
  markings: boolean;
  status: VehicleStatus;
  approvalNumber: string | null;
  capRule: string | null;
  quotaRule: string | null;
  disposalMethod: DisposalMethod | null;
  disposalApprovalNumber: string | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface VehicleHistoryRow {
  step: string;
  actor: string;
  at: Date;
  note: string | null;
}

const COLUMNS = new Columns<VehicleRow>({
  id: 'id',
  unitId: 'unit_id',
  category: 'category',
  purchaseKind: 'purchase_kind',
  replacesVehicleId: 'replaces_vehicle_id',
  plate: 'plate',
  model: 'model',
  energyType: 'energy_type',
  priceFen: 'price_fen',
  displacementMl: 'displacement_ml',
  purchaseDate: ['purchase_date', 'date'],
  mileageKm: 'mileage_km',
  insuranceExpiry: ['insurance_expiry', 'date'],
  inspectionExpiry: ['inspection_expiry', 'date'],
  markings: 'markings',
  status: 'status',
  approvalNumber: 'approval_number',
  capRule: 'cap_rule',
  quotaRule: 'quota_rule',
  disposalMethod: 'disposal_method',
  disposalApprovalNumber: 'disposal_approval_number',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const QUOTA_COLUMNS = new Columns<QuotaRule & { createdBy: string }>({
  id: 'id',
  unitId: 'unit_id',
  category: 'category',
  quota: 'quota',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

const CAP_COLUMNS = new Columns<CapRule & { createdBy: string }>({
  id: 'id',
  category: 'category',
  priceCapFen: 'price_cap_fen',
  displacementCapMl: 'displacement_cap_ml',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

export type QuotaRow = QuotaRule & { createdBy: string };
export type CapRow = CapRule & { createdBy: string };

/** The only place that speaks SQL for 公务用车. */
@Injectable()
export class VehiclesRepository {
  private readonly table: Table<VehicleRow>;
  private readonly quotas: Table<QuotaRow>;
  private readonly caps: Table<CapRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".vehicle`, COLUMNS);
    this.quotas = new Table(`"${schema}".vehicle_quota`, QUOTA_COLUMNS);
    this.caps = new Table(`"${schema}".vehicle_cap`, CAP_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<VehicleRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: VehicleRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: VehicleRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(vehicleId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".vehicle_history (vehicle_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [vehicleId, version, step, actor, at, note]);
  }

  async history(vehicleId: string): Promise<VehicleHistoryRow[]> {
    const rows = (await this.dataSource.query(`SELECT step, actor, at, note FROM "${this.schema}".vehicle_history WHERE vehicle_id = $1 ORDER BY id`, [vehicleId])) as VehicleHistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  /** Serialises the quota checks of one unit and category (two purchases at once cannot both take the last place). */
  async lockUnitCategory(unitId: string, category: VehicleCategory, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}:vehicle-quota:${unitId}:${category}`]);
  }

  /** The vehicles a unit holds or has asked for in a category (in service or requested), but `exceptIds`. */
  async countHeld(unitId: string, category: VehicleCategory, exceptIds: string[], manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM "${this.schema}".vehicle WHERE unit_id = $1 AND category = $2 AND status IN ('requested', 'in_service') AND NOT (id = ANY($3::uuid[]))`,
      [unitId, category, exceptIds],
    )) as { n: number }[];
    return row.n;
  }

  /** Counts held per unit and category, for the quota view. */
  async heldByUnit(unitId?: string): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT unit_id, category, count(*)::int AS n FROM "${this.schema}".vehicle WHERE status IN ('requested', 'in_service') AND ($1::uuid IS NULL OR unit_id = $1) GROUP BY unit_id, category`,
      [unitId ?? null],
    )) as { unit_id: string; category: string; n: number }[];
    return new Map(rows.map((r) => [`${r.unit_id}:${r.category}`, r.n]));
  }

  search(query: VehicleFilter & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<VehicleRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.category, 'category = ?')
      .when(query.unitId, 'unit_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'plate', 'model');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /** Every vehicle of the filter (for the register's export), by unit, category and plate. */
  async all(filter: { status?: VehicleStatus; unitId?: string }): Promise<VehicleRow[]> {
    const where = new Conditions().when(filter.status, 'status = ?').when(filter.unitId, 'unit_id = ?');
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} ${where.clause} ORDER BY unit_id, category, plate NULLS LAST, created_at`, where.params)) as Record<
      string,
      unknown
    >[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async quotaVersions(unitId: string | undefined, category?: VehicleCategory, manager: EntityManager = this.dataSource.manager): Promise<QuotaRow[]> {
    const where = new Conditions().when(unitId, 'unit_id = ?').when(category, 'category = ?');
    const rows = (await manager.query(`SELECT ${this.quotas.select()} FROM ${this.quotas.name} ${where.clause} ORDER BY effective_from, created_at`, where.params)) as Record<string, unknown>[];
    return rows.map((row) => QUOTA_COLUMNS.read(row));
  }

  async insertQuota(row: QuotaRow, manager: EntityManager): Promise<void> {
    await this.quotas.insert(manager, row);
  }

  async capVersions(category?: VehicleCategory, manager: EntityManager = this.dataSource.manager): Promise<CapRow[]> {
    const where = new Conditions().when(category, 'category = ?');
    const rows = (await manager.query(`SELECT ${this.caps.select()} FROM ${this.caps.name} ${where.clause} ORDER BY category, effective_from, created_at`, where.params)) as Record<string, unknown>[];
    return rows.map((row) => CAP_COLUMNS.read(row));
  }

  async insertCap(row: CapRow, manager: EntityManager): Promise<void> {
    await this.caps.insert(manager, row);
  }
}
