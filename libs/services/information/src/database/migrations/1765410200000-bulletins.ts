import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 《博山政务信息》: its issues (期号 gap-free per year and kind, given at 签发), their items (the text frozen at 签发) and
 * their steps. A released issue is immutable: a trigger refuses any change to it. Nothing is deleted.
 */
export class Bulletins1765410200000 implements MigrationInterface {
  name = 'Bulletins1765410200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".bulletin (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('regular', 'special', 'supplement')),
        theme text,
        editor_note text,
        year integer,
        number integer,
        status text NOT NULL CHECK (status IN ('draft', 'reviewing', 'approved', 'released', 'withdrawn')),
        item_ids uuid[] NOT NULL,
        reviewed_by text,
        reviewed_at timestamptz,
        signed_by text,
        released_on date,
        distribution text[] NOT NULL DEFAULT '{}',
        reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'released' OR (year IS NOT NULL AND number IS NOT NULL AND released_on IS NOT NULL AND signed_by IS NOT NULL)),
        CHECK (status <> 'withdrawn' OR reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX bulletin_number_uq ON "${s}".bulletin (year, kind, number) WHERE number IS NOT NULL`);
    await runner.query(`CREATE INDEX bulletin_list_idx ON "${s}".bulletin (status, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".bulletin_item (
        bulletin_id uuid NOT NULL REFERENCES "${s}".bulletin (id),
        position integer NOT NULL,
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        title text NOT NULL,
        body text NOT NULL,
        unit_id uuid,
        PRIMARY KEY (bulletin_id, position)
      )`);
    await runner.query(`CREATE UNIQUE INDEX bulletin_item_once_uq ON "${s}".bulletin_item (submission_id)`);
    await runner.query(`
      CREATE TABLE "${s}".bulletin_step (
        bulletin_id uuid NOT NULL REFERENCES "${s}".bulletin (id),
        seq integer NOT NULL,
        step text NOT NULL,
        status text NOT NULL,
        note text,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (bulletin_id, seq)
      )`);
    await runner.query(`
      CREATE FUNCTION "${s}".bulletin_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '期刊不删除：撤回须说明理由';
        END IF;
        IF OLD.status = 'released' THEN
          RAISE EXCEPTION '已签发的期刊不可更改';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER bulletin_immutable BEFORE UPDATE OR DELETE ON "${s}".bulletin FOR EACH ROW EXECUTE FUNCTION "${s}".bulletin_immutable()`);
    await runner.query(`
      CREATE FUNCTION "${s}".bulletin_item_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '已签发期刊的稿件定稿后不可更改';
      END $$`);
    await runner.query(`CREATE TRIGGER bulletin_item_frozen BEFORE UPDATE OR DELETE ON "${s}".bulletin_item FOR EACH ROW EXECUTE FUNCTION "${s}".bulletin_item_frozen()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".bulletin_step`);
    await runner.query(`DROP TABLE "${s}".bulletin_item`);
    await runner.query(`DROP TABLE "${s}".bulletin`);
    await runner.query(`DROP FUNCTION "${s}".bulletin_item_frozen()`);
    await runner.query(`DROP FUNCTION "${s}".bulletin_immutable()`);
  }
}
