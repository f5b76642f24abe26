import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 设备购置验收: the acceptance of an 入库 of office equipment (one row per stock movement, never changed but for the
 * card numbers personnel-finance reports back), from which each unit becomes an asset card in 财务科's 国有资产.
 */
export class EquipmentAcceptances1766606000000 implements MigrationInterface {
  name = 'EquipmentAcceptances1766606000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".equipment_acceptance (
        movement_id uuid PRIMARY KEY REFERENCES "${s}".stock_movement (id),
        item_id uuid NOT NULL REFERENCES "${s}".supply_item (id),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 50),
        unit_price_fen bigint NOT NULL CHECK (unit_price_fen > 0),
        asset_category text NOT NULL CHECK (asset_category IN ('general_equipment', 'special_equipment', 'furniture')),
        accepted_on date NOT NULL,
        acceptors text NOT NULL,
        location text NOT NULL,
        keeper_name text NOT NULL,
        asset_numbers text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX equipment_acceptance_item_idx ON "${s}".equipment_acceptance (item_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".equipment_acceptance`);
  }
}
