import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一事一期限 (issue 21 §2): a 收文 分办 copy concerns the same matter as the 督办事项 opened from a 批示 on that 收文 for
 * the same unit. The copy records the item it is linked to and the unit's role there (主责/配合), the (version, time) of
 * the last item change applied (older or redelivered changes are dropped), the item's deadline and the one deadline
 * shown while linked (the stricter of the 承办期限 and the 督办期限) with which side chose it and why, and whether the
 * copy's 办结 came from the item (its 报办结/销号; a 退回重办 reopens only such a copy). A withdrawn item unlinks the copy
 * (`link_status` unlinked); nothing is removed.
 */
export class RoutingItemLink1765480000000 implements MigrationInterface {
  name = 'RoutingItemLink1765480000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".doc_routing
        ADD COLUMN linked_item_id uuid,
        ADD COLUMN linked_role text CHECK (linked_role IN ('lead', 'co')),
        ADD COLUMN link_status text CHECK (link_status IN ('linked', 'unlinked')),
        ADD COLUMN linked_item_version integer,
        ADD COLUMN linked_item_at timestamptz,
        ADD COLUMN linked_item_due_date text CHECK (linked_item_due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        ADD COLUMN linked_due_date text CHECK (linked_due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        ADD COLUMN deadline_source text CHECK (deadline_source IN ('routing', 'item')),
        ADD COLUMN linked_deadline_explanation text[] NOT NULL DEFAULT '{}',
        ADD COLUMN done_by_item boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT doc_routing_link_complete CHECK ((linked_item_id IS NULL) = (link_status IS NULL) AND (link_status IS DISTINCT FROM 'linked' OR linked_role IS NOT NULL))`);
    await runner.query(`CREATE INDEX doc_routing_linked_item_idx ON "${s}".doc_routing (linked_item_id) WHERE linked_item_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".doc_routing_linked_item_idx`);
    await runner.query(`
      ALTER TABLE "${s}".doc_routing DROP CONSTRAINT doc_routing_link_complete, DROP COLUMN linked_item_id, DROP COLUMN linked_role, DROP COLUMN link_status,
        DROP COLUMN linked_item_version, DROP COLUMN linked_item_at, DROP COLUMN linked_item_due_date, DROP COLUMN linked_due_date, DROP COLUMN deadline_source,
        DROP COLUMN linked_deadline_explanation, DROP COLUMN done_by_item`);
  }
}
