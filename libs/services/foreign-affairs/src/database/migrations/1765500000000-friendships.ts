import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 国际友好关系 (with their agreements and exchanges, appended, never removed) and 荣誉称号 (the nominee's 护照号 encrypted),
 * each with its timeline. Nothing is deleted: relations are terminated, titles revoked or withdrawn, with a reason.
 */
export class Friendships1765500000000 implements MigrationInterface {
  name = 'Friendships1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".friendship (
        id uuid PRIMARY KEY,
        unit_id uuid,
        partner_name text NOT NULL,
        partner_original_name text NOT NULL,
        partner_type text NOT NULL CHECK (partner_type IN ('city', 'province', 'organization')),
        country text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('sister_city', 'exchange_city', 'cooperation')),
        responsible_unit_name text NOT NULL,
        note text,
        status text NOT NULL CHECK (status IN ('intent', 'signed', 'terminated')),
        signed_on date,
        terminated_on date,
        termination_reason text,
        agreements jsonb NOT NULL DEFAULT '[]',
        exchanges jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'signed' OR signed_on IS NOT NULL),
        CHECK (status <> 'terminated' OR (termination_reason IS NOT NULL AND terminated_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX friendship_list_idx ON "${s}".friendship (status, created_at DESC)`);
    await runner.query(`CREATE INDEX friendship_unit_idx ON "${s}".friendship (unit_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".friendship_history (
        id bigserial PRIMARY KEY,
        friendship_id uuid NOT NULL REFERENCES "${s}".friendship (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX friendship_history_idx ON "${s}".friendship_history (friendship_id, id)`);
    await runner.query(`
      CREATE TABLE "${s}".honorary_title (
        id uuid PRIMARY KEY,
        unit_id uuid,
        friendship_id uuid REFERENCES "${s}".friendship (id),
        title_name text NOT NULL,
        nominee_name text NOT NULL,
        nationality text NOT NULL,
        passport_encrypted text NOT NULL,
        passport_masked text NOT NULL,
        contribution text NOT NULL,
        proposing_unit_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('proposed', 'reviewed', 'approved', 'conferred', 'revoked', 'withdrawn')),
        review_opinion text,
        reviewed_by text,
        approver text,
        approving_body text,
        approved_on date,
        conferred_on date,
        certificate_number text,
        end_reason text,
        ${RECORD_COLUMNS},
        CHECK (status NOT IN ('revoked', 'withdrawn') OR end_reason IS NOT NULL),
        CHECK (status NOT IN ('approved', 'conferred') OR approved_on IS NOT NULL),
        CHECK (status <> 'conferred' OR certificate_number IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX honorary_title_list_idx ON "${s}".honorary_title (status, created_at DESC)`);
    await runner.query(`CREATE INDEX honorary_title_unit_idx ON "${s}".honorary_title (unit_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".honorary_title_history (
        id bigserial PRIMARY KEY,
        honorary_title_id uuid NOT NULL REFERENCES "${s}".honorary_title (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX honorary_title_history_idx ON "${s}".honorary_title_history (honorary_title_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".honorary_title_history`);
    await runner.query(`DROP TABLE "${s}".honorary_title`);
    await runner.query(`DROP TABLE "${s}".friendship_history`);
    await runner.query(`DROP TABLE "${s}".friendship`);
  }
}
