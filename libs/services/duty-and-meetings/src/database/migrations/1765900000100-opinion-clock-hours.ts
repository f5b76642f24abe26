import { randomUUID } from 'node:crypto';
import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statute, as the rule's source (what users read under the deadline). */
export const MAJOR_OPINION_SOURCE =
  '国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知（国办发〔2016〕61号）：对涉及特别重大、重大突发事件的政务舆情，最迟应在5小时内发布权威信息，在24小时内举行新闻发布会';

/**
 * Issue 21 §3: 重大舆情 are timed in clock hours from their receipt — the first response (权威信息) within 5 hours, the
 * reply within 24 — no longer as one calendar day rolled past holidays. A new version of the 重大 rule (the old one stays
 * for the items decided under it), a first-response limit on clock-hour rules, and the exact due moments on the items.
 */
export class OpinionClockHours1765900000100 implements MigrationInterface {
  name = 'OpinionClockHours1765900000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".opinion_rule DROP CONSTRAINT opinion_rule_unit_check`);
    await runner.query(`
      ALTER TABLE "${s}".opinion_rule
        ADD CONSTRAINT opinion_rule_unit_check CHECK (unit IN ('working_days', 'calendar_days', 'clock_hours')),
        ADD COLUMN first_response_hours integer CHECK (first_response_hours > 0),
        ADD CONSTRAINT opinion_rule_first_response_check CHECK (first_response_hours IS NULL OR (unit = 'clock_hours' AND first_response_hours <= amount))`);
    await runner.query(`
      ALTER TABLE "${s}".public_opinion
        ADD COLUMN response_due_at timestamptz,
        ADD COLUMN first_response_due_at timestamptz,
        ADD COLUMN first_responded_at timestamptz`);
    await runner.query(
      `INSERT INTO "${s}".opinion_rule (id, level, amount, unit, first_response_hours, effective_from, source, created_at, created_by)
       VALUES ($1, 'major', 24, 'clock_hours', 5, '2026-12-05', $2, now(), 'system')`,
      [randomUUID(), MAJOR_OPINION_SOURCE],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".public_opinion DROP COLUMN first_responded_at, DROP COLUMN first_response_due_at, DROP COLUMN response_due_at`);
    await runner.query(`DELETE FROM "${s}".opinion_rule r WHERE unit = 'clock_hours' AND NOT EXISTS (SELECT 1 FROM "${s}".public_opinion o WHERE o.rule_id = r.id)`);
    await runner.query(`ALTER TABLE "${s}".opinion_rule DROP CONSTRAINT opinion_rule_first_response_check, DROP COLUMN first_response_hours, DROP CONSTRAINT opinion_rule_unit_check`);
    await runner.query(`ALTER TABLE "${s}".opinion_rule ADD CONSTRAINT opinion_rule_unit_check CHECK (unit IN ('working_days', 'calendar_days'))`);
  }
}
