import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 文件效力 (文件清理, 文件汇编): the current 有效/已修订/已废止 of an issued document with the document that revised or
 * repealed it, and the append-only history of every change (who, when, why, effective when).
 */
export class DocumentValidity1765470000300 implements MigrationInterface {
  name = 'DocumentValidity1765470000300';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".document_validity (
        document_id uuid PRIMARY KEY REFERENCES "${s}".outgoing_document (id),
        status text NOT NULL CHECK (status IN ('valid', 'revised', 'repealed')),
        effective_on date NOT NULL,
        by_document_id uuid REFERENCES "${s}".outgoing_document (id),
        version integer NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (status = 'valid' OR by_document_id IS NOT NULL),
        CHECK (by_document_id IS DISTINCT FROM document_id)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".document_validity_change (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES "${s}".outgoing_document (id),
        from_status text NOT NULL,
        status text NOT NULL,
        effective_on date NOT NULL,
        by_document_id uuid REFERENCES "${s}".outgoing_document (id),
        reason text NOT NULL,
        changed_by_user_id uuid NOT NULL,
        changed_by text NOT NULL,
        changed_by_name text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX document_validity_change_doc_idx ON "${s}".document_validity_change (document_id, changed_at)`);
    // The history is evidence: never changed or removed.
    await runner.query(`CREATE TRIGGER document_validity_change_append_only BEFORE UPDATE OR DELETE ON "${s}".document_validity_change FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    await runner.query(`CREATE TRIGGER document_validity_change_no_truncate BEFORE TRUNCATE ON "${s}".document_validity_change FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".refuse_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".document_validity_change`);
    await runner.query(`DROP TABLE "${s}".document_validity`);
  }
}
