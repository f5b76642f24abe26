import { Inject, Injectable } from '@nestjs/common';
import type { ListVehicleCosts, VehicleCostKind, VehicleCostStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface VehicleCostRow {
  id: string;
  vehicleId: string;
  unitId: string;
  kind: VehicleCostKind;
  date: string;
  amountFen: number;
  supplier: string;
  invoiceNumber: string | null;
  note: string | null;
  status: VehicleCostStatus;
  voidReason: string | null;
  /** The vehicle's registered mileage when the entry was recorded (the baseline of 按里程保养 for a 定点维修). */
  odometerKm: number | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** The vehicle of the register an entry belongs to, as far as the ledger needs it. */
export interface CostVehicle {
  id: string;
  unitId: string;
  plate: string | null;
  model: string;
  status: string;
  mileageKm: number;
}

/** One vehicle's sums of one month, as the report reads them. */
export interface CostSums {
  month: string;
  vehicleId: string;
  unitId: string;
  plate: string | null;
  model: string;
  maintenanceFen: number;
  fuelFen: number;
  insuranceFen: number;
  otherFen: number;
  tripFen: number;
}

const COLUMNS = new Columns<VehicleCostRow>({
  id: 'id',
  vehicleId: 'vehicle_id',
  unitId: 'unit_id',
  kind: 'kind',
  date: ['cost_date', 'date'],
  amountFen: 'amount_fen',
  supplier: 'supplier',
  invoiceNumber: 'invoice_number',
  note: 'note',
  status: 'status',
  voidReason: 'void_reason',
  odometerKm: 'odometer_km',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 车辆运行费用 (and reads the register's vehicles and trips for it). */
@Injectable()
export class VehicleCostsRepository {
  private readonly table: Table<VehicleCostRow>;
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.schema = `"${schema}"`;
    this.table = new Table(`"${schema}".vehicle_cost`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<VehicleCostRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: VehicleCostRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: VehicleCostRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async vehicles(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CostVehicle>> {
    const rows = (await manager.query(`SELECT id, unit_id AS "unitId", plate, model, status, mileage_km AS "mileageKm" FROM ${this.schema}.vehicle WHERE id = ANY($1::uuid[])`, [ids])) as CostVehicle[];
    return new Map(rows.map((v) => [v.id, v]));
  }

  search(query: ListVehicleCosts.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<VehicleCostRow>> {
    const where = new Conditions()
      .when(query.vehicleId, 'vehicle_id = ?')
      .when(query.kind, 'kind = ?')
      .when(query.status, 'status = ?')
      .when(query.month, `to_char(cost_date, 'YYYY-MM') = ?`)
      .when(query.onlyUnitId, 'unit_id = ?');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'cost_date DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /**
   * The year's sums per vehicle and month: the ledger's recorded entries by kind (by their date), and the costs of the
   * trips returned in that month (fuel, tolls, parking recorded at 收车, by the Beijing date of the return).
   */
  async sums(year: number, unitId: string | undefined): Promise<CostSums[]> {
    const rows = (await this.dataSource.query(
      `WITH ledger AS (
         SELECT vehicle_id, to_char(cost_date, 'YYYY-MM') AS month,
                sum(amount_fen) FILTER (WHERE kind = 'maintenance') AS maintenance,
                sum(amount_fen) FILTER (WHERE kind = 'fuel') AS fuel,
                sum(amount_fen) FILTER (WHERE kind = 'insurance') AS insurance,
                sum(amount_fen) FILTER (WHERE kind = 'other') AS other
           FROM ${this.schema}.vehicle_cost
          WHERE status = 'recorded' AND extract(year FROM cost_date) = $1
          GROUP BY 1, 2),
       trips AS (
         SELECT vehicle_id, to_char(returned_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                sum(coalesce(fuel_cost_fen, 0) + coalesce(toll_fen, 0) + coalesce(parking_fen, 0)) AS trip
           FROM ${this.schema}.booking
          WHERE status = 'completed' AND vehicle_id IS NOT NULL AND extract(year FROM returned_at AT TIME ZONE 'Asia/Shanghai') = $1
          GROUP BY 1, 2)
       SELECT coalesce(l.month, t.month) AS month, v.id AS "vehicleId", v.unit_id AS "unitId", v.plate, v.model,
              coalesce(l.maintenance, 0)::int AS "maintenanceFen", coalesce(l.fuel, 0)::int AS "fuelFen",
              coalesce(l.insurance, 0)::int AS "insuranceFen", coalesce(l.other, 0)::int AS "otherFen", coalesce(t.trip, 0)::int AS "tripFen"
         FROM ledger l
         FULL JOIN trips t ON t.vehicle_id = l.vehicle_id AND t.month = l.month
         JOIN ${this.schema}.vehicle v ON v.id = coalesce(l.vehicle_id, t.vehicle_id)
        WHERE ($2::uuid IS NULL OR v.unit_id = $2::uuid)
        ORDER BY 1, v.unit_id, v.plate NULLS LAST, v.id`,
      [year, unitId ?? null],
    )) as CostSums[];
    return rows;
  }
}
