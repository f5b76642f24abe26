import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 待办 read model and the notifications, fed by every service's `task.opened` / `task.closed` events:
 * - `task`: one row per task (a step of a record for one person, role or unit), its latest version; closed tasks stay
 *   (已办), nothing is deleted;
 * - `notification`: one row per account a task was opened for, with when it was read.
 */
export class GatewayTasks1765300000000 implements MigrationInterface {
  name = 'GatewayTasks1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".task (
        id text PRIMARY KEY,
        app text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        assignee_type text NOT NULL CHECK (assignee_type IN ('person', 'role', 'unit')),
        assignee_id text NOT NULL,
        section text,
        due_date date,
        due_at timestamptz,
        deadline_explanation text,
        link text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        clearance smallint NOT NULL DEFAULT 0,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        outcome text,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        closed_by text,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX task_assignee_idx ON "${s}".task (assignee_type, assignee_id, status)`);
    await runner.query(`CREATE INDEX task_record_idx ON "${s}".task (app, record_type, record_id)`);
    await runner.query(`
      CREATE TABLE "${s}".notification (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES "${s}".account (id),
        task_id text NOT NULL REFERENCES "${s}".task (id),
        task_version integer NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (account_id, task_id, task_version)
      )`);
    await runner.query(`CREATE INDEX notification_account_idx ON "${s}".notification (account_id, created_at DESC)`);
    await runner.query(`CREATE INDEX notification_unread_idx ON "${s}".notification (account_id) WHERE read_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".notification`);
    await runner.query(`DROP TABLE "${s}".task`);
  }
}
