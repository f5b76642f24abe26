import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 培训: the training sessions of 信息科 with their attendance (never deleted: withdrawn with a reason). */
export class Trainings1765530100000 implements MigrationInterface {
  name = 'Trainings1765530100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".training (
        id uuid PRIMARY KEY,
        held_on date NOT NULL,
        topic text NOT NULL,
        trainer text NOT NULL,
        location text,
        attendees jsonb NOT NULL,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('recorded', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX training_list_idx ON "${s}".training (held_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".training`);
  }
}
