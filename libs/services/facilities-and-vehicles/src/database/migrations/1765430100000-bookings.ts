import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 公车平台: the drivers (手机号 encrypted at rest, with its masked form), the bookings (never deleted: refused or
 * withdrawn with a reason) with their dispatch and trip record, and their timeline.
 */
export class Bookings1765430100000 implements MigrationInterface {
  name = 'Bookings1765430100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".driver (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        mobile_encrypted text NOT NULL,
        mobile_masked text NOT NULL,
        licence_class text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE "${s}".booking (
        id uuid PRIMARY KEY,
        unit_id uuid,
        requested_by text NOT NULL,
        purpose text NOT NULL,
        origin text NOT NULL,
        destination text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        passengers integer NOT NULL CHECK (passengers BETWEEN 1 AND 50),
        riders text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'dispatched', 'completed', 'rejected', 'withdrawn')),
        rest_day_use boolean NOT NULL,
        rest_day_explanation jsonb NOT NULL DEFAULT '[]',
        approved_by text,
        approval_note text,
        dispatch_number text UNIQUE,
        vehicle_id uuid REFERENCES "${s}".vehicle (id),
        driver_id uuid REFERENCES "${s}".driver (id),
        mileage_start_km integer,
        mileage_end_km integer,
        fuel_cost_fen integer CHECK (fuel_cost_fen >= 0),
        toll_fen integer CHECK (toll_fen >= 0),
        parking_fen integer CHECK (parking_fen >= 0),
        returned_at timestamptz,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (ends_at > starts_at),
        CHECK (status NOT IN ('rejected', 'withdrawn') OR reason IS NOT NULL),
        CHECK (status NOT IN ('dispatched', 'completed') OR (vehicle_id IS NOT NULL AND driver_id IS NOT NULL AND dispatch_number IS NOT NULL)),
        CHECK (status <> 'completed' OR (mileage_end_km >= mileage_start_km AND returned_at IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX booking_list_idx ON "${s}".booking (status, starts_at DESC)`);
    await runner.query(`CREATE INDEX booking_unit_idx ON "${s}".booking (unit_id, starts_at DESC)`);
    await runner.query(`CREATE INDEX booking_vehicle_idx ON "${s}".booking (vehicle_id, starts_at) WHERE vehicle_id IS NOT NULL`);
    await runner.query(`CREATE INDEX booking_driver_idx ON "${s}".booking (driver_id, starts_at) WHERE driver_id IS NOT NULL`);
    await runner.query(`
      CREATE TABLE "${s}".booking_history (
        id bigserial PRIMARY KEY,
        booking_id uuid NOT NULL REFERENCES "${s}".booking (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX booking_history_idx ON "${s}".booking_history (booking_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".booking_history`);
    await runner.query(`DROP TABLE "${s}".booking`);
    await runner.query(`DROP TABLE "${s}".driver`);
  }
}
