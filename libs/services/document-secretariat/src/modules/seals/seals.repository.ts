import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { ListSealRequests, SealKind, SealRequestStatus, SealStatus } from '@gov/contracts-document-secretariat';
import { Conditions, DATA_SOURCE, SCHEMA, selectPage, type Paged, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface SealRow extends AuditColumns {
  id: string;
  name: string;
  kind: SealKind;
  keeper_name: string;
  keeper_user_id: string | null;
  status: SealStatus;
  retired_reason: string | null;
  retired_by: string | null;
  retired_at: Date | null;
}

export interface RequestRow extends AuditColumns {
  id: string;
  seal_id: string;
  seal_name?: string;
  purpose: string;
  document_kind: 'outgoing' | null;
  document_id: string | null;
  document_title: string | null;
  copies: number;
  status: SealRequestStatus;
  requested_by_user_id: string;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

export interface UseRow {
  id: string;
  request_id: string;
  seal_id: string;
  seal_name: string;
  impressions: number;
  applied_by: string;
  applied_by_name: string;
  applied_at: Date;
  note: string | null;
  document_id: string | null;
  document_title: string | null;
}

const USE_SELECT = 'u.*, s.name AS seal_name, r.document_id, r.document_title';

/** The only place that speaks SQL for 印鉴: the seals, the use requests and the use log. */
@Injectable()
export class SealsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  private get uses(): string {
    return `${this.t('seal_use')} u JOIN ${this.t('seal_request')} r ON r.id = u.request_id JOIN ${this.t('seal')} s ON s.id = u.seal_id`;
  }

  /** Whether a seal of that name and kind is in use. */
  async activeSealNamed(name: string, kind: SealKind, manager: EntityManager): Promise<boolean> {
    const [same] = (await manager.query(`SELECT 1 FROM ${this.t('seal')} WHERE name = $1 AND kind = $2 AND status = 'active'`, [name, kind])) as unknown[];
    return !!same;
  }

  async insertSeal(row: SealRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('seal')} (id, name, kind, keeper_name, keeper_user_id, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, 'active', 1, $6, $7, $6, $7)`,
      [row.id, row.name, row.kind, row.keeper_name, row.keeper_user_id, row.created_at, row.created_by],
    );
  }

  async retire(next: SealRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('seal')} SET status = 'retired', retired_reason = $2, retired_by = $3, retired_at = $4, version = $5, updated_at = $4, updated_by = $3 WHERE id = $1`,
      [next.id, next.retired_reason, next.retired_by, next.retired_at, next.version],
    );
  }

  /** The seal by id, locked for the transaction when asked; null when there is none. */
  async findSeal(id: string, db: Queryable = this.dataSource, lock = true): Promise<SealRow | null> {
    const [row] = (await db.query(`SELECT * FROM ${this.t('seal')} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])) as SealRow[];
    return row ?? null;
  }

  async searchSeals(status: SealStatus | undefined, page: { limit: number; offset: number }): Promise<Paged<SealRow>> {
    const filters = new Conditions();
    if (status) filters.add('status = ?', status);
    return selectPage<SealRow>(this.dataSource, { columns: '*', from: this.t('seal'), where: filters, orderBy: 'status, name, id', ...page });
  }

  async insertRequest(row: RequestRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('seal_request')} (id, seal_id, purpose, document_kind, document_id, document_title, copies, status, requested_by_user_id, requested_by,
         requested_by_name, requested_at, secrecy_level, unit_ids, user_ids, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $12, '{}', $13::uuid[], 1, $11, $9, $11, $9)`,
      [
        row.id,
        row.seal_id,
        row.purpose,
        row.document_kind,
        row.document_id,
        row.document_title,
        row.copies,
        row.requested_by_user_id,
        row.requested_by,
        row.requested_by_name,
        row.requested_at,
        row.secrecy_level,
        row.user_ids,
      ],
    );
  }

  /** The request with its seal's name, locked (the request only) when asked; null when there is none. */
  async findRequest(id: string, db: Queryable = this.dataSource, lock = false): Promise<RequestRow | null> {
    const [row] = (await db.query(
      `SELECT r.*, s.name AS seal_name FROM ${this.t('seal_request')} r JOIN ${this.t('seal')} s ON s.id = r.seal_id WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    )) as RequestRow[];
    return row ?? null;
  }

  async decide(next: RequestRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('seal_request')} SET status = $2, decided_by = $3, decided_by_name = $4, decided_at = $5, decision_reason = $6, user_ids = $7::uuid[], version = $8,
         updated_at = $5, updated_by = $3 WHERE id = $1`,
      [next.id, next.status, next.decided_by, next.decided_by_name, next.decided_at, next.decision_reason, next.user_ids, next.version],
    );
  }

  async markUsed(next: RequestRow, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('seal_request')} SET status = 'used', user_ids = $2::uuid[], version = $3, updated_at = $4, updated_by = $5 WHERE id = $1`, [
      next.id,
      next.user_ids,
      next.version,
      next.updated_at,
      next.updated_by,
    ]);
  }

  /** Requests the caller is cleared for: every one when `seesAll`, else those they are on. */
  async searchRequests(request: ListSealRequests.Request, caller: CallerContext, seesAll: boolean, page: { limit: number; offset: number }): Promise<Paged<RequestRow>> {
    const filters = new Conditions().add('r.secrecy_level <= ?', caller.clearance);
    if (!seesAll) filters.add('r.user_ids @> ARRAY[?]::uuid[]', caller.userId);
    if (request.status) filters.add('r.status = ?', request.status);
    if (request.sealId) filters.add('r.seal_id = ?', request.sealId);
    filters.search(request.q, 'r.purpose', 'r.document_title');
    return selectPage<RequestRow>(this.dataSource, {
      columns: 'r.*, s.name AS seal_name',
      from: `${this.t('seal_request')} r JOIN ${this.t('seal')} s ON s.id = r.seal_id`,
      where: filters,
      orderBy: 'r.updated_at DESC, r.id',
      ...page,
    });
  }

  async insertUse(use: UseRow, appliedByUserId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('seal_use')} (id, request_id, seal_id, impressions, applied_by_user_id, applied_by, applied_by_name, applied_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [use.id, use.request_id, use.seal_id, use.impressions, appliedByUserId, use.applied_by, use.applied_by_name, use.applied_at, use.note],
    );
  }

  /** The use log as far as the caller is cleared, optionally of one seal. */
  async searchUses(sealId: string | undefined, caller: CallerContext, page: { limit: number; offset: number }): Promise<Paged<UseRow>> {
    const filters = new Conditions().add('r.secrecy_level <= ?', caller.clearance);
    if (sealId) filters.add('u.seal_id = ?', sealId);
    return selectPage<UseRow>(this.dataSource, { columns: USE_SELECT, from: this.uses, where: filters, orderBy: 'u.applied_at DESC, u.id', ...page });
  }

  async useById(id: string, db: Queryable = this.dataSource): Promise<UseRow | null> {
    const [row] = (await db.query(`SELECT ${USE_SELECT} FROM ${this.uses} WHERE u.id = $1`, [id])) as UseRow[];
    return row ?? null;
  }

  async useOfRequest(requestId: string): Promise<UseRow | null> {
    const [row] = (await this.dataSource.query(`SELECT ${USE_SELECT} FROM ${this.uses} WHERE u.request_id = $1`, [requestId])) as UseRow[];
    return row ?? null;
  }
}
