import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 协助调查件: another body's request that the office assist an investigation concerning 政府信息公开, its reply deadline
 * (stated by the request, or working days with the engine's explanation) and the reply. Never deleted: withdrawn with a reason.
 */
export class AssistanceRequests1766600000000 implements MigrationInterface {
  name = 'AssistanceRequests1766600000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".assistance_request (
        id uuid PRIMARY KEY,
        requester_kind text NOT NULL CHECK (requester_kind IN ('review_body', 'court', 'superior', 'other_agency')),
        requester text NOT NULL,
        document_number text NOT NULL,
        received_on date NOT NULL,
        title text NOT NULL,
        matter text NOT NULL,
        application_id uuid REFERENCES "${s}".application (id),
        handler text NOT NULL,
        stated_due_on date,
        working_days integer CHECK (working_days BETWEEN 1 AND 60),
        due_date date,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('received', 'replied', 'withdrawn')),
        replied_on date,
        reply_text text,
        reply_attachments jsonb NOT NULL DEFAULT '[]',
        replied_by text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK ((stated_due_on IS NULL) <> (working_days IS NULL)),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'replied' OR (replied_on IS NOT NULL AND reply_text IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX assistance_request_list_idx ON "${s}".assistance_request (status, received_on DESC)`);
    await runner.query(`CREATE INDEX assistance_request_application_idx ON "${s}".assistance_request (application_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".assistance_request`);
  }
}
