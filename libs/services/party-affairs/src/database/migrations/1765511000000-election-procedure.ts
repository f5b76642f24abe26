import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 换届程序 (RULES.md §2.11): the current (or last) 换届 of a branch — 请示 → 批复 → 选举 → 报告 — as JSON under the branch's
 * version; each step is also kept in the branch's `elections` history. Null until a branch starts its first procedure.
 */
export class ElectionProcedure1765511000000 implements MigrationInterface {
  name = 'ElectionProcedure1765511000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".branch ADD COLUMN election_procedure jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".branch DROP COLUMN election_procedure`);
  }
}
