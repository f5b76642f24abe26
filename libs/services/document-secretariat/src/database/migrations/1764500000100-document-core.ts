import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What every record of document-secretariat shares: stored files (content-addressed, never changed), the links from
 * records to files, the timeline of every step (append-only), and the registry that indexes every record for search
 * with the columns that decide who sees it.
 */
export class DocumentCore1764500000100 implements MigrationInterface {
  name = 'DocumentCore1764500000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".stored_file (
        id uuid PRIMARY KEY,
        filename text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        content bytea NOT NULL,
        uploaded_by_user_id uuid NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX stored_file_sha256_idx ON "${s}".stored_file (sha256)`);
    await runner.query(`
      CREATE TABLE "${s}".record_file (
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        file_id uuid NOT NULL REFERENCES "${s}".stored_file (id),
        role text NOT NULL,
        linked_by text NOT NULL,
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (record_kind, record_id, file_id, role)
      )`);
    await runner.query(`CREATE INDEX record_file_file_idx ON "${s}".record_file (file_id)`);
    await runner.query(`
      CREATE TABLE "${s}".record_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        action text NOT NULL,
        action_label text NOT NULL,
        actor_user_id uuid NOT NULL,
        actor_username text NOT NULL,
        actor_name text NOT NULL,
        at timestamptz NOT NULL,
        note text,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX record_event_record_idx ON "${s}".record_event (record_kind, record_id, id)`);
    await runner.query(`
      CREATE TABLE "${s}".record_registry (
        kind text NOT NULL,
        id uuid NOT NULL,
        title text NOT NULL,
        doc_number text,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        status text NOT NULL,
        status_label text NOT NULL,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        year integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (kind, id)
      )`);
    await runner.query(`CREATE UNIQUE INDEX record_registry_id_idx ON "${s}".record_registry (id)`);
    await runner.query(`CREATE INDEX record_registry_updated_idx ON "${s}".record_registry (updated_at DESC, id)`);
    await runner.query(`CREATE INDEX record_registry_units_idx ON "${s}".record_registry USING gin (unit_ids)`);
    await runner.query(`CREATE INDEX record_registry_users_idx ON "${s}".record_registry USING gin (user_ids)`);
    // Files and the timeline are evidence: neither is ever changed or removed.
    await runner.query(`
      CREATE FUNCTION "${s}".refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['stored_file', 'record_event']) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${s}".${table} FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
      await runner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${s}".${table} FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".refuse_change()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".record_registry`);
    await runner.query(`DROP TABLE "${s}".record_file`);
    for (const table of ['stored_file', 'record_event']) {
      await runner.query(`DROP TRIGGER ${table}_no_truncate ON "${s}".${table}`);
      await runner.query(`DROP TRIGGER ${table}_append_only ON "${s}".${table}`);
    }
    await runner.query(`DROP TABLE "${s}".record_event`);
    await runner.query(`DROP TABLE "${s}".stored_file`);
    await runner.query(`DROP FUNCTION "${s}".refuse_change()`);
  }
}
