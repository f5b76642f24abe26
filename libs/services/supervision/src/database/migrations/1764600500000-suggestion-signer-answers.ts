import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 联名件逐人答复 (RULES.md 2.5: jointly signed items are answered to each signer): one row per signer (领衔 or 联名)
 * per answering unit per round, with when and by whom the answer reached them and their own satisfaction.
 */
export class SuggestionSignerAnswers1764600500000 implements MigrationInterface {
  name = 'SuggestionSignerAnswers1764600500000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_signer_answer (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        assignment_id uuid NOT NULL REFERENCES "${s}".suggestion_assignment (id),
        reply_id uuid NOT NULL REFERENCES "${s}".suggestion_reply (id),
        unit_id uuid NOT NULL,
        round integer NOT NULL,
        signer text NOT NULL,
        answered_on date NOT NULL,
        answered_by text NOT NULL,
        method text NOT NULL,
        satisfaction text CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
        satisfaction_on date,
        satisfaction_recorded_by text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (assignment_id, round, signer),
        CHECK ((satisfaction IS NULL) = (satisfaction_on IS NULL) AND (satisfaction IS NULL) = (satisfaction_recorded_by IS NULL))
      )`);
    await runner.query(`CREATE INDEX suggestion_signer_answer_suggestion_idx ON "${s}".suggestion_signer_answer (suggestion_id)`);
    await runner.query(`CREATE INDEX suggestion_merged_into_idx ON "${s}".suggestion (merged_into_id) WHERE merged_into_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".suggestion_merged_into_idx`);
    await runner.query(`DROP TABLE "${s}".suggestion_signer_answer`);
  }
}
