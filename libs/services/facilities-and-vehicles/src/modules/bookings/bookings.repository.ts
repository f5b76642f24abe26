import { Inject, Injectable } from '@nestjs/common';
import type { BookingStatus, ListBookings, VehicleCategory } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, updateReturning, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface BookingRow {
  id: string;
  unitId: string | null;
  requestedBy: string;
  purpose: string;
  origin: string;
  destination: string;
  startsAt: Date;
  endsAt: Date;
  passengers: number;
  riders: string;
  status: BookingStatus;
  restDayUse: boolean;
  restDayExplanation: string[];
  approvedBy: string | null;
  approvalNote: string | null;
  dispatchNumber: string | null;
  vehicleId: string | null;
  driverId: string | null;
  mileageStartKm: number | null;
  mileageEndKm: number | null;
  fuelCostFen: number | null;
  tollFen: number | null;
  parkingFen: number | null;
  returnedAt: Date | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface DriverRow {
  id: string;
  name: string;
  mobileEncrypted: string;
  mobileMasked: string;
  licenceClass: string;
  active: boolean;
  createdAt: Date;
  createdBy: string;
}

export interface HistoryRow {
  step: string;
  actor: string;
  at: Date;
  note: string | null;
}

/** A car of the register, as the dispatch sees it. */
export interface CarRow {
  id: string;
  plate: string | null;
  model: string;
  category: VehicleCategory;
  status: string;
  mileageKm: number;
}

const COLUMNS = new Columns<BookingRow>({
  id: 'id',
  unitId: 'unit_id',
  requestedBy: 'requested_by',
  purpose: 'purpose',
  origin: 'origin',
  destination: 'destination',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  passengers: 'passengers',
  riders: 'riders',
  status: 'status',
  restDayUse: 'rest_day_use',
  restDayExplanation: ['rest_day_explanation', 'json'],
  approvedBy: 'approved_by',
  approvalNote: 'approval_note',
  dispatchNumber: 'dispatch_number',
  vehicleId: 'vehicle_id',
  driverId: 'driver_id',
  mileageStartKm: 'mileage_start_km',
  mileageEndKm: 'mileage_end_km',
  fuelCostFen: 'fuel_cost_fen',
  tollFen: 'toll_fen',
  parkingFen: 'parking_fen',
  returnedAt: 'returned_at',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const DRIVER_COLUMNS = new Columns<DriverRow>({
  id: 'id',
  name: 'name',
  mobileEncrypted: 'mobile_encrypted',
  mobileMasked: 'mobile_masked',
  licenceClass: 'licence_class',
  active: 'active',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

/** The only place that speaks SQL for 用车申请 and drivers. */
@Injectable()
export class BookingsRepository {
  private readonly table: Table<BookingRow>;
  private readonly drivers: Table<DriverRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".booking`, COLUMNS);
    this.drivers = new Table(`"${schema}".driver`, DRIVER_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<BookingRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: BookingRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: BookingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(bookingId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".booking_history (booking_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [bookingId, version, step, actor, at, note]);
  }

  async history(bookingId: string): Promise<HistoryRow[]> {
    const rows = (await this.dataSource.query(`SELECT step, actor, at, note FROM "${this.schema}".booking_history WHERE booking_id = $1 ORDER BY id`, [bookingId])) as HistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  search(query: ListBookings.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<BookingRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'purpose', 'destination');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'starts_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /**
   * Serialises the dispatches (one at a time across the service): two dispatches of the same car or driver for
   * overlapping times cannot both pass the check.
   */
  async lockDispatch(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}:booking-dispatch`]);
  }

  /** The dispatched trips (not yet returned) of a car or a driver overlapping [startsAt, endsAt), but `exceptId`. */
  async clashes(column: 'vehicle_id' | 'driver_id', id: string, startsAt: Date, endsAt: Date, exceptId: string, manager: EntityManager): Promise<BookingRow[]> {
    const rows = (await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE ${column} = $1 AND status = 'dispatched' AND starts_at < $3 AND $2 < ends_at AND id <> $4 ORDER BY starts_at`,
      [id, startsAt, endsAt, exceptId],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  /** The ids of the cars and drivers busy (dispatched) in [startsAt, endsAt). */
  async busy(startsAt: Date, endsAt: Date, exceptId: string): Promise<{ vehicles: Set<string>; drivers: Set<string> }> {
    const rows = (await this.dataSource.query(
      `SELECT vehicle_id, driver_id FROM "${this.schema}".booking WHERE status = 'dispatched' AND starts_at < $2 AND $1 < ends_at AND id <> $3`,
      [startsAt, endsAt, exceptId],
    )) as { vehicle_id: string; driver_id: string }[];
    return { vehicles: new Set(rows.map((r) => r.vehicle_id)), drivers: new Set(rows.map((r) => r.driver_id)) };
  }

  /** The trips dispatched or completed in [from, to), for the dispatch board. */
  async trips(from: Date, to: Date): Promise<BookingRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ('dispatched', 'completed') AND starts_at < $2 AND $1 < ends_at ORDER BY starts_at`,
      [from, to],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async nextDispatchSequence(year: number, manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS n FROM "${this.schema}".booking WHERE dispatch_number LIKE $1`, [`派车〔${year}〕%`])) as { n: number }[];
    return row.n + 1;
  }

  /** A car of the register (the vehicles module's table, in this service's schema). */
  async car(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<CarRow | null> {
    const [row] = (await manager.query(
      `SELECT id, plate, model, category, status, mileage_km AS "mileageKm" FROM "${this.schema}".vehicle WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    )) as CarRow[];
    return row ?? null;
  }

  async carsInService(): Promise<CarRow[]> {
    return (await this.dataSource.query(
      `SELECT id, plate, model, category, status, mileage_km AS "mileageKm" FROM "${this.schema}".vehicle WHERE status = 'in_service' ORDER BY plate NULLS LAST, model`,
    )) as CarRow[];
  }

  async carsByIds(ids: string[]): Promise<Map<string, CarRow>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query(`SELECT id, plate, model, category, status, mileage_km AS "mileageKm" FROM "${this.schema}".vehicle WHERE id = ANY($1::uuid[])`, [ids])) as CarRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** A trip returned: the car's registered mileage rises to the trip's end (never falls), with a line in its timeline. */
  async recordCarMileage(carId: string, mileageKm: number, actor: string, note: string, manager: EntityManager): Promise<void> {
    const updated = await updateReturning<{ version: number }>(
      manager,
      `UPDATE "${this.schema}".vehicle SET mileage_km = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1 AND mileage_km < $2 RETURNING version`,
      [carId, mileageKm, actor],
    );
    if (updated.length) {
      await manager.query(`INSERT INTO "${this.schema}".vehicle_history (vehicle_id, version, step, actor, at, note) VALUES ($1, $2, 'update', $3, now(), $4)`, [carId, updated[0].version, actor, note]);
    }
  }

  findDriver(id: string, manager: EntityManager = this.dataSource.manager): Promise<DriverRow | null> {
    return this.drivers.find(manager, id);
  }

  async allDrivers(): Promise<DriverRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.drivers.select()} FROM ${this.drivers.name} ORDER BY active DESC, name`)) as Record<string, unknown>[];
    return rows.map((row) => DRIVER_COLUMNS.read(row));
  }

  async driversByIds(ids: string[]): Promise<Map<string, DriverRow>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query(`SELECT ${this.drivers.select()} FROM ${this.drivers.name} WHERE id = ANY($1::uuid[])`, [ids])) as Record<string, unknown>[];
    return new Map(rows.map((row) => DRIVER_COLUMNS.read(row)).map((d) => [d.id, d]));
  }

  async insertDriver(row: DriverRow, manager: EntityManager): Promise<void> {
    await this.drivers.insert(manager, row);
  }
}
