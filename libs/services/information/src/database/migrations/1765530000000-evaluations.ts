import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 业绩考评: one evaluation per year (draft → final), its adjustments (withdrawn with a reason, never deleted) and, at 定稿,
 * the snapshot of every line. A final evaluation and its adjustments are immutable (service rule and these triggers).
 */
export class Evaluations1765530000000 implements MigrationInterface {
  name = 'Evaluations1765530000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".evaluation (
        id uuid PRIMARY KEY,
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL CHECK (status IN ('draft', 'final')),
        final_lines jsonb,
        finalized_by text,
        finalized_at timestamptz,
        ${RECORD_COLUMNS},
        CHECK (status <> 'final' OR (final_lines IS NOT NULL AND finalized_by IS NOT NULL AND finalized_at IS NOT NULL))
      )`);
    await runner.query(`
      CREATE TABLE "${s}".evaluation_adjustment (
        id uuid PRIMARY KEY,
        evaluation_id uuid NOT NULL REFERENCES "${s}".evaluation (id),
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        points integer NOT NULL CHECK (points <> 0),
        reason text NOT NULL CHECK (length(reason) >= 2),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        withdrawal_reason text,
        withdrawn_by text,
        withdrawn_at timestamptz,
        CHECK ((withdrawal_reason IS NULL) = (withdrawn_at IS NULL))
      )`);
    await runner.query(`CREATE INDEX evaluation_adjustment_idx ON "${s}".evaluation_adjustment (evaluation_id, created_at)`);
    await runner.query(`
      CREATE FUNCTION "${s}".evaluation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '业绩考评不删除';
        END IF;
        IF OLD.status = 'final' THEN
          RAISE EXCEPTION '已定稿的业绩考评不可更改';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER evaluation_immutable BEFORE UPDATE OR DELETE ON "${s}".evaluation FOR EACH ROW EXECUTE FUNCTION "${s}".evaluation_immutable()`);
    await runner.query(`
      CREATE FUNCTION "${s}".evaluation_adjustment_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '调整分不删除：撤销须说明理由';
        END IF;
        IF (SELECT status FROM "${s}".evaluation WHERE id = NEW.evaluation_id) = 'final' THEN
          RAISE EXCEPTION '已定稿的业绩考评不可更改';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(
      `CREATE TRIGGER evaluation_adjustment_frozen BEFORE INSERT OR UPDATE OR DELETE ON "${s}".evaluation_adjustment FOR EACH ROW EXECUTE FUNCTION "${s}".evaluation_adjustment_frozen()`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".evaluation_adjustment`);
    await runner.query(`DROP TABLE "${s}".evaluation`);
    await runner.query(`DROP FUNCTION "${s}".evaluation_adjustment_frozen()`);
    await runner.query(`DROP FUNCTION "${s}".evaluation_immutable()`);
  }
}
