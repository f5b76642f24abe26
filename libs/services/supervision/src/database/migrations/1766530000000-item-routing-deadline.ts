import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 一事一期限 (issue 21 §2): the 收文 分办 copies linked to a 督办事项, as document-secretariat's `routing.deadline-linked`
 * events tell them (a read model: one row per copy, the latest change by `changed_at`; unlinking keeps the row with
 * `linked` false). The item's light is judged on a linked copy's 承办期限 when it is earlier than the item's own deadline.
 */
export class ItemRoutingDeadline1766530000000 implements MigrationInterface {
  name = 'ItemRoutingDeadline1766530000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".item_routing_deadline (
        routing_id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        incoming_id uuid NOT NULL,
        incoming_title text NOT NULL,
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        linked boolean NOT NULL,
        routing_due_date date,
        explanation text NOT NULL,
        changed_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX item_routing_deadline_item_idx ON "${s}".item_routing_deadline (item_id) WHERE linked`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".item_routing_deadline`);
  }
}
