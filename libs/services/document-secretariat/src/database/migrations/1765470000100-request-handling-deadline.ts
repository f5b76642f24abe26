import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 请示办理时限: every 请示 from a unit gets a handling deadline (the 批复 clock) from the deadline engine, under the configured
 * period in force on the day of receipt. The figure is a local setting: RULES.md gives none, and 《党政机关公文处理工作条例》
 * 第二十四条 only says urgent documents carry a time limit; 10 working days is the seed, to be confirmed by 文秘科.
 * Rows received before this migration keep no deadline (there was no rule in force for them).
 */
export class RequestHandlingDeadline1765470000100 implements MigrationInterface {
  name = 'RequestHandlingDeadline1765470000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(
      `INSERT INTO "${s}".archive_legal_rule (id, code, value, effective_from, source, created_by, created_at)
       VALUES ('6f1b2a40-0000-4000-8000-000000000005', 'requests.handling_period', $1, '2020-01-01', $2, 'system', now())`,
      [
        JSON.stringify({ amount: 10, unit: 'working_days' }),
        '本地配置（待确认）：区政府办公室请示件办理时限，初始值 10 个工作日，自收到（登记）次日起算；《党政机关公文处理工作条例》第二十四条（承办：紧急公文应当明确办理时限）',
      ],
    );
    await runner.query(`
      ALTER TABLE "${s}".unit_request
        ADD COLUMN received_on date,
        ADD COLUMN due_date date,
        ADD COLUMN provisional boolean NOT NULL DEFAULT false,
        ADD COLUMN due_explanation jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN rule_id uuid REFERENCES "${s}".archive_legal_rule (id)`);
    await runner.query(`UPDATE "${s}".unit_request SET received_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date`);
    await runner.query(`ALTER TABLE "${s}".unit_request ALTER COLUMN received_on SET NOT NULL`);
    await runner.query(`CREATE INDEX unit_request_open_due_idx ON "${s}".unit_request (due_date, unit_id) WHERE state <> 'replied'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".unit_request_open_due_idx`);
    await runner.query(`ALTER TABLE "${s}".unit_request DROP COLUMN rule_id, DROP COLUMN due_explanation, DROP COLUMN provisional, DROP COLUMN due_date, DROP COLUMN received_on`);
    // The rule table is append-only; only undoing this migration may take its seed row back out.
    await runner.query(`ALTER TABLE "${s}".archive_legal_rule DISABLE TRIGGER archive_legal_rule_append_only`);
    await runner.query(`DELETE FROM "${s}".archive_legal_rule WHERE id = '6f1b2a40-0000-4000-8000-000000000005'`);
    await runner.query(`ALTER TABLE "${s}".archive_legal_rule ENABLE TRIGGER archive_legal_rule_append_only`);
  }
}
