import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * Where an asset purchase came from when another service accepted it (机关事务管理科's 设备购置验收): the app, its record
 * and the unit of that record (one card per unit). Unique, so a redelivered or re-published event makes no second card.
 */
export class AssetPurchaseSources1766606000100 implements MigrationInterface {
  name = 'AssetPurchaseSources1766606000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".asset_purchase
        ADD COLUMN source_app text,
        ADD COLUMN source_id uuid,
        ADD COLUMN source_unit integer,
        ADD CONSTRAINT asset_purchase_source_complete CHECK ((source_app IS NULL) = (source_id IS NULL) AND (source_id IS NULL) = (source_unit IS NULL)),
        ADD CONSTRAINT asset_purchase_source_once UNIQUE (source_app, source_id, source_unit)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".asset_purchase DROP CONSTRAINT asset_purchase_source_once, DROP CONSTRAINT asset_purchase_source_complete, DROP COLUMN source_unit, DROP COLUMN source_id, DROP COLUMN source_app`);
  }
}
