import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ESTABLISHMENT_KIND_LABELS,
  ESTABLISHMENT_LEVEL_LABELS,
  EstablishmentPostChanged,
  EstablishmentPostErrors,
  EstablishmentPostEvents,
  type CreateEstablishmentPost,
  type EstablishmentPostFields,
  type EstablishmentPostView,
  type EstablishmentRevisionView,
  type ListEstablishmentPosts,
  type UpdateEstablishmentPost,
  type WithdrawEstablishmentPost,
} from '@gov/contracts-personnel-finance';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { timelineEntry } from '../../common/timeline.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { canManageEstablishment, canSeeEstablishment } from './establishment-posts.policy.js';
import { EstablishmentPostsRepository, type EstablishmentPostRow } from './establishment-posts.repository.js';
import { canTake, fillOf, reportedFilledRefusal, statusAfter, type EstablishmentPostStep, type Fill, type StaffPlace } from './establishment-posts.rules.js';
import { snapshotOf, toEstablishmentPostView } from './establishment-posts.views.js';

type LineFields = Pick<EstablishmentPostRow, 'unitId' | 'unitName' | 'kind' | 'level' | 'title' | 'postTitles' | 'approvedCount' | 'reportedFilled' | 'basisNumber' | 'basisDate'>;

/**
 * 机构编制: 人事科 registers each unit's posts by 编制类别 and 职数层级 with the count approved and the 批文 it rests on;
 * each change is a new version on its own 批文 (the earlier ones kept); withdrawn with a reason. The office's filled and
 * vacant counts are computed from the staff records, a subordinate unit's from the figure it reports.
 */
@Injectable()
export class EstablishmentPostsService {
  constructor(
    private readonly establishmentPosts: EstablishmentPostsRepository,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateEstablishmentPost.Request, caller: CallerContext): Promise<EstablishmentPostView> {
    if (!canManageEstablishment(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记机构编制');
    const fields = fieldsOf(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: EstablishmentPostRow = {
        id: randomUUID(),
        ...fields,
        revisions: [revisionOf(fields, 1, request.note, caller.username, now)],
        status: 'in_force',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '登记', `核定 ${fields.approvedCount} 名，依据 ${fields.basisNumber}`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.assertSingleLine(created, tx.manager);
      await this.establishmentPosts.insert(created, tx.manager);
      await tx.emit(EstablishmentPostEvents.created, snapshotOf(created), undefined, EstablishmentPostChanged.Event);
      return created;
    });
    return this.view(row);
  }

  /** A change: a new version of the line on its own 批文; the earlier versions stay in `revisions`. */
  update(request: UpdateEstablishmentPost.Request, caller: CallerContext): Promise<EstablishmentPostView> {
    const fields = fieldsOf(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      if (fields.basisNumber === row.basisNumber && fields.approvedCount !== row.approvedCount) {
        throw new DomainError(CommonErrors.validationFailed, '调整核定数须有新的批准文号', [{ field: 'basisNumber', code: 'basis', message: 'basisNumber：调整核定数须填写新的批准文号（依据）' }]);
      }
      const before = row.approvedCount;
      Object.assign(row, fields);
      await this.assertSingleLine(row, manager);
      row.revisions = [...row.revisions, revisionOf(fields, row.version + 1, request.note, caller.username, new Date())];
      row.timeline = [...row.timeline, timelineEntry(caller.username, '调整', `核定 ${before} → ${fields.approvedCount} 名，依据 ${fields.basisNumber}`)];
      return EstablishmentPostEvents.updated;
    });
  }

  withdraw(request: WithdrawEstablishmentPost.Request, caller: CallerContext): Promise<EstablishmentPostView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return EstablishmentPostEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<EstablishmentPostView> {
    if (!canSeeEstablishment(caller)) throw new DomainError(EstablishmentPostErrors.notFound, '机构编制不存在或无权查看');
    const row = await this.establishmentPosts.findById(id);
    if (!row) throw new DomainError(EstablishmentPostErrors.notFound, '机构编制不存在或无权查看');
    return this.view(row);
  }

  async list(request: ListEstablishmentPosts.Request, caller: CallerContext): Promise<ListEstablishmentPosts.Reply> {
    if (!canSeeEstablishment(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看机构编制');
    const page = pageOf(request);
    const { items, total } = await this.establishmentPosts.search({ ...request, ...page });
    const [officeLines, staff] = await Promise.all([this.establishmentPosts.officeLinesInForce(), this.staffPlaces()]);
    return { items: items.map((row) => toEstablishmentPostView(row, fillOf(row, officeLines, staff))), total, ...page };
  }

  /** A line and its current fill, inside the caller's transaction (for the 干部选拔任用's vacancy check); null when unknown. */
  async lineWithFill(id: string, manager: EntityManager): Promise<{ row: EstablishmentPostRow; fill: Fill } | null> {
    const row = await this.establishmentPosts.findById(id, manager, true);
    if (!row) return null;
    const officeLines = await this.establishmentPosts.officeLinesInForce(manager);
    const staff = await this.staffPlaces(manager);
    return { row, fill: fillOf(row, officeLines, staff) };
  }

  private async view(row: EstablishmentPostRow): Promise<EstablishmentPostView> {
    const [officeLines, staff] = await Promise.all([this.establishmentPosts.officeLinesInForce(), this.staffPlaces()]);
    return toEstablishmentPostView(row, fillOf(row, officeLines, staff));
  }

  /** The office's active staff, by 人员类别 and 职务 only (no personal data is read). */
  private async staffPlaces(manager?: EntityManager): Promise<StaffPlace[]> {
    return (await this.staff.active(manager)).map((s) => ({ category: s.category, postTitle: s.postTitle }));
  }

  /** One line per unit, kind, level and post among those in force. */
  private async assertSingleLine(row: EstablishmentPostRow, manager: EntityManager): Promise<void> {
    if (row.status !== 'in_force' || !(await this.establishmentPosts.sameLineInForce(row, manager))) return;
    throw new DomainError(
      EstablishmentPostErrors.duplicate,
      `${row.unitName}已有${ESTABLISHMENT_KIND_LABELS[row.kind]}${ESTABLISHMENT_LEVEL_LABELS[row.level]}“${row.title}”的编制，请在原记录上调整`,
    );
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: EstablishmentPostStep,
    change: (row: EstablishmentPostRow, manager: EntityManager) => string | Promise<string>,
  ): Promise<EstablishmentPostView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeEstablishment(caller)) throw new DomainError(EstablishmentPostErrors.notFound, '机构编制不存在或无权查看');
      const current = await this.establishmentPosts.findById(id, tx.manager, true);
      if (!current) throw new DomainError(EstablishmentPostErrors.notFound, '机构编制不存在或无权查看');
      if (!canManageEstablishment(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理机构编制');
      if (current.version !== expectedVersion) {
        throw new DomainError(EstablishmentPostErrors.versionConflict, `机构编制已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(EstablishmentPostErrors.invalidState, '机构编制已撤回，不能再办理');
      const next: EstablishmentPostRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.establishmentPosts.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(EstablishmentPostErrors.versionConflict, '机构编制已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, EstablishmentPostChanged.Event);
      return next;
    });
    return this.view(row);
  }
}

function fieldsOf(request: EstablishmentPostFields): LineFields {
  const unitId = request.unitId ?? null;
  const refusal = reportedFilledRefusal(unitId, request.reportedFilled);
  if (refusal) throw new DomainError(CommonErrors.validationFailed, '本办的实有人数由工作人员名册计算', [{ field: 'reportedFilled', code: 'computed', message: refusal }]);
  return {
    unitId,
    unitName: request.unitName.trim(),
    kind: request.kind,
    level: request.level,
    title: request.title.trim(),
    postTitles: [...new Set(request.postTitles.map((t) => t.trim()))],
    approvedCount: request.approvedCount,
    reportedFilled: request.reportedFilled ?? null,
    basisNumber: request.basisNumber.trim(),
    basisDate: request.basisDate,
  };
}

function revisionOf(fields: LineFields, version: number, note: string | undefined, by: string, at: Date): EstablishmentRevisionView {
  return { version, kind: fields.kind, level: fields.level, approvedCount: fields.approvedCount, basisNumber: fields.basisNumber, basisDate: fields.basisDate, note: note?.trim() || null, by, at: at.toISOString() };
}
