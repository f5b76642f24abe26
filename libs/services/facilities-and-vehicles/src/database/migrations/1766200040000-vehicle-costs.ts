import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 车辆运行费用: one row per bill of a vehicle of the register (定点维修、定点加油、定点保险、其他), with the vehicle's unit
 * kept for the reports per unit. Never deleted: voided with a reason.
 */
export class VehicleCosts1766200040000 implements MigrationInterface {
  name = 'VehicleCosts1766200040000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".vehicle_cost (
        id uuid PRIMARY KEY,
        vehicle_id uuid NOT NULL REFERENCES "${s}".vehicle (id),
        unit_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('maintenance', 'fuel', 'insurance', 'other')),
        cost_date date NOT NULL,
        amount_fen integer NOT NULL CHECK (amount_fen > 0),
        supplier text NOT NULL,
        invoice_number text,
        note text,
        status text NOT NULL CHECK (status IN ('recorded', 'voided')),
        void_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'voided' OR void_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX vehicle_cost_vehicle_idx ON "${s}".vehicle_cost (vehicle_id, cost_date DESC)`);
    await runner.query(`CREATE INDEX vehicle_cost_unit_idx ON "${s}".vehicle_cost (unit_id, cost_date)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".vehicle_cost`);
  }
}
