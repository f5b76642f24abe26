import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 政府信息公开指南 (第十二条): the guide and its numbered versions (each revision a new row, never changed; the current
 * text is the latest version). Never deleted: retired with a reason.
 */
export class Guides1766000200000 implements MigrationInterface {
  name = 'Guides1766000200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".guide (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('in_force', 'retired')),
        current_number integer NOT NULL CHECK (current_number >= 1),
        current_effective_on date NOT NULL,
        content text NOT NULL,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'retired' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX guide_list_idx ON "${s}".guide (status, created_at DESC)`);
    await runner.query(`CREATE INDEX guide_unit_idx ON "${s}".guide (unit_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".guide_version (
        guide_id uuid NOT NULL REFERENCES "${s}".guide (id),
        number integer NOT NULL CHECK (number >= 1),
        content text NOT NULL,
        effective_on date NOT NULL,
        change_note text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        PRIMARY KEY (guide_id, number)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".guide_version`);
    await runner.query(`DROP TABLE "${s}".guide`);
  }
}
