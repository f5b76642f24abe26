import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every saved version of a record's body (发文正文, 文稿): kept for ever, append-only, diffable. */
export class BodyVersions1764500000200 implements MigrationInterface {
  name = 'BodyVersions1764500000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".body_version (
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        version_no integer NOT NULL CHECK (version_no >= 1),
        text text NOT NULL,
        sha256 char(64) NOT NULL,
        saved_by_user_id uuid NOT NULL,
        saved_by text NOT NULL,
        saved_by_name text NOT NULL,
        saved_at timestamptz NOT NULL,
        note text,
        PRIMARY KEY (record_kind, record_id, version_no)
      )`);
    await runner.query(`CREATE TRIGGER body_version_append_only BEFORE UPDATE OR DELETE ON "${s}".body_version FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    await runner.query(`CREATE TRIGGER body_version_no_truncate BEFORE TRUNCATE ON "${s}".body_version FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".refuse_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".body_version`);
  }
}
