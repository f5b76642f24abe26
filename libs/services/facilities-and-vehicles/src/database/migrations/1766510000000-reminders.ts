import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

const SEED_SOURCE = '博山区人民政府办公室机关事务管理科车辆与物资提醒（平台初始配置，科室可按新版本调整）';

/**
 * 到期提醒 as 待办: the versioned lead times and the maintenance interval (`reminder_rule`, a local figure with its
 * source), what each record last published to 待办 (`reminder_state`: the waiting steps (json: kept as written) and their version, so a daily
 * run opens nothing twice), and the registered mileage at each running-cost entry (`vehicle_cost.odometer_km`, the
 * baseline of 按里程保养).
 */
export class Reminders1766510000000 implements MigrationInterface {
  name = 'Reminders1766510000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".reminder_rule (
        id uuid PRIMARY KEY,
        insurance_lead_days integer NOT NULL CHECK (insurance_lead_days BETWEEN 1 AND 365),
        inspection_lead_days integer NOT NULL CHECK (inspection_lead_days BETWEEN 1 AND 365),
        maintenance_interval_km integer NOT NULL CHECK (maintenance_interval_km BETWEEN 500 AND 100000),
        tenancy_lead_days integer NOT NULL CHECK (tenancy_lead_days BETWEEN 1 AND 365),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX reminder_rule_idx ON "${s}".reminder_rule (effective_from, created_at)`);
    await runner.query(
      `INSERT INTO "${s}".reminder_rule (id, insurance_lead_days, inspection_lead_days, maintenance_interval_km, tenancy_lead_days, effective_from, source, created_at, created_by)
       VALUES (gen_random_uuid(), 30, 30, 5000, 30, DATE '2026-01-01', $1, now(), 'system')`,
      [SEED_SOURCE],
    );
    await runner.query(`
      CREATE TABLE "${s}".reminder_state (
        record_type text NOT NULL CHECK (record_type ~ '^[a-z][a-z0-9-]{0,49}$'),
        record_id uuid NOT NULL,
        steps json NOT NULL,
        version integer NOT NULL CHECK (version >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (record_type, record_id)
      )`);
    await runner.query(`ALTER TABLE "${s}".vehicle_cost ADD COLUMN odometer_km integer CHECK (odometer_km >= 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".vehicle_cost DROP COLUMN odometer_km`);
    await runner.query(`DROP TABLE "${s}".reminder_state`);
    await runner.query(`DROP TABLE "${s}".reminder_rule`);
  }
}
