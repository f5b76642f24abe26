import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * Where a 发文 came from when another section handed it over already signed (issue 16: 信息科's 月度通报): one row per
 * document, and one document per origin (the unique key keeps a redelivered or re-emitted event from making two).
 */
export class OutgoingOrigin1766500100000 implements MigrationInterface {
  name = 'OutgoingOrigin1766500100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".outgoing_origin (
        document_id uuid PRIMARY KEY REFERENCES "${s}".outgoing_document (id),
        origin_kind text NOT NULL,
        origin_id uuid NOT NULL,
        origin_label text NOT NULL,
        event_id text,
        received_at timestamptz NOT NULL,
        UNIQUE (origin_kind, origin_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".outgoing_origin`);
  }
}
