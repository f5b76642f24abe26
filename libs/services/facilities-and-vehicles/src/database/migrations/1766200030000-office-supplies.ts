import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 办公用品: the catalogue with each item's stock (never below zero, checked here too), every 入库/出库 as a row of its
 * own (never changed or deleted), and the sections' 申领 with their lines. Items are retired, requests rejected or
 * withdrawn with a reason; nothing is deleted.
 */
export class OfficeSupplies1766200030000 implements MigrationInterface {
  name = 'OfficeSupplies1766200030000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".supply_item (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        spec text,
        category text NOT NULL CHECK (category IN ('stationery', 'consumable', 'paper', 'equipment', 'cleaning', 'other')),
        unit text NOT NULL,
        stock integer NOT NULL CHECK (stock >= 0),
        low_stock_threshold integer NOT NULL CHECK (low_stock_threshold >= 0),
        status text NOT NULL CHECK (status IN ('active', 'retired')),
        retire_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'retired' OR (retire_reason IS NOT NULL AND stock = 0))
      )`);
    await runner.query(`CREATE INDEX supply_item_list_idx ON "${s}".supply_item (status, category, name)`);
    await runner.query(`
      CREATE TABLE "${s}".supply_request (
        id uuid PRIMARY KEY,
        section_code text NOT NULL,
        requester_id text NOT NULL,
        requester_name text NOT NULL,
        purpose text NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'issued', 'rejected', 'withdrawn')),
        decided_by text,
        decided_at timestamptz,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (status NOT IN ('rejected', 'withdrawn') OR reason IS NOT NULL),
        CHECK (status <> 'issued' OR decided_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX supply_request_list_idx ON "${s}".supply_request (section_code, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".supply_request_line (
        request_id uuid NOT NULL REFERENCES "${s}".supply_request (id),
        item_id uuid NOT NULL REFERENCES "${s}".supply_item (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (request_id, item_id)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".stock_movement (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES "${s}".supply_item (id),
        direction text NOT NULL CHECK (direction IN ('in', 'out')),
        quantity integer NOT NULL CHECK (quantity > 0),
        stock_after integer NOT NULL CHECK (stock_after >= 0),
        reason text NOT NULL,
        request_id uuid REFERENCES "${s}".supply_request (id),
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX stock_movement_item_idx ON "${s}".stock_movement (item_id, at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".stock_movement`);
    await runner.query(`DROP TABLE "${s}".supply_request_line`);
    await runner.query(`DROP TABLE "${s}".supply_request`);
    await runner.query(`DROP TABLE "${s}".supply_item`);
  }
}
