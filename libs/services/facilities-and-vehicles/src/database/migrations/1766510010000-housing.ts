import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 周转住房: the housing units and their tenancies (never deleted: a unit retired, a tenancy ended or withdrawn, each
 * with its date or reason), and each tenancy's steps (who, when, the note). One unit has at most one tenancy on any day:
 * the service checks it under an advisory lock of the unit.
 */
export class Housing1766510010000 implements MigrationInterface {
  name = 'Housing1766510010000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".housing_unit (
        id uuid PRIMARY KEY,
        address text NOT NULL,
        area_m2 numeric(7, 2) NOT NULL CHECK (area_m2 > 0),
        rooms integer NOT NULL CHECK (rooms > 0),
        note text,
        status text NOT NULL CHECK (status IN ('active', 'retired')),
        retire_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'retired' OR retire_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX housing_unit_list_idx ON "${s}".housing_unit (status, address)`);
    await runner.query(`
      CREATE TABLE "${s}".housing_tenancy (
        id uuid PRIMARY KEY,
        housing_unit_id uuid NOT NULL REFERENCES "${s}".housing_unit (id),
        tenant_name text NOT NULL,
        basis text NOT NULL CHECK (basis IN ('exchange', 'remote')),
        work_unit text NOT NULL,
        post text NOT NULL,
        home_place text NOT NULL,
        approval_number text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('registered', 'checked_in', 'ended', 'withdrawn')),
        check_in_date date,
        check_in_condition text,
        check_in_by text,
        check_out_date date,
        check_out_condition text,
        check_out_by text,
        ended_on date,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (end_date >= start_date),
        CHECK (status <> 'ended' OR (ended_on IS NOT NULL AND check_out_condition IS NOT NULL)),
        CHECK (status NOT IN ('checked_in', 'ended') OR check_in_condition IS NOT NULL),
        CHECK (status <> 'withdrawn' OR reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX housing_tenancy_unit_idx ON "${s}".housing_tenancy (housing_unit_id, start_date)`);
    await runner.query(`CREATE INDEX housing_tenancy_list_idx ON "${s}".housing_tenancy (status, end_date)`);
    await runner.query(`
      CREATE TABLE "${s}".housing_tenancy_history (
        id bigserial PRIMARY KEY,
        tenancy_id uuid NOT NULL REFERENCES "${s}".housing_tenancy (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX housing_tenancy_history_idx ON "${s}".housing_tenancy_history (tenancy_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".housing_tenancy_history`);
    await runner.query(`DROP TABLE "${s}".housing_tenancy`);
    await runner.query(`DROP TABLE "${s}".housing_unit`);
  }
}
