import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 来访登记: the visits (身份证号 encrypted at rest with its masked form beside it; never deleted: voided with a reason). */
export class Visitors1765430400000 implements MigrationInterface {
  name = 'Visitors1765430400000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".visitor (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        id_number_encrypted text NOT NULL,
        id_number_masked text NOT NULL,
        organisation text,
        host text NOT NULL,
        purpose text NOT NULL,
        companions integer NOT NULL CHECK (companions BETWEEN 0 AND 50),
        plate text,
        status text NOT NULL CHECK (status IN ('in', 'left', 'voided')),
        arrived_at timestamptz NOT NULL,
        left_at timestamptz,
        void_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'voided' OR void_reason IS NOT NULL),
        CHECK (status <> 'left' OR left_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX visitor_list_idx ON "${s}".visitor (arrived_at DESC)`);
    await runner.query(`CREATE INDEX visitor_status_idx ON "${s}".visitor (status, arrived_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".visitor`);
  }
}
