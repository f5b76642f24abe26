import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { AgreementRecommendation, AgreementStatus, FileRefView } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, updatedCount, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface ReviewRow extends AuditColumns {
  id: string;
  title: string;
  counterparty: string;
  submitting_unit_id: string;
  submitting_unit_name: string;
  amount: string | null;
  body: FileRefView;
  secrecy_level: number;
  secrecy_period: string | null;
  copy_number: string | null;
  submitted_on: string;
  due_date: string | null;
  provisional: boolean;
  due_explanation: string[];
  rule_id: string;
  status: AgreementStatus;
  conclusion: AgreementRecommendation | null;
  conclusion_note: string | null;
  concluded_by: string | null;
  concluded_at: Date | null;
  withdraw_reason: string | null;
  unit_ids: string[];
  user_ids: string[];
}

/** One reviewer's opinion on an agreement, numbered in order. */
export interface OpinionRow {
  seq: number;
  legal_issues: string[];
  recommendation: AgreementRecommendation;
  comment: string | null;
  reviewer_name: string;
  reviewer_username: string;
  at: Date;
}

const COLUMNS = `id, title, counterparty, submitting_unit_id, submitting_unit_name, amount::text AS amount, body, secrecy_level, secrecy_period, copy_number,
  to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(due_date, 'YYYY-MM-DD') AS due_date, provisional, due_explanation, rule_id, status, conclusion,
  conclusion_note, concluded_by, concluded_at, withdraw_reason, unit_ids, user_ids, version, created_by, created_at, updated_by, updated_at`;

/** The only place that speaks SQL for 合作协议审核 and its opinions. */
@Injectable()
export class AgreementsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** One review by id (locked for the caller's transaction when asked); null when there is none. */
  async find(id: string, db: Queryable = this.dataSource, lock = false): Promise<ReviewRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM ${this.t('agreement_review')} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])) as ReviewRow[];
    return row ?? null;
  }

  async insert(db: Queryable, row: ReviewRow): Promise<void> {
    await db.query(
      `INSERT INTO ${this.t('agreement_review')} (id, title, counterparty, submitting_unit_id, submitting_unit_name, amount, body, secrecy_level, secrecy_period, copy_number,
         submitted_on, due_date, provisional, due_explanation, rule_id, status, unit_ids, user_ids, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'submitted', $16::uuid[], $17::uuid[], 1, $18, $19, $18, $19)`,
      [
        row.id,
        row.title,
        row.counterparty,
        row.submitting_unit_id,
        row.submitting_unit_name,
        row.amount,
        JSON.stringify(row.body),
        row.secrecy_level,
        row.secrecy_period,
        row.copy_number,
        row.submitted_on,
        row.due_date,
        row.provisional,
        JSON.stringify(row.due_explanation),
        row.rule_id,
        row.unit_ids,
        row.user_ids,
        row.created_by,
        row.created_at,
      ],
    );
  }

  /** The reviews the caller may see, newest first. */
  search(query: { status?: AgreementStatus; unitId?: string; q?: string; limit: number; offset: number }, caller: CallerContext): Promise<Paged<ReviewRow>> {
    const where = visibleTo(caller).when(query.status, 'status = ?').when(query.unitId, 'submitting_unit_id = ?').search(query.q, 'title', 'counterparty');
    return selectPage<ReviewRow>(this.dataSource, { columns: COLUMNS, from: this.t('agreement_review'), where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset });
  }

  /** Saves the outcome fields with the next version if nobody saved one since `expectedVersion`. */
  async saveIfVersion(db: Queryable, next: ReviewRow, expectedVersion: number): Promise<boolean> {
    const result = await db.query(
      `UPDATE ${this.t('agreement_review')} SET status = $3, conclusion = $4, conclusion_note = $5, concluded_by = $6, concluded_at = $7, withdraw_reason = $8,
         version = $2 + 1, updated_by = $9, updated_at = $10 WHERE id = $1 AND version = $2`,
      [next.id, expectedVersion, next.status, next.conclusion, next.conclusion_note, next.concluded_by, next.concluded_at, next.withdraw_reason, next.updated_by, next.updated_at],
    );
    return updatedCount(result) === 1;
  }

  opinions(reviewId: string, db: Queryable = this.dataSource): Promise<OpinionRow[]> {
    return db.query(`SELECT seq, legal_issues, recommendation, comment, reviewer_name, reviewer_username, at FROM ${this.t('agreement_opinion')} WHERE review_id = $1 ORDER BY seq`, [
      reviewId,
    ]) as Promise<OpinionRow[]>;
  }

  async insertOpinion(
    db: Queryable,
    opinion: Omit<OpinionRow, 'at'> & { id: string; review_id: string; reviewer_user_id: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO ${this.t('agreement_opinion')} (id, review_id, seq, legal_issues, recommendation, comment, reviewer_user_id, reviewer_username, reviewer_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        opinion.id,
        opinion.review_id,
        opinion.seq,
        JSON.stringify(opinion.legal_issues),
        opinion.recommendation,
        opinion.comment,
        opinion.reviewer_user_id,
        opinion.reviewer_username,
        opinion.reviewer_name,
      ],
    );
  }
}
