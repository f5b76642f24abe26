import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 主动公开信息 and the 公开目录 (《政府信息公开条例》第二十–二十六条): the queue fed by document-secretariat's issued
 * 主动公开 documents (one entry per document: `document_id` unique, so a redelivered event adds nothing), the
 * 保密审查, the 索引号 per year, and the withdrawal with a reason (never deleted).
 */
export class Publications1765400100000 implements MigrationInterface {
  name = 'Publications1765400100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".publication (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        category text NOT NULL CHECK (category IN ('policy_document', 'normative_document', 'plan', 'finance', 'personnel', 'announcement', 'other')),
        source text NOT NULL CHECK (source IN ('document', 'manual')),
        document_id uuid UNIQUE,
        doc_number text,
        issuing_body text,
        made_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'cleared', 'published', 'held', 'withdrawn')),
        due_date date,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        secrecy_reviewed_by text,
        secrecy_reviewed_on date,
        secrecy_note text,
        index_year integer,
        index_seq integer,
        index_number text,
        published_on date,
        url text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        UNIQUE (index_year, index_seq),
        CHECK (status NOT IN ('withdrawn', 'held') OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'published' OR (published_on IS NOT NULL AND index_number IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX publication_list_idx ON "${s}".publication (status, made_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".publication`);
  }
}
