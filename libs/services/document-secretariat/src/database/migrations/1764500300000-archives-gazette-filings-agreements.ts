import { migrationSchema, RECORD_COLUMNS, VISIBILITY_COLUMNS } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 立卷归档 (items, the gap-free 件号 counter, hand-overs), 政府公报 (issues numbered per year, their contents), 报备 and
 * 合作协议审核, and the local rules they are decided under (effective date and source, a new row per change). Nothing is
 * ever deleted: items are voided, drafts cancelled, entries removed with a reason, and every step is on the timeline.
 */
export class ArchivesGazetteFilingsAgreements1764500300000 implements MigrationInterface {
  name = 'ArchivesGazetteFilingsAgreements1764500300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".archive_legal_rule (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        value jsonb NOT NULL,
        effective_from date NOT NULL,
        source text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE UNIQUE INDEX archive_legal_rule_code_from_idx ON "${s}".archive_legal_rule (code, effective_from, created_at)`);
    const seed: [string, string, object, string][] = [
      ['6f1b2a40-0000-4000-8000-000000000001', 'archives.fonds', { fondsCode: 'J001', categoryCode: 'WS' }, '全宗号由区档案馆编定（DA/T 22—2015《归档文件整理规则》，档号结构）；J001 为初始值，请按档案馆分配的全宗号修改；WS = 文书'],
      [
        '6f1b2a40-0000-4000-8000-000000000002',
        'archives.organizations',
        {
          organizations: [
            { code: 'WMK', name: '文秘科' },
            { code: 'ZHK', name: '综合科' },
            { code: 'MSYK', name: '秘书一科' },
            { code: 'MSEK', name: '秘书二科' },
            { code: 'DCS', name: '督查室' },
          ],
        },
        '本办机构（问题）代码（DA/T 22—2015：机构（问题）代码为档号的可选项，由立档单位编制；本地配置）',
      ],
      ['6f1b2a40-0000-4000-8000-000000000003', 'filings.period', { amount: 30, unit: 'calendar_days' }, '《法规规章备案条例》（国务院令第337号）第三条：自公布之日起30日内报送备案；规范性文件按省、市现行备案规定执行（本地配置）'],
      ['6f1b2a40-0000-4000-8000-000000000004', 'agreements.review_period', { amount: 5, unit: 'working_days' }, '区政府办公室合作协议审核工作规则（本地配置，默认 5 个工作日）'],
    ];
    for (const [id, code, value, source] of seed) {
      await runner.query(
        `INSERT INTO "${s}".archive_legal_rule (id, code, value, effective_from, source, created_by, created_at) VALUES ($1, $2, $3, '2020-01-01', $4, 'system', now())`,
        [id, code, JSON.stringify(value), source],
      );
    }

    // ---- 立卷归档 ----
    await runner.query(`
      CREATE TABLE "${s}".archive_item_sequence (
        fonds_code text NOT NULL,
        category_code text NOT NULL,
        year integer NOT NULL,
        retention text NOT NULL,
        organization_code text NOT NULL,
        last_number integer NOT NULL CHECK (last_number BETWEEN 1 AND 9999),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fonds_code, category_code, year, retention, organization_code)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".archive_item (
        id uuid PRIMARY KEY,
        archive_code text NOT NULL,
        fonds_code text NOT NULL,
        category_code text NOT NULL,
        year integer NOT NULL,
        retention text NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
        organization_code text NOT NULL,
        item_number integer NOT NULL CHECK (item_number BETWEEN 1 AND 9999),
        source_kind text NOT NULL CHECK (source_kind IN ('incoming', 'outgoing')),
        source_id uuid NOT NULL,
        doc_number text,
        title text NOT NULL,
        responsible text NOT NULL,
        document_date date NOT NULL,
        pages integer NOT NULL CHECK (pages >= 1),
        matter text,
        remark text,
        parts jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('filed', 'handed_over', 'voided')),
        void_reason text,
        voided_by text,
        handover_id uuid,
        rule_id uuid NOT NULL REFERENCES "${s}".archive_legal_rule (id),
        ${VISIBILITY_COLUMNS},
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE UNIQUE INDEX archive_item_code_idx ON "${s}".archive_item (fonds_code, category_code, year, retention, organization_code, item_number)`);
    // The same document is filed once; a voided item frees its document (not its 件号).
    await runner.query(`CREATE UNIQUE INDEX archive_item_source_idx ON "${s}".archive_item (source_kind, source_id) WHERE status <> 'voided'`);
    await runner.query(`CREATE INDEX archive_item_class_idx ON "${s}".archive_item (year, retention, organization_code, item_number)`);
    await runner.query(`CREATE INDEX archive_item_status_idx ON "${s}".archive_item (status)`);
    await runner.query(`
      CREATE TABLE "${s}".archive_handover (
        id uuid PRIMARY KEY,
        from_party text NOT NULL,
        to_party text NOT NULL,
        handed_over_on date NOT NULL,
        receiver_name text NOT NULL,
        receiver_signature jsonb NOT NULL,
        item_count integer NOT NULL CHECK (item_count >= 1),
        note text,
        ${VISIBILITY_COLUMNS},
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX archive_handover_date_idx ON "${s}".archive_handover (handed_over_on DESC, id)`);
    await runner.query(`
      CREATE TABLE "${s}".archive_handover_item (
        handover_id uuid NOT NULL REFERENCES "${s}".archive_handover (id),
        item_id uuid NOT NULL REFERENCES "${s}".archive_item (id),
        position integer NOT NULL,
        PRIMARY KEY (handover_id, item_id)
      )`);
    await runner.query(`CREATE UNIQUE INDEX archive_handover_item_once_idx ON "${s}".archive_handover_item (item_id)`);

    // ---- 政府公报 ----
    await runner.query(`
      CREATE TABLE "${s}".gazette_issue_sequence (
        year integer PRIMARY KEY,
        last_number integer NOT NULL CHECK (last_number >= 1),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE "${s}".gazette_issue (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        issue_number integer,
        note text,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
        published_on date,
        published_by text,
        cancel_reason text,
        secrecy_level smallint NOT NULL DEFAULT 0 CHECK (secrecy_level = 0),
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS},
        CHECK ((status = 'published') = (issue_number IS NOT NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX gazette_issue_number_idx ON "${s}".gazette_issue (year, issue_number) WHERE issue_number IS NOT NULL`);
    await runner.query(`CREATE INDEX gazette_issue_list_idx ON "${s}".gazette_issue (year DESC, status, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".gazette_entry (
        id uuid PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES "${s}".gazette_issue (id),
        document_id uuid NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        doc_number text NOT NULL,
        body jsonb NOT NULL,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL,
        removed_by text,
        removed_at timestamptz,
        removed_reason text
      )`);
    // No reprints: a document is in at most one (draft or published) issue.
    await runner.query(`CREATE UNIQUE INDEX gazette_entry_document_idx ON "${s}".gazette_entry (document_id) WHERE removed_at IS NULL`);
    await runner.query(`CREATE INDEX gazette_entry_issue_idx ON "${s}".gazette_entry (issue_id, position)`);

    // ---- 报备 ----
    await runner.query(`
      CREATE TABLE "${s}".filing (
        id uuid PRIMARY KEY,
        document_id uuid NOT NULL,
        title text NOT NULL,
        doc_number text NOT NULL,
        recipient text NOT NULL,
        recipient_name text NOT NULL,
        publication_date date NOT NULL,
        due_date date,
        provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        rule_id uuid NOT NULL REFERENCES "${s}".archive_legal_rule (id),
        status text NOT NULL CHECK (status IN ('pending', 'submitted', 'accepted', 'returned', 'withdrawn')),
        submitted_on date,
        filing_reference text,
        last_reason text,
        ${VISIBILITY_COLUMNS},
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE UNIQUE INDEX filing_document_recipient_idx ON "${s}".filing (document_id, recipient, recipient_name) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX filing_status_due_idx ON "${s}".filing (status, due_date)`);

    // ---- 合作协议审核 ----
    await runner.query(`
      CREATE TABLE "${s}".agreement_review (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        counterparty text NOT NULL,
        submitting_unit_id uuid NOT NULL,
        submitting_unit_name text NOT NULL,
        amount numeric(15, 2),
        body jsonb NOT NULL,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        secrecy_period text,
        copy_number text,
        submitted_on date NOT NULL,
        due_date date,
        provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        rule_id uuid NOT NULL REFERENCES "${s}".archive_legal_rule (id),
        status text NOT NULL CHECK (status IN ('submitted', 'in_review', 'concluded', 'withdrawn')),
        conclusion text CHECK (conclusion IN ('approve', 'approve_with_changes', 'reject')),
        conclusion_note text,
        concluded_by text,
        concluded_at timestamptz,
        withdraw_reason text,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX agreement_review_status_idx ON "${s}".agreement_review (status, due_date)`);
    await runner.query(`CREATE INDEX agreement_review_unit_idx ON "${s}".agreement_review (submitting_unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX agreement_review_units_idx ON "${s}".agreement_review USING gin (unit_ids)`);
    await runner.query(`
      CREATE TABLE "${s}".agreement_opinion (
        id uuid PRIMARY KEY,
        review_id uuid NOT NULL REFERENCES "${s}".agreement_review (id),
        seq integer NOT NULL,
        legal_issues jsonb NOT NULL,
        recommendation text NOT NULL CHECK (recommendation IN ('approve', 'approve_with_changes', 'reject')),
        comment text,
        reviewer_user_id uuid NOT NULL,
        reviewer_username text NOT NULL,
        reviewer_name text NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (review_id, seq)
      )`);
    // Rules, hand-overs and review opinions are evidence: never changed or removed.
    for (const table of ['archive_legal_rule', 'archive_handover_item', 'agreement_opinion']) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${s}".${table} FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of [
      'agreement_opinion',
      'agreement_review',
      'filing',
      'gazette_entry',
      'gazette_issue',
      'gazette_issue_sequence',
      'archive_handover_item',
      'archive_handover',
      'archive_item',
      'archive_item_sequence',
      'archive_legal_rule',
    ]) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
