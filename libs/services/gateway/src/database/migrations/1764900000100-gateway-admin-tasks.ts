import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The system administrator's tasks (待办): one per dead letter of any service, opened by its `ops.dead-letter-recorded`
 * event and closed by `ops.dead-letter-replayed`. Rows are never deleted: a closed task says who closed it and when.
 */
export class GatewayAdminTasks1764900000100 implements MigrationInterface {
  name = 'GatewayAdminTasks1764900000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".admin_task (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('dead_letter')),
        service text NOT NULL,
        dead_letter_id uuid NOT NULL,
        subject text NOT NULL,
        event_id uuid NOT NULL,
        record_id text,
        deliveries integer NOT NULL,
        error text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by text,
        UNIQUE (service, dead_letter_id)
      )`);
    await runner.query(`CREATE INDEX admin_task_status_idx ON "${s}".admin_task (status, opened_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".admin_task`);
  }
}
