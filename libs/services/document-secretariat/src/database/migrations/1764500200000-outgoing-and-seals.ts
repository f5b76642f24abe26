import { migrationSchema, RECORD_COLUMNS, VISIBILITY_COLUMNS } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where the seeded 机关代字 come from (a local rule: configuration, editable by 文秘科科长). */
const AGENCY_CODE_SOURCE = '《党政机关公文处理工作条例》第九条（发文机关代字）；博山区人民政府办公室发文代字表（本地配置，初始值）';

/** 机关代字 → 发文机关, the names its titles may use, and who has signing rights (签发权). */
const AGENCY_CODES: [code: string, body: string, names: string[], signerRoles: string[]][] = [
  ['博政发', '博山区人民政府', ['博山区人民政府', '博山区政府', '区政府'], ['district_leader']],
  ['博政字', '博山区人民政府', ['博山区人民政府', '博山区政府', '区政府'], ['district_leader']],
  ['博政函', '博山区人民政府', ['博山区人民政府', '博山区政府', '区政府'], ['district_leader']],
  ['博政办发', '博山区人民政府办公室', ['博山区人民政府办公室', '博山区政府办公室', '区政府办公室'], ['office_leader', 'district_leader']],
  ['博政办字', '博山区人民政府办公室', ['博山区人民政府办公室', '博山区政府办公室', '区政府办公室'], ['office_leader', 'district_leader']],
  ['博政办函', '博山区人民政府办公室', ['博山区人民政府办公室', '博山区政府办公室', '区政府办公室'], ['office_leader', 'district_leader']],
];

/**
 * 发文 and 印鉴: the 机关代字 registry (configuration with an effective date and a source), outgoing documents with their
 * 核稿 findings, 会签 and distribution (read receipts), and seals with their use requests and the append-only use log.
 * An issued document's content columns are frozen by a trigger (the service refuses first).
 */
export class OutgoingAndSeals1764500200000 implements MigrationInterface {
  name = 'OutgoingAndSeals1764500200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".outgoing_agency_code (
        code text PRIMARY KEY,
        issuing_body text NOT NULL,
        body_names text[] NOT NULL,
        signer_roles text[] NOT NULL,
        signer_user_ids uuid[] NOT NULL DEFAULT '{}',
        effective_from date NOT NULL,
        source text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'retired')),
        ${RECORD_COLUMNS}
      )`);
    // Every version of a code's row: documents keep the version they were signed under.
    await runner.query(`
      CREATE TABLE "${s}".outgoing_agency_code_version (
        code text NOT NULL REFERENCES "${s}".outgoing_agency_code (code),
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (code, version)
      )`);
    for (const [code, body, names, roles] of AGENCY_CODES) {
      const row = { code, issuingBody: body, bodyNames: names, signerRoles: roles, signerUserIds: [], effectiveFrom: '2026-01-01', source: AGENCY_CODE_SOURCE, status: 'active' };
      await runner.query(
        `INSERT INTO "${s}".outgoing_agency_code (code, issuing_body, body_names, signer_roles, effective_from, source, status, version, created_at, created_by, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, '2026-01-01', $5, 'active', 1, now(), 'migration', now(), 'migration')`,
        [code, body, names, roles, AGENCY_CODE_SOURCE],
      );
      await runner.query(
        `INSERT INTO "${s}".outgoing_agency_code_version (code, version, snapshot, changed_by, changed_at) VALUES ($1, 1, $2, 'migration', now())`,
        [code, JSON.stringify(row)],
      );
    }

    await runner.query(`
      CREATE TABLE "${s}".outgoing_document (
        id uuid PRIMARY KEY,
        status text NOT NULL,
        agency_code text NOT NULL REFERENCES "${s}".outgoing_agency_code (code),
        issuing_body text NOT NULL,
        doc_type text NOT NULL,
        title text NOT NULL,
        main_recipients jsonb NOT NULL,
        copy_recipients jsonb NOT NULL,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        secrecy_period text,
        copy_number text,
        urgency text NOT NULL,
        proposed_signer_name text,
        drafted_by_user_id uuid NOT NULL,
        drafted_by text NOT NULL,
        drafted_by_name text NOT NULL,
        drafting_section text,
        body_version_no integer NOT NULL,
        body_sha256 char(64) NOT NULL,
        signed_by_user_id uuid,
        signed_by text,
        signer_name text,
        signer_title text,
        sign_opinion text,
        signed_at timestamptz,
        written_date date,
        agency_code_version integer,
        doc_number text,
        doc_year integer,
        doc_sequence integer,
        doc_number_manual boolean NOT NULL DEFAULT false,
        print_quantity integer,
        copy_number_from text,
        copy_number_to text,
        printed_securely boolean,
        printed_at timestamptz,
        printed_by text,
        seal_use_id uuid,
        sealed_at timestamptz,
        disclosure text CHECK (disclosure IN ('proactive', 'on_request', 'not_public')),
        non_disclosure_reason text,
        issued_at timestamptz,
        issued_by text,
        corrects_document_id uuid REFERENCES "${s}".outgoing_document (id),
        correction_reason text,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        countersign_sections text[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS},
        CHECK (disclosure IS DISTINCT FROM 'not_public' OR non_disclosure_reason IS NOT NULL)
      )`);
    // 发文字号 is unique across the office; the allocator keeps it gap-free per 代字 per year.
    await runner.query(`CREATE UNIQUE INDEX outgoing_document_doc_number_idx ON "${s}".outgoing_document (doc_number) WHERE doc_number IS NOT NULL`);
    await runner.query(`CREATE INDEX outgoing_document_status_idx ON "${s}".outgoing_document (status, updated_at DESC)`);
    await runner.query(`CREATE INDEX outgoing_document_agency_year_idx ON "${s}".outgoing_document (agency_code, doc_year)`);
    await runner.query(`CREATE INDEX outgoing_document_updated_idx ON "${s}".outgoing_document (updated_at DESC, id)`);
    await runner.query(`CREATE INDEX outgoing_document_units_idx ON "${s}".outgoing_document USING gin (unit_ids)`);
    await runner.query(`CREATE INDEX outgoing_document_users_idx ON "${s}".outgoing_document USING gin (user_ids)`);
    await runner.query(`CREATE INDEX outgoing_document_corrects_idx ON "${s}".outgoing_document (corrects_document_id) WHERE corrects_document_id IS NOT NULL`);
    // Second line behind the service: once issued, the content of the record is frozen.
    await runner.query(`
      CREATE FUNCTION "${s}".outgoing_issued_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'issued' AND (
          ROW(NEW.status, NEW.agency_code, NEW.issuing_body, NEW.doc_type, NEW.title, NEW.main_recipients, NEW.copy_recipients, NEW.secrecy_level,
              NEW.secrecy_period, NEW.copy_number, NEW.urgency, NEW.body_version_no, NEW.body_sha256, NEW.signer_name, NEW.signed_at, NEW.written_date,
              NEW.doc_number, NEW.print_quantity, NEW.copy_number_from, NEW.copy_number_to, NEW.seal_use_id, NEW.disclosure, NEW.non_disclosure_reason,
              NEW.issued_at, NEW.corrects_document_id)
          IS DISTINCT FROM
          ROW(OLD.status, OLD.agency_code, OLD.issuing_body, OLD.doc_type, OLD.title, OLD.main_recipients, OLD.copy_recipients, OLD.secrecy_level,
              OLD.secrecy_period, OLD.copy_number, OLD.urgency, OLD.body_version_no, OLD.body_sha256, OLD.signer_name, OLD.signed_at, OLD.written_date,
              OLD.doc_number, OLD.print_quantity, OLD.copy_number_from, OLD.copy_number_to, OLD.seal_use_id, OLD.disclosure, OLD.non_disclosure_reason,
              OLD.issued_at, OLD.corrects_document_id)
        ) THEN
          RAISE EXCEPTION 'outgoing_document % is issued: its content is immutable', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER outgoing_document_issued_frozen BEFORE UPDATE ON "${s}".outgoing_document FOR EACH ROW EXECUTE PROCEDURE "${s}".outgoing_issued_frozen()`);
    await runner.query(`CREATE TRIGGER outgoing_document_no_delete BEFORE DELETE ON "${s}".outgoing_document FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);

    await runner.query(`
      CREATE TABLE "${s}".outgoing_review (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES "${s}".outgoing_document (id),
        body_version_no integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('passed', 'failed')),
        findings jsonb NOT NULL,
        comment text,
        reviewed_by_user_id uuid NOT NULL,
        reviewed_by text NOT NULL,
        reviewed_by_name text NOT NULL,
        reviewed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX outgoing_review_document_idx ON "${s}".outgoing_review (document_id, reviewed_at DESC)`);
    await runner.query(`CREATE TRIGGER outgoing_review_append_only BEFORE UPDATE OR DELETE ON "${s}".outgoing_review FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);

    await runner.query(`
      CREATE TABLE "${s}".outgoing_countersign (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES "${s}".outgoing_document (id),
        round integer NOT NULL,
        party_kind text NOT NULL CHECK (party_kind IN ('unit', 'section')),
        unit_id uuid,
        section_code text,
        party_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'agreed', 'disagreed', 'superseded')),
        opinion text,
        signed_by_user_id uuid,
        signed_by text,
        signed_by_name text,
        signed_at timestamptz,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        CHECK ((party_kind = 'unit') = (unit_id IS NOT NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX outgoing_countersign_party_idx ON "${s}".outgoing_countersign (document_id, round, party_kind, COALESCE(unit_id::text, section_code))`);

    await runner.query(`
      CREATE TABLE "${s}".outgoing_distribution (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES "${s}".outgoing_document (id),
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('main', 'copy')),
        distributed_at timestamptz NOT NULL,
        received_at timestamptz,
        received_by text,
        received_by_name text,
        UNIQUE (document_id, unit_id)
      )`);
    await runner.query(`CREATE INDEX outgoing_distribution_unit_idx ON "${s}".outgoing_distribution (unit_id, distributed_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".seal (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        keeper_name text NOT NULL,
        keeper_user_id uuid,
        status text NOT NULL CHECK (status IN ('active', 'retired')),
        retired_reason text,
        retired_by text,
        retired_at timestamptz,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE UNIQUE INDEX seal_active_name_idx ON "${s}".seal (name, kind) WHERE status = 'active'`);
    await runner.query(`CREATE TRIGGER seal_no_delete BEFORE DELETE ON "${s}".seal FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    await runner.query(`
      CREATE TABLE "${s}".seal_request (
        id uuid PRIMARY KEY,
        seal_id uuid NOT NULL REFERENCES "${s}".seal (id),
        purpose text NOT NULL,
        document_kind text,
        document_id uuid,
        document_title text,
        copies integer NOT NULL CHECK (copies >= 1),
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'used')),
        requested_by_user_id uuid NOT NULL,
        requested_by text NOT NULL,
        requested_by_name text NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_by text,
        decided_by_name text,
        decided_at timestamptz,
        decision_reason text,
        ${VISIBILITY_COLUMNS},
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX seal_request_status_idx ON "${s}".seal_request (status, updated_at DESC)`);
    await runner.query(`CREATE INDEX seal_request_seal_idx ON "${s}".seal_request (seal_id, updated_at DESC)`);
    await runner.query(`CREATE INDEX seal_request_users_idx ON "${s}".seal_request USING gin (user_ids)`);
    await runner.query(`CREATE TRIGGER seal_request_no_delete BEFORE DELETE ON "${s}".seal_request FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    await runner.query(`
      CREATE TABLE "${s}".seal_use (
        id uuid PRIMARY KEY,
        request_id uuid NOT NULL UNIQUE REFERENCES "${s}".seal_request (id),
        seal_id uuid NOT NULL REFERENCES "${s}".seal (id),
        impressions integer NOT NULL CHECK (impressions >= 1),
        applied_by_user_id uuid NOT NULL,
        applied_by text NOT NULL,
        applied_by_name text NOT NULL,
        applied_at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX seal_use_seal_idx ON "${s}".seal_use (seal_id, applied_at DESC)`);
    await runner.query(`CREATE INDEX seal_use_applied_idx ON "${s}".seal_use (applied_at DESC, id)`);
    await runner.query(`CREATE TRIGGER seal_use_append_only BEFORE UPDATE OR DELETE ON "${s}".seal_use FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['seal_use', 'seal_request', 'seal', 'outgoing_distribution', 'outgoing_countersign', 'outgoing_review', 'outgoing_document', 'outgoing_agency_code_version', 'outgoing_agency_code']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
    await runner.query(`DROP FUNCTION "${s}".outgoing_issued_frozen()`);
  }
}
