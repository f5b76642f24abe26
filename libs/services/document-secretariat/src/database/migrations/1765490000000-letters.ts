import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 人民来信: the letter (writer's name and contact encrypted with the service's FieldCipher), its steps, and its versioned
 * period rules with their source. Figures from 《信访工作条例》(2022): 告知是否受理 15 日, 办理 60 日, 延期不超过 30 日并告知;
 * counted in working days by the calendar engine as the office decided (issue 21 §3). Article numbers are marked [待核].
 * Nothing is deleted: letters are withdrawn with a reason; the rule table is append-only.
 */
export class Letters1765490000000 implements MigrationInterface {
  name = 'Letters1765490000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".letter_rule (
        id uuid PRIMARY KEY,
        code text NOT NULL CHECK (code IN ('letters.acceptance_period', 'letters.handling_period', 'letters.extension_max')),
        value jsonb NOT NULL,
        effective_from date NOT NULL,
        source text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (code, effective_from)
      )`);
    await runner.query(`
      CREATE FUNCTION "${s}".letter_rule_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'letter_rule is append-only'; END $$`);
    await runner.query(`CREATE TRIGGER letter_rule_append_only BEFORE UPDATE OR DELETE ON "${s}".letter_rule FOR EACH ROW EXECUTE FUNCTION "${s}".letter_rule_append_only()`);
    const seed = [
      ['7a2c3b50-0000-4000-8000-000000000001', 'letters.acceptance_period', { amount: 15, unit: 'working_days' }, '《信访工作条例》（2022）第二十四条[待核]：收到信访事项之日起 15 日内告知信访人是否受理；按工作日计为本办规定[待核]'],
      ['7a2c3b50-0000-4000-8000-000000000002', 'letters.handling_period', { amount: 60, unit: 'working_days' }, '《信访工作条例》（2022）第三十二条[待核]：自受理之日起 60 日内办结；按工作日计为本办规定[待核]'],
      ['7a2c3b50-0000-4000-8000-000000000003', 'letters.extension_max', { amount: 30, unit: 'working_days' }, '《信访工作条例》（2022）第三十二条[待核]：情况复杂的，经本机关负责人批准可适当延长办理期限，延长不超过 30 日，并告知信访人延期理由'],
    ] as const;
    for (const [id, code, value, source] of seed) {
      await runner.query(`INSERT INTO "${s}".letter_rule (id, code, value, effective_from, source, created_by, created_at) VALUES ($1, $2, $3, '2022-05-01', $4, 'system', now())`, [id, code, JSON.stringify(value), source]);
    }
    await runner.query(`
      CREATE TABLE "${s}".letter (
        id uuid PRIMARY KEY,
        writer_name_enc text NOT NULL,
        writer_contact_enc text,
        received_on date NOT NULL,
        channel text NOT NULL CHECK (channel IN ('letter', 'online', 'fax')),
        summary text NOT NULL,
        content text NOT NULL,
        state text NOT NULL CHECK (state IN ('registered', 'assigned', 'replied', 'closed', 'withdrawn')),
        mode text CHECK (mode IN ('transfer', 'assign')),
        unit_id uuid,
        unit_name text,
        handed_on date,
        acceptance_due date,
        acceptance_provisional boolean NOT NULL DEFAULT false,
        acceptance_explanation jsonb NOT NULL DEFAULT '[]'::jsonb,
        acceptance_rule_id uuid NOT NULL REFERENCES "${s}".letter_rule (id),
        handling_due date,
        handling_provisional boolean NOT NULL DEFAULT false,
        handling_explanation jsonb NOT NULL DEFAULT '[]'::jsonb,
        handling_rule_id uuid REFERENCES "${s}".letter_rule (id),
        extension_days integer CHECK (extension_days BETWEEN 1 AND 30),
        extension_reason text,
        extension_approved_by text,
        reply_text text,
        replied_by text,
        replied_at timestamptz,
        return_reason text,
        withdraw_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX letter_unit_idx ON "${s}".letter (unit_id, state)`);
    await runner.query(`CREATE INDEX letter_received_idx ON "${s}".letter (received_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".letter_step (
        id uuid PRIMARY KEY,
        letter_id uuid NOT NULL REFERENCES "${s}".letter (id),
        action text NOT NULL,
        action_label text NOT NULL,
        note text,
        actor_user_id uuid NOT NULL,
        actor text NOT NULL,
        actor_name text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX letter_step_letter_idx ON "${s}".letter_step (letter_id, at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".letter_step`);
    await runner.query(`DROP TABLE "${s}".letter`);
    await runner.query(`DROP TABLE "${s}".letter_rule`);
    await runner.query(`DROP FUNCTION "${s}".letter_rule_append_only()`);
  }
}
