import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 上报登记: each 报送 of 政务信息 to a higher office (items, office, date, channel) and the feedback that came back
 * (采用 / 批示, recorded on the item's adoptions and instructions). Never deleted: withdrawn with a reason.
 */
export class UpwardReports1765530200000 implements MigrationInterface {
  name = 'UpwardReports1765530200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".upward_report (
        id uuid PRIMARY KEY,
        submission_ids uuid[] NOT NULL CHECK (cardinality(submission_ids) >= 1),
        items jsonb NOT NULL,
        office text NOT NULL CHECK (office IN ('city_info', 'province_office', 'state_council')),
        sent_on date NOT NULL,
        channel text NOT NULL CHECK (channel IN ('system', 'secure_network', 'fax', 'email', 'paper')),
        note text,
        status text NOT NULL CHECK (status IN ('sent', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX upward_report_list_idx ON "${s}".upward_report (sent_on DESC)`);
    await runner.query(`CREATE INDEX upward_report_items_idx ON "${s}".upward_report USING gin (submission_ids)`);
    await runner.query(`
      CREATE TABLE "${s}".upward_feedback (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES "${s}".upward_report (id),
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        kind text NOT NULL CHECK (kind IN ('adopted', 'instructed')),
        level text NOT NULL,
        received_on date NOT NULL,
        outlet text,
        leader_name text,
        content text,
        points integer NOT NULL,
        weight_version text REFERENCES "${s}".score_weights (version),
        already_recorded boolean NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX upward_feedback_report_idx ON "${s}".upward_feedback (report_id, recorded_at)`);
    // One adoption per level per item and report: a repeated 采用 feedback is the same row (the adoption itself is unique per level).
    await runner.query(`CREATE UNIQUE INDEX upward_feedback_adoption_once ON "${s}".upward_feedback (report_id, submission_id, level) WHERE kind = 'adopted'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".upward_feedback`);
    await runner.query(`DROP TABLE "${s}".upward_report`);
  }
}
