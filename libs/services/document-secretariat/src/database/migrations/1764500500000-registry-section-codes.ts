import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The office sections (科室 codes) a record is routed to besides its units and people — e.g. the sections asked to
 * 会签 a 发文 — so that they find it in the shared search and may read its timeline and versions (clearance first).
 */
export class RegistrySectionCodes1764500500000 implements MigrationInterface {
  name = 'RegistrySectionCodes1764500500000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".record_registry ADD COLUMN section_codes text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX record_registry_sections_idx ON "${s}".record_registry USING gin (section_codes)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".record_registry_sections_idx`);
    await runner.query(`ALTER TABLE "${s}".record_registry DROP COLUMN section_codes`);
  }
}
