import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 国有资产: the purchase procedure (申请 → 审批 → 采购 → 验收 → 建卡), the asset cards (gap-free numbers per year from
 * number_counter; transfers and disposal kept on the card, never deleted) and the periodic inventories (盘点).
 */
export class Assets1766560000000 implements MigrationInterface {
  name = 'Assets1766560000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".asset_purchase (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        name text NOT NULL,
        category text NOT NULL,
        estimated_fen bigint NOT NULL CHECK (estimated_fen > 0),
        purpose text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'purchased', 'accepted', 'carded', 'rejected', 'withdrawn')),
        approval jsonb,
        purchase jsonb,
        acceptance jsonb,
        asset_id uuid,
        reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status NOT IN ('rejected', 'withdrawn') OR reason IS NOT NULL),
        CHECK (status <> 'carded' OR asset_id IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX asset_purchase_list_idx ON "${s}".asset_purchase (status, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".asset (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        category text NOT NULL,
        name text NOT NULL,
        value_fen bigint NOT NULL CHECK (value_fen > 0),
        acquired_on date NOT NULL,
        location text NOT NULL,
        keeper_staff_member_id uuid,
        keeper_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('in_use', 'idle', 'pending_disposal', 'disposed')),
        purchase_id uuid UNIQUE REFERENCES "${s}".asset_purchase (id),
        transfers jsonb NOT NULL DEFAULT '[]',
        disposal jsonb,
        disposed_on date,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'disposed' OR disposed_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX asset_list_idx ON "${s}".asset (status, category, created_at DESC)`);
    await runner.query(`CREATE INDEX asset_acquired_idx ON "${s}".asset (acquired_on)`);
    await runner.query(`
      CREATE TABLE "${s}".asset_inventory (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        as_of date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        lines jsonb NOT NULL,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS}
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".asset_inventory`);
    await runner.query(`DROP TABLE "${s}".asset`);
    await runner.query(`DROP TABLE "${s}".asset_purchase`);
  }
}
