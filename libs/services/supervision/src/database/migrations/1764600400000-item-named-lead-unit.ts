import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * The lead unit a source named, kept while its item waits in 待确认责任单位 (the lead itself or a co-unit not yet in
 * the unit directory), so the item can be 交办 on its own once the directory knows every unit the source named.
 */
export class SupervisionItemNamedLeadUnit1764600400000 implements MigrationInterface {
  name = 'SupervisionItemNamedLeadUnit1764600400000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".supervision_item ADD COLUMN named_lead_unit_id uuid`);
    await runner.query(`CREATE INDEX supervision_item_awaiting_units_idx ON "${s}".supervision_item (status) WHERE status = 'needs_unit_resolution' AND named_lead_unit_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".supervision_item_awaiting_units_idx`);
    await runner.query(`ALTER TABLE "${s}".supervision_item DROP COLUMN named_lead_unit_id`);
  }
}
