import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 月度通报: the monthly notice as a document for 签发 — one live notice per month (a unique index beside the service's
 * check), the month's computation kept as an immutable snapshot (`report`), every step a line of `monthly_notice_step`.
 * A signed notice is immutable and nothing is deleted (triggers).
 */
export class MonthlyNotices1766500000000 implements MigrationInterface {
  name = 'MonthlyNotices1766500000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".monthly_notice (
        id uuid PRIMARY KEY,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        title text NOT NULL,
        preface text NOT NULL,
        main_recipients text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'reviewing', 'approved', 'signed', 'withdrawn')),
        report jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        computed_by text NOT NULL,
        reviewed_by text,
        reviewed_at timestamptz,
        signed_by text,
        signed_by_user_id uuid,
        signer_name text,
        signed_on date,
        sign_opinion text,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'signed' OR (signed_by IS NOT NULL AND signed_on IS NOT NULL AND reviewed_by IS NOT NULL)),
        CHECK (status <> 'withdrawn' OR reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX monthly_notice_live_month_uq ON "${s}".monthly_notice (month) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX monthly_notice_list_idx ON "${s}".monthly_notice (month DESC, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".monthly_notice_step (
        notice_id uuid NOT NULL REFERENCES "${s}".monthly_notice (id),
        seq integer NOT NULL,
        step text NOT NULL,
        status text NOT NULL,
        note text,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (notice_id, seq)
      )`);
    await runner.query(`
      CREATE FUNCTION "${s}".monthly_notice_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '月度通报不删除：撤回须说明理由';
        END IF;
        IF OLD.status IN ('signed', 'withdrawn') THEN
          RAISE EXCEPTION '已签发或已撤回的月度通报不可更改';
        END IF;
        IF OLD.status <> 'draft' AND NEW.report IS DISTINCT FROM OLD.report THEN
          RAISE EXCEPTION '月度通报的统计快照只能在草稿中重新生成';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER monthly_notice_immutable BEFORE UPDATE OR DELETE ON "${s}".monthly_notice FOR EACH ROW EXECUTE FUNCTION "${s}".monthly_notice_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".monthly_notice_step`);
    await runner.query(`DROP TABLE "${s}".monthly_notice`);
    await runner.query(`DROP FUNCTION "${s}".monthly_notice_immutable()`);
  }
}
