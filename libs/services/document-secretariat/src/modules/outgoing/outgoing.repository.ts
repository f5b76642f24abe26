import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type {
  CountersignStatus,
  DisclosureType,
  FileRefView,
  FindingView,
  ListOutgoing,
  OutgoingStatus,
  RecipientView,
  RoutingBasisView,
} from '@gov/contracts-document-secretariat';
import { Conditions, DATA_SOURCE, SCHEMA, selectPage } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { visibilitySql } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface AgencyCodeRow extends AuditColumns {
  code: string;
  issuing_body: string;
  body_names: string[];
  signer_roles: string[];
  signer_user_ids: string[];
  effective_from: string;
  source: string;
  status: 'active' | 'retired';
}

export interface OutgoingRow extends AuditColumns {
  id: string;
  status: OutgoingStatus;
  agency_code: string;
  issuing_body: string;
  doc_type: string;
  title: string;
  main_recipients: RecipientView[];
  copy_recipients: RecipientView[];
  secrecy_level: number;
  secrecy_period: string | null;
  copy_number: string | null;
  urgency: string;
  proposed_signer_name: string | null;
  drafted_by_user_id: string;
  drafted_by: string;
  drafted_by_name: string;
  drafting_section: string | null;
  body_version_no: number;
  body_sha256: string;
  signed_by_user_id: string | null;
  signed_by: string | null;
  signer_name: string | null;
  signer_title: string | null;
  sign_opinion: string | null;
  signed_at: Date | null;
  written_date: string | null;
  agency_code_version: number | null;
  doc_number: string | null;
  doc_year: number | null;
  doc_sequence: number | null;
  doc_number_manual: boolean;
  print_quantity: number | null;
  copy_number_from: string | null;
  copy_number_to: string | null;
  printed_securely: boolean | null;
  printed_at: Date | null;
  printed_by: string | null;
  seal_use_id: string | null;
  sealed_at: Date | null;
  disclosure: DisclosureType | null;
  non_disclosure_reason: string | null;
  issued_at: Date | null;
  issued_by: string | null;
  corrects_document_id: string | null;
  correction_reason: string | null;
  unit_ids: string[];
  user_ids: string[];
  countersign_sections: string[];
  /** 行文依据 (越级理由, 转报, 领导交办, 政府授权, 联合行文). */
  routing: RoutingBasisView;
}

/** The columns a new 发文 leaves to its later steps (编号, 印制, 用印, 公开属性, 核发): empty whoever registers it. */
export const NOT_YET_NUMBERED = {
  doc_number: null,
  doc_year: null,
  doc_sequence: null,
  doc_number_manual: false,
  print_quantity: null,
  copy_number_from: null,
  copy_number_to: null,
  printed_securely: null,
  printed_at: null,
  printed_by: null,
  seal_use_id: null,
  sealed_at: null,
  disclosure: null,
  non_disclosure_reason: null,
  issued_at: null,
  issued_by: null,
} as const satisfies Partial<OutgoingRow>;

export interface ReviewRow {
  id: string;
  document_id: string;
  body_version_no: number;
  outcome: 'passed' | 'failed';
  findings: FindingView[];
  comment: string | null;
  reviewed_by: string;
  reviewed_by_name: string;
  reviewed_at: Date;
}

export interface CountersignRow {
  id: string;
  document_id: string;
  round: number;
  party_kind: 'unit' | 'section';
  unit_id: string | null;
  section_code: string | null;
  party_name: string;
  status: CountersignStatus;
  opinion: string | null;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  requested_by: string;
  requested_at: Date;
}

export interface DistributionRow {
  id: string;
  document_id: string;
  unit_id: string;
  unit_name: string;
  role: 'main' | 'copy';
  distributed_at: Date;
  received_at: Date | null;
  received_by: string | null;
  received_by_name: string | null;
}

const AGENCY_UPDATABLE = ['issuing_body', 'body_names', 'signer_roles', 'signer_user_ids', 'effective_from', 'source', 'status'] as const;

/** The only place that speaks SQL for outgoing documents and the 机关代字 registry. */
@Injectable()
export class OutgoingRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  // ---- 机关代字 ----

  async agencyCode(code: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AgencyCodeRow | null> {
    const [row] = await manager.query(
      `SELECT *, effective_from::text AS effective_from FROM ${this.t('outgoing_agency_code')} WHERE code = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [code],
    );
    return row ?? null;
  }

  async agencyCodes(): Promise<AgencyCodeRow[]> {
    return this.dataSource.query(`SELECT *, effective_from::text AS effective_from FROM ${this.t('outgoing_agency_code')} ORDER BY code`);
  }

  async saveAgencyCode(row: AgencyCodeRow, manager: EntityManager): Promise<void> {
    const sets = AGENCY_UPDATABLE.map((column, i) => `${column} = $${i + 2}`).join(', ');
    const values = AGENCY_UPDATABLE.map((column) => row[column]);
    await manager.query(
      `UPDATE ${this.t('outgoing_agency_code')} SET ${sets}, version = $${values.length + 2}, updated_at = $${values.length + 3}, updated_by = $${values.length + 4} WHERE code = $1`,
      [row.code, ...values, row.version, row.updated_at, row.updated_by],
    );
    const { created_at: _c, updated_at: _u, ...snapshot } = row;
    await manager.query(
      `INSERT INTO ${this.t('outgoing_agency_code_version')} (code, version, snapshot, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5)`,
      [row.code, row.version, JSON.stringify(snapshot), row.updated_by, row.updated_at],
    );
  }

  // ---- documents ----

  async insert(row: OutgoingRow, manager: EntityManager): Promise<void> {
    const columns = Object.keys(row) as (keyof OutgoingRow)[];
    await manager.query(
      `INSERT INTO ${this.t('outgoing_document')} (${columns.join(', ')}) VALUES (${columns.map((c, i) => `$${i + 1}${castOf(c)}`).join(', ')})`,
      columns.map((c) => serialize(c, row[c])),
    );
  }

  async findForUpdate(id: string, manager: EntityManager): Promise<OutgoingRow | null> {
    const [row] = await manager.query(`SELECT *, written_date::text AS written_date FROM ${this.t('outgoing_document')} WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OutgoingRow | null> {
    const [row] = await manager.query(`SELECT *, written_date::text AS written_date FROM ${this.t('outgoing_document')} WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Writes the changed columns and the next version if nobody wrote since `expectedVersion`; false when somebody did. */
  async update(id: string, expectedVersion: number, changes: Partial<OutgoingRow>, manager: EntityManager): Promise<boolean> {
    const columns = Object.keys(changes) as (keyof OutgoingRow)[];
    const sets = columns.map((c, i) => `${c} = $${i + 3}${castOf(c)}`).join(', ');
    const [, affected] = await manager.query(
      `UPDATE ${this.t('outgoing_document')} SET ${sets} WHERE id = $1 AND version = $2`,
      [id, expectedVersion, ...columns.map((c) => serialize(c, changes[c]))],
    );
    return affected === 1;
  }

  async docNumberTaken(docNumber: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM ${this.t('outgoing_document')} WHERE doc_number = $1`, [docNumber]);
    return !!row;
  }

  async correctionsOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<Pick<OutgoingRow, 'id' | 'title' | 'status' | 'doc_number'>[]> {
    return manager.query(`SELECT id, title, status, doc_number FROM ${this.t('outgoing_document')} WHERE corrects_document_id = $1 ORDER BY created_at`, [id]);
  }

  /** Where the document came from when another section handed it over signed (issue 16), or null. */
  async originOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<{ origin_kind: string; origin_id: string; origin_label: string } | null> {
    const [row] = await manager.query(`SELECT origin_kind, origin_id, origin_label FROM ${this.t('outgoing_origin')} WHERE document_id = $1`, [id]);
    return row ?? null;
  }

  async attachments(id: string, manager: EntityManager = this.dataSource.manager): Promise<FileRefView[]> {
    const rows: { id: string; sha256: string; filename: string; size: number }[] = await manager.query(
      `SELECT f.id, f.sha256, f.filename, f.size FROM ${this.t('record_file')} rf JOIN ${this.t('stored_file')} f ON f.id = rf.file_id
        WHERE rf.record_kind = 'outgoing' AND rf.record_id = $1 AND rf.role = 'attachment' ORDER BY rf.linked_at, f.filename`,
      [id],
    );
    return rows.map((r) => ({ fileId: r.id, sha256: r.sha256.trim(), filename: r.filename, size: r.size }));
  }

  /** Lists what the caller may see: the clearance rule in SQL, plus the sections asked to countersign. */
  async search(query: ListOutgoing.Request & { limit: number; offset: number }, caller: CallerContext): Promise<{ items: OutgoingRow[]; total: number }> {
    const visibility = visibilitySql(caller, 1);
    // $1 is the caller's clearance in every form of the visibility rule.
    const visible =
      caller.sectionCode && !caller.unitId
        ? {
            sql: `(${visibility.sql} OR (secrecy_level <= $1 AND countersign_sections @> ARRAY[$${visibility.params.length + 1}]::text[]))`,
            params: [...visibility.params, caller.sectionCode],
          }
        : visibility;
    const where = new Conditions(visible)
      .when(query.status, 'status = ?')
      .when(query.agencyCode, 'agency_code = ?')
      .when(query.docType, 'doc_type = ?')
      .when(query.year, 'COALESCE(doc_year, EXTRACT(YEAR FROM created_at)::int) = ?')
      .search(query.q, 'title', 'doc_number');
    return selectPage<OutgoingRow>(this.dataSource, {
      columns: '*, written_date::text AS written_date',
      from: this.t('outgoing_document'),
      where,
      orderBy: 'updated_at DESC, id',
      limit: query.limit,
      offset: query.offset,
    });
  }

  // ---- 核稿 ----

  async insertReview(row: ReviewRow & { reviewed_by_user_id: string }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('outgoing_review')} (id, document_id, body_version_no, outcome, findings, comment, reviewed_by_user_id, reviewed_by, reviewed_by_name, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.id, row.document_id, row.body_version_no, row.outcome, JSON.stringify(row.findings), row.comment, row.reviewed_by_user_id, row.reviewed_by, row.reviewed_by_name, row.reviewed_at],
    );
  }

  async latestReview(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('outgoing_review')} WHERE document_id = $1 ORDER BY reviewed_at DESC, id DESC LIMIT 1`, [documentId]);
    return row ?? null;
  }

  // ---- 会签 ----

  async countersigns(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<CountersignRow[]> {
    return manager.query(`SELECT * FROM ${this.t('outgoing_countersign')} WHERE document_id = $1 ORDER BY round, requested_at, party_name`, [documentId]);
  }

  async insertCountersign(row: CountersignRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('outgoing_countersign')} (id, document_id, round, party_kind, unit_id, section_code, party_name, status, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.id, row.document_id, row.round, row.party_kind, row.unit_id, row.section_code, row.party_name, row.status, row.requested_by, row.requested_at],
    );
  }

  async recordCountersign(id: string, status: CountersignStatus, opinion: string | null, caller: CallerContext, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('outgoing_countersign')} SET status = $2, opinion = $3, signed_by_user_id = $4, signed_by = $5, signed_by_name = $6, signed_at = $7 WHERE id = $1 AND status = 'pending'`,
      [id, status, opinion, caller.userId, caller.username, caller.displayName, at],
    );
  }

  async supersedePending(documentId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('outgoing_countersign')} SET status = 'superseded' WHERE document_id = $1 AND status = 'pending'`, [documentId]);
  }

  // ---- 核发 and read receipts ----

  async insertDistribution(rows: DistributionRow[], manager: EntityManager): Promise<void> {
    for (const row of rows) {
      await manager.query(
        `INSERT INTO ${this.t('outgoing_distribution')} (id, document_id, unit_id, unit_name, role, distributed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (document_id, unit_id) DO NOTHING`,
        [row.id, row.document_id, row.unit_id, row.unit_name, row.role, row.distributed_at],
      );
    }
  }

  async distribution(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<DistributionRow[]> {
    return manager.query(`SELECT * FROM ${this.t('outgoing_distribution')} WHERE document_id = $1 ORDER BY role DESC, unit_name`, [documentId]);
  }

  /** Marks the unit's copy as received (first receipt wins); returns the row. */
  async receive(documentId: string, unitId: string, caller: CallerContext, manager: EntityManager): Promise<{ row: DistributionRow | null; first: boolean }> {
    const [updatedRows]: [DistributionRow[], number] = await manager.query(
      `UPDATE ${this.t('outgoing_distribution')} SET received_at = now(), received_by = $3, received_by_name = $4
        WHERE document_id = $1 AND unit_id = $2 AND received_at IS NULL RETURNING *`,
      [documentId, unitId, caller.username, caller.displayName],
    );
    const updated = updatedRows[0];
    if (updated) return { row: updated, first: true };
    const [existing] = await manager.query(`SELECT * FROM ${this.t('outgoing_distribution')} WHERE document_id = $1 AND unit_id = $2`, [documentId, unitId]);
    return { row: existing ?? null, first: false };
  }
}

const JSON_COLUMNS: readonly string[] = ['main_recipients', 'copy_recipients', 'routing'];

function castOf(column: string): string {
  if (JSON_COLUMNS.includes(column)) return '::jsonb';
  if (column === 'unit_ids' || column === 'user_ids') return '::uuid[]';
  if (column === 'countersign_sections') return '::text[]';
  return '';
}

function serialize(column: string, value: unknown): unknown {
  if (JSON_COLUMNS.includes(column)) return JSON.stringify(value);
  return value;
}
