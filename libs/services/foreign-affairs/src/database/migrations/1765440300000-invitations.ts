import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 外国人来华邀请: the invitations (never deleted: withdrawn with a reason; 护照号 encrypted inside `guests`) and their timeline. */
export class Invitations1765440300000 implements MigrationInterface {
  name = 'Invitations1765440300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".invitation (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        unit_name text NOT NULL,
        purpose text NOT NULL,
        arrival_date date NOT NULL,
        departure_date date NOT NULL,
        guests jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'withdrawn')),
        opinion text,
        letter_number text,
        letter_issued_on date,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'issued' OR letter_number IS NOT NULL),
        CHECK (departure_date >= arrival_date)
      )`);
    await runner.query(`CREATE INDEX invitation_list_idx ON "${s}".invitation (status, created_at DESC)`);
    await runner.query(`CREATE INDEX invitation_unit_idx ON "${s}".invitation (unit_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".invitation_history (
        id bigserial PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES "${s}".invitation (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX invitation_history_idx ON "${s}".invitation_history (invitation_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".invitation_history`);
    await runner.query(`DROP TABLE "${s}".invitation`);
  }
}
