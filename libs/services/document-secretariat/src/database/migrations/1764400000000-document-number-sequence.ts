import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/** The running 发文顺序号 of each 机关代字 and year: one row, incremented in the issuing transaction. */
export class DocumentNumberSequence1764400000000 implements MigrationInterface {
  name = 'DocumentNumberSequence1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".document_number_sequence (
        agency_code text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 1000 AND 9999),
        last_number integer NOT NULL CHECK (last_number >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_code, year)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${migrationSchema(runner)}".document_number_sequence`);
  }
}
