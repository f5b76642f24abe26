import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 巡逻记录: the route, the times, who walked it and what was found. Never deleted: voided with a reason. */
export class Patrols1766200020000 implements MigrationInterface {
  name = 'Patrols1766200020000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".patrol (
        id uuid PRIMARY KEY,
        route text NOT NULL,
        patrolled_by text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz NOT NULL,
        findings text NOT NULL,
        abnormal boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('recorded', 'voided')),
        void_reason text,
        ${RECORD_COLUMNS},
        CHECK (ended_at >= started_at),
        CHECK (status <> 'voided' OR void_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX patrol_list_idx ON "${s}".patrol (started_at DESC, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".patrol`);
  }
}
