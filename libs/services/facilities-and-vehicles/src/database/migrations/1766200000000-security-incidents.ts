import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 安全事件 of the compound's 安全保卫: the facts, the handling, the closing, and the escalation to the duty office (once:
 * escalated_at set with its level, who and the note). Never deleted: withdrawn with a reason.
 */
export class SecurityIncidents1766200000000 implements MigrationInterface {
  name = 'SecurityIncidents1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".security_incident (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('theft', 'disturbance', 'fire', 'damage', 'intrusion', 'gathering', 'other')),
        occurred_at timestamptz NOT NULL,
        place text NOT NULL,
        description text NOT NULL,
        handling text,
        status text NOT NULL CHECK (status IN ('open', 'closed', 'withdrawn')),
        closed_at timestamptz,
        withdrawal_reason text,
        escalation_level text CHECK (escalation_level IN ('especially_major', 'major', 'large', 'general')),
        escalated_at timestamptz,
        escalated_by text,
        escalation_note text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'closed' OR (closed_at IS NOT NULL AND handling IS NOT NULL)),
        CHECK ((escalated_at IS NULL) = (escalation_level IS NULL) AND (escalated_at IS NULL) = (escalated_by IS NULL))
      )`);
    await runner.query(`CREATE INDEX security_incident_list_idx ON "${s}".security_incident (occurred_at DESC, id)`);
    await runner.query(`CREATE INDEX security_incident_status_idx ON "${s}".security_incident (status, occurred_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".security_incident`);
  }
}
