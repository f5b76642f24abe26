import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 依申请公开申请 (《政府信息公开条例》第二十七–四十五条): the case with its clock, its consultations and challenges, and its
 * steps (never deleted: withdrawn or treated as abandoned with a reason). Personal data (证件号码、联系电话) only
 * encrypted (SM4 + HMAC-SM3) with a masked copy for lists; `applicant_key` is a keyed hash to count an applicant's
 * requests per calendar month (国办函〔2020〕109号) without decrypting.
 */
export class Applications1765400000000 implements MigrationInterface {
  name = 'Applications1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".application (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('processing', 'awaiting_correction', 'consulting', 'answered', 'closed', 'abandoned', 'withdrawn')),
        channel text NOT NULL CHECK (channel IN ('in_person', 'registered_post', 'ordinary_letter', 'online', 'fax')),
        submitted_on date NOT NULL,
        signed_on date,
        confirmed_on date,
        received_on date NOT NULL,
        receipt_basis text NOT NULL,
        applicant_type text NOT NULL CHECK (applicant_type IN ('natural_person', 'commercial', 'research', 'public_interest', 'legal_service', 'other_organization')),
        applicant_name text NOT NULL,
        id_number_encrypted text NOT NULL,
        id_number_masked text NOT NULL,
        phone_encrypted text,
        phone_masked text,
        applicant_key text NOT NULL,
        clock_start date NOT NULL,
        due_date date,
        due_provisional boolean NOT NULL DEFAULT false,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        correction_notice_due_on date,
        correction_notice_on date,
        correction_items text,
        correction_due_on date,
        supplemented_on date,
        consultations jsonb NOT NULL DEFAULT '[]',
        extension_status text CHECK (extension_status IN ('requested', 'approved', 'refused')),
        extension_reason text,
        extension_decided_by text,
        extension_notice_on date,
        secrecy_conclusion text CHECK (secrecy_conclusion IN ('cleared', 'not_cleared')),
        secrecy_reviewed_by text,
        secrecy_reviewed_on date,
        secrecy_note text,
        answer_code text,
        answered_on date,
        answer_text text,
        referral text,
        fee_method text NOT NULL DEFAULT 'none' CHECK (fee_method IN ('none', 'by_count', 'by_pages')),
        fee_fen integer NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
        fee_scale text,
        fee_explanation text,
        delivery_method text,
        delivered_on date,
        delivery_proof text,
        closing_reason text,
        concluded_on date,
        challenges jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status NOT IN ('withdrawn', 'abandoned') OR closing_reason IS NOT NULL),
        CHECK (status NOT IN ('answered', 'closed') OR (answer_code IS NOT NULL AND answered_on IS NOT NULL)),
        CHECK (status <> 'closed' OR (delivered_on IS NOT NULL AND delivery_proof IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX application_list_idx ON "${s}".application (status, created_at DESC)`);
    await runner.query(`CREATE INDEX application_unit_idx ON "${s}".application (unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX application_applicant_idx ON "${s}".application (applicant_key, received_on)`);
    await runner.query(`CREATE INDEX application_received_idx ON "${s}".application (received_on)`);
    await runner.query(`
      CREATE TABLE "${s}".application_step (
        seq bigserial PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES "${s}".application (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX application_step_idx ON "${s}".application_step (application_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".application_step`);
    await runner.query(`DROP TABLE "${s}".application`);
  }
}
