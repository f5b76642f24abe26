import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { Measure } from './vehicle-statistics.rules.js';

type Raw = Record<string, string | number | null>;
const n = (value: string | number | null | undefined): number => Number(value ?? 0);

/** The register's, the trips' and the costs' figures of one year per unit and category (read only; times in Asia/Shanghai). */
@Injectable()
export class VehicleStatisticsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async measures(year: number, unitId?: string): Promise<Measure[]> {
    const s = `"${this.schema}"`;
    const unit = (column: string): string => (unitId ? ` AND ${column} = $2` : '');
    const params = unitId ? [year, unitId] : [year];
    const local = (column: string): string => `(${column} AT TIME ZONE 'Asia/Shanghai')`;
    const query = async (sql: string, args: unknown[] = params): Promise<Raw[]> => (await this.dataSource.query(sql, args)) as Raw[];

    // 编制数: each unit's and category's quota version in force at the year's end.
    const quotas = await query(
      `SELECT DISTINCT ON (unit_id, category) unit_id, category, quota FROM ${s}.vehicle_quota
        WHERE effective_from <= make_date($1::int, 12, 31)${unit('unit_id')}
        ORDER BY unit_id, category, effective_from DESC, created_at DESC`,
    );
    // 实有数: approved by the year's end and not disposed of (处置, 更新替换) by then.
    const held = await query(
      `SELECT v.unit_id, v.category, count(*)::int AS held FROM ${s}.vehicle v
        WHERE v.status IN ('in_service', 'disposed')${unit('v.unit_id')}
          AND EXISTS (SELECT 1 FROM ${s}.vehicle_history h WHERE h.vehicle_id = v.id AND h.step = 'approve' AND ${local('h.at')}::date <= make_date($1::int, 12, 31))
          AND NOT EXISTS (SELECT 1 FROM ${s}.vehicle_history h WHERE h.vehicle_id = v.id AND h.step IN ('dispose', 'replaced') AND ${local('h.at')}::date <= make_date($1::int, 12, 31))
        GROUP BY v.unit_id, v.category`,
    );
    // 购置 (更新 / 新增): approved in the year; 处置: disposed of or replaced in the year.
    const changes = await query(
      `SELECT v.unit_id, v.category,
              count(*) FILTER (WHERE h.step = 'approve' AND v.purchase_kind = 'renewal')::int AS renewals,
              count(*) FILTER (WHERE h.step = 'approve' AND v.purchase_kind = 'new')::int AS additions,
              count(*) FILTER (WHERE h.step IN ('dispose', 'replaced'))::int AS disposals
         FROM ${s}.vehicle_history h JOIN ${s}.vehicle v ON v.id = h.vehicle_id
        WHERE h.step IN ('approve', 'dispose', 'replaced') AND extract(year FROM ${local('h.at')}) = $1${unit('v.unit_id')}
        GROUP BY v.unit_id, v.category`,
    );
    // 出车次数 (trips dispatched in the year), 里程 and the trips' costs (returned in the year), under the car's unit.
    const trips = await query(
      `SELECT v.unit_id, v.category,
              count(*) FILTER (WHERE extract(year FROM ${local('b.starts_at')}) = $1)::int AS dispatches,
              coalesce(sum(b.mileage_end_km - b.mileage_start_km) FILTER (WHERE b.status = 'completed' AND extract(year FROM ${local('b.returned_at')}) = $1), 0)::bigint AS mileage,
              coalesce(sum(coalesce(b.fuel_cost_fen, 0)) FILTER (WHERE b.status = 'completed' AND extract(year FROM ${local('b.returned_at')}) = $1), 0)::bigint AS fuel,
              coalesce(sum(coalesce(b.toll_fen, 0) + coalesce(b.parking_fen, 0)) FILTER (WHERE b.status = 'completed' AND extract(year FROM ${local('b.returned_at')}) = $1), 0)::bigint AS other
         FROM ${s}.booking b JOIN ${s}.vehicle v ON v.id = b.vehicle_id
        WHERE b.status IN ('dispatched', 'completed')${unit('v.unit_id')}
          AND (extract(year FROM ${local('b.starts_at')}) = $1 OR extract(year FROM ${local('b.returned_at')}) = $1)
        GROUP BY v.unit_id, v.category`,
    );
    // 运行费用: the recorded (not voided) bills of the year, by kind, under the unit kept with the bill.
    const costs = await query(
      `SELECT c.unit_id, v.category, c.kind, sum(c.amount_fen)::bigint AS amount
         FROM ${s}.vehicle_cost c JOIN ${s}.vehicle v ON v.id = c.vehicle_id
        WHERE c.status = 'recorded' AND extract(year FROM c.cost_date) = $1${unit('c.unit_id')}
        GROUP BY c.unit_id, v.category, c.kind`,
    );
    const key = (r: Raw) => ({ unitId: String(r.unit_id), category: r.category as Measure['category'] });
    const costField = { fuel: 'fuelFen', maintenance: 'maintenanceFen', insurance: 'insuranceFen', other: 'otherFen' } as const;
    return [
      ...quotas.map((r) => ({ ...key(r), quota: n(r.quota) })),
      ...held.map((r) => ({ ...key(r), held: n(r.held) })),
      ...changes.map((r) => ({ ...key(r), renewals: n(r.renewals), additions: n(r.additions), disposals: n(r.disposals) })),
      ...trips.map((r) => ({ ...key(r), dispatches: n(r.dispatches), mileageKm: n(r.mileage), fuelFen: n(r.fuel), otherFen: n(r.other) })),
      ...costs.map((r) => ({ ...key(r), [costField[r.kind as keyof typeof costField]]: n(r.amount) })),
    ];
  }
}
