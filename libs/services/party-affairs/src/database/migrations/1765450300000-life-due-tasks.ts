import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/** What each branch owes of 组织生活 as published to 待办 (the last list and its version), so each change is published once. */
export class LifeDueTasks1765450300000 implements MigrationInterface {
  name = 'LifeDueTasks1765450300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".life_due_state (
        branch_id uuid PRIMARY KEY REFERENCES "${s}".branch (id),
        steps jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".life_due_state`);
  }
}
