import { Inject, Injectable } from '@nestjs/common';
import { Columns, DATA_SOURCE, SCHEMA, Table, type WaitingStep } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReminderItem, ReminderRule, ReminderVehicle } from './reminders.rules.js';

const RULE_COLUMNS = new Columns<ReminderRule>({
  id: 'id',
  insuranceLeadDays: 'insurance_lead_days',
  inspectionLeadDays: 'inspection_lead_days',
  maintenanceIntervalKm: 'maintenance_interval_km',
  tenancyLeadDays: 'tenancy_lead_days',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

/** What a record last published to 待办: its waiting steps and their version. */
export interface ReminderState {
  steps: WaitingStep[];
  version: number;
}

/** The only place that speaks SQL for 到期提醒: the configuration, the published state, and the reads of the records reminded of. */
@Injectable()
export class RemindersRepository {
  private readonly rules: Table<ReminderRule>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.rules = new Table(`"${schema}".reminder_rule`, RULE_COLUMNS);
  }

  async ruleVersions(manager: EntityManager = this.dataSource.manager): Promise<ReminderRule[]> {
    const rows = (await manager.query(`SELECT ${this.rules.select()} FROM ${this.rules.name} ORDER BY effective_from, created_at`)) as Record<string, unknown>[];
    return rows.map((row) => RULE_COLUMNS.read(row));
  }

  async insertRule(row: ReminderRule, manager: EntityManager): Promise<void> {
    await this.rules.insert(manager, row);
  }

  /** The record's published state, locked (created empty at version 0 the first time). */
  async lockState(recordType: string, recordId: string, manager: EntityManager): Promise<ReminderState> {
    await manager.query(`INSERT INTO "${this.schema}".reminder_state (record_type, record_id, steps, version, updated_at) VALUES ($1, $2, '[]'::json, 0, now()) ON CONFLICT DO NOTHING`, [recordType, recordId]);
    const [row] = (await manager.query(`SELECT steps, version FROM "${this.schema}".reminder_state WHERE record_type = $1 AND record_id = $2 FOR UPDATE`, [recordType, recordId])) as ReminderState[];
    return row;
  }

  async saveState(recordType: string, recordId: string, steps: readonly WaitingStep[], version: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "${this.schema}".reminder_state SET steps = $3::json, version = $4, updated_at = now() WHERE record_type = $1 AND record_id = $2`, [recordType, recordId, JSON.stringify(steps), version]);
  }

  /** How many reminders wait now (published and not yet closed). */
  async openCount(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT coalesce(sum(json_array_length(steps)), 0)::int AS n FROM "${this.schema}".reminder_state`)) as { n: number }[];
    return row.n;
  }

  async vehicle(id: string, manager: EntityManager): Promise<ReminderVehicle | null> {
    const [row] = (await manager.query(
      `SELECT id, plate, model, status, mileage_km AS "mileageKm", to_char(insurance_expiry, 'YYYY-MM-DD') AS "insuranceExpiry", to_char(inspection_expiry, 'YYYY-MM-DD') AS "inspectionExpiry"
       FROM "${this.schema}".vehicle WHERE id = $1`,
      [id],
    )) as ReminderVehicle[];
    return row ?? null;
  }

  /** The registered mileage at the latest recorded (not voided) 定点维修 of a vehicle; null when none. */
  async lastMaintenanceKm(vehicleId: string, manager: EntityManager): Promise<number | null> {
    const [row] = (await manager.query(
      `SELECT odometer_km AS km FROM "${this.schema}".vehicle_cost WHERE vehicle_id = $1 AND kind = 'maintenance' AND status = 'recorded' AND odometer_km IS NOT NULL ORDER BY cost_date DESC, created_at DESC LIMIT 1`,
      [vehicleId],
    )) as { km: number }[];
    return row ? row.km : null;
  }

  async item(id: string, manager: EntityManager): Promise<ReminderItem | null> {
    const [row] = (await manager.query(
      `SELECT id, name, spec, unit, stock, low_stock_threshold AS "lowStockThreshold", status FROM "${this.schema}".supply_item WHERE id = $1`,
      [id],
    )) as ReminderItem[];
    return row ?? null;
  }

  /** The records a run looks at: those that may wait (in service, active) and those still waiting on something. */
  async candidates(): Promise<{ vehicles: string[]; items: string[] }> {
    const waiting = `SELECT record_id FROM "${this.schema}".reminder_state WHERE record_type = $1 AND json_array_length(steps) > 0`;
    const vehicles = (await this.dataSource.query(`SELECT id FROM "${this.schema}".vehicle WHERE status = 'in_service' UNION ${waiting} ORDER BY 1`, ['vehicle-reminder'])) as { id: string }[];
    const items = (await this.dataSource.query(`SELECT id FROM "${this.schema}".supply_item WHERE status = 'active' AND stock <= low_stock_threshold UNION ${waiting} ORDER BY 1`, ['supply-stock'])) as { id: string }[];
    return { vehicles: vehicles.map((r) => r.id), items: items.map((r) => r.id) };
  }
}
