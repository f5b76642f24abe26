import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DATA_RESOURCE_STATUS_LABELS,
  DataResourceChanged,
  DataResourceErrors,
  DataResourceEvents,
  SHARING_TYPE_LABELS,
  SHARING_TYPES,
  type CreateDataResource,
  type DataResourceCatalogue,
  type DataResourceDetail,
  type DataResourceFields,
  type ListDataResources,
  type ReviewDataResource,
  type SubmitDataResource,
  type UpdateDataResource,
  type WithdrawDataResource,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, reasonOf, requireReason, Transactions, type Tx } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import type { EntityManager } from 'typeorm';
import { canChangeDataResource, canReadCatalogue, canReviewDataResources, canSeeDataResource, dataResourceAccess } from './data-resources.policy.js';
import { DataResourcesRepository, type DataResourceRow } from './data-resources.repository.js';
import { canTake, DATA_RESOURCE_STEP_LABELS, fieldProblems, isSectionStep, statusAfter, type DataResourceStep } from './data-resources.rules.js';
import { dataResourceTaskChange } from './data-resources.tasks.js';
import { fieldsOf, snapshotOf, toDataResourceDetail, toDataResourceView } from './data-resources.views.js';

/** The fields as saved: trimmed, the optional texts null when blank. */
function describedFields(request: DataResourceFields): Pick<DataResourceRow, 'name' | 'code' | 'category' | 'summary' | 'dataItems' | 'format' | 'updateCycle' | 'sharingType' | 'sharingCondition' | 'openType' | 'openBasis'> {
  const problems = fieldProblems(request);
  if (problems.length) throw new DomainError(CommonErrors.validationFailed, problems[0].message, problems.map((p) => ({ field: p.field, code: 'rule', message: p.message })));
  const text = (value: string | undefined) => value?.trim() || null;
  return {
    name: request.name.trim(),
    code: request.code.trim(),
    category: request.category,
    summary: text(request.summary),
    dataItems: request.dataItems.map((item) => ({ name: item.name.trim(), type: item.type })),
    format: request.format,
    updateCycle: request.updateCycle,
    sharingType: request.sharingType,
    sharingCondition: request.sharingType === 'unconditional' ? null : text(request.sharingCondition),
    openType: request.openType,
    openBasis: text(request.openBasis),
  };
}

/** What one step changes: its event, the review's decision, the note of its line, whether it made a new version of the fields. */
interface StepEffect {
  event: string;
  decision?: 'approved' | 'returned';
  note: string | null;
  changedFields?: boolean;
}

/**
 * 政务数据资源目录 (大数据科: 数据资源的规划、协调, 政务数据共享开放): a unit's liaison (or the section for a unit) describes a
 * resource as a draft and submits it; the section reviews it: approved, it is published into the catalogue (a new
 * edition), or returned with the reason. A change of a published resource is a new version that is reviewed again.
 * Withdrawn (撤销) with a reason, never deleted. Every step a line with the version it made.
 */
@Injectable()
export class DataResourcesService {
  constructor(
    private readonly dataResources: DataResourcesRepository,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateDataResource.Request, caller: CallerContext): Promise<DataResourceDetail> {
    if (!canChangeDataResource(caller, caller.unitId ?? null) && !canReviewDataResources(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记数据资源');
    const fields = describedFields(request);
    const unitId = caller.unitId ?? request.unitId;
    if (!unitId) throw new DomainError(CommonErrors.validationFailed, '请选择提供单位', [{ field: 'unitId', code: 'required', message: 'unitId：请选择提供单位' }]);
    if (!caller.unitId) await this.requireUnit(unitId);
    return this.transactions.run(async (tx) => {
      await this.refuseTakenCode(fields.code, tx.manager);
      const now = new Date();
      const created: DataResourceRow = {
        id: randomUUID(),
        unitId,
        ...fields,
        status: 'draft',
        edition: 0,
        submittedAt: null,
        reviewedAt: null,
        reviewedBy: null,
        reviewOpinion: null,
        publishedAt: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.dataResources.insert(created, tx.manager);
      await this.dataResources.addStep(tx.manager, created.id, { at: now, by: caller.username, step: 'create', label: DATA_RESOURCE_STEP_LABELS.create, version: 1, note: null, fields: fieldsOf(created) });
      await tx.emit(DataResourceEvents.created, snapshotOf(created), undefined, DataResourceChanged.Event);
      return this.detail(created, tx);
    });
  }

  update(request: UpdateDataResource.Request, caller: CallerContext): Promise<DataResourceDetail> {
    const fields = describedFields(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      if (fields.code !== row.code) await this.refuseTakenCode(fields.code, tx.manager, row.id);
      const republish = row.status === 'published' ? `（第 ${row.edition} 版已发布，变更后须重新报送审核）` : '';
      Object.assign(row, fields);
      return { event: DataResourceEvents.updated, note: `${request.note?.trim() || '修改'}${republish}`, changedFields: true };
    });
  }

  submit(request: SubmitDataResource.Request, caller: CallerContext): Promise<DataResourceDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', async (row) => {
      row.submittedAt = new Date();
      return { event: DataResourceEvents.submitted, note: request.note?.trim() || null };
    });
  }

  review(request: ReviewDataResource.Request, caller: CallerContext): Promise<DataResourceDetail> {
    const opinion = reasonOf(request.opinion);
    if (request.decision === 'returned' && !opinion) {
      throw new DomainError(CommonErrors.validationFailed, '退回须说明理由', [{ field: 'opinion', code: 'required', message: 'opinion：退回须说明理由（至少 2 个字）' }]);
    }
    return this.step(request.id, request.expectedVersion, caller, 'review', async (row) => {
      const now = new Date();
      Object.assign(row, { reviewedAt: now, reviewedBy: caller.username, reviewOpinion: opinion });
      if (request.decision === 'approved') Object.assign(row, { edition: row.edition + 1, publishedAt: now });
      const note = request.decision === 'approved' ? `发布为第 ${row.edition} 版${opinion ? `；${opinion}` : ''}` : opinion;
      return { event: DataResourceEvents.reviewed, decision: request.decision, note };
    });
  }

  withdraw(request: WithdrawDataResource.Request, caller: CallerContext): Promise<DataResourceDetail> {
    const reason = requireReason(request.reason, '撤销');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.withdrawalReason = reason;
      return { event: DataResourceEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<DataResourceDetail> {
    const row = await this.dataResources.findById(id);
    if (!row || !canSeeDataResource(caller, row.unitId)) throw new DomainError(DataResourceErrors.notFound, '数据资源不存在或无权查看');
    return toDataResourceDetail(row, (await this.units.findById(row.unitId))?.name ?? null, await this.dataResources.stepsOf(row.id));
  }

  async list(request: ListDataResources.Request, caller: CallerContext): Promise<ListDataResources.Reply> {
    const access = dataResourceAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看数据资源');
    const page = pageOf(request);
    const { items, total } = await this.dataResources.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const names = await this.units.findByIds(items.map((r) => r.unitId));
    return { items: items.map((row) => toDataResourceView(row, names.get(row.unitId)?.name ?? null)), total, ...page };
  }

  async catalogue(request: DataResourceCatalogue.Request, caller: CallerContext): Promise<DataResourceCatalogue.Reply> {
    if (!canReadCatalogue(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看数据资源目录');
    const page = pageOf(request);
    const [{ items, total }, counts] = await Promise.all([this.dataResources.catalogue({ ...request, ...page }), this.dataResources.countsBySharingType(request)]);
    const names = await this.units.findByIds(items.map((r) => r.unitId));
    return {
      items: items.map((row) => toDataResourceView(row, names.get(row.unitId)?.name ?? null)),
      total,
      ...page,
      countsBySharingType: SHARING_TYPES.map((sharingType) => ({ sharingType, label: SHARING_TYPE_LABELS[sharingType], count: counts.get(sharingType) ?? 0 })),
    };
  }

  /** A unit the section names must be in the unit directory, and active. */
  private async requireUnit(unitId: string): Promise<void> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw new DomainError(DataResourceErrors.unknownUnit, '提供单位不在单位通讯录中', [{ field: 'unitId', code: 'unknown', message: 'unitId：提供单位不在单位通讯录中' }]);
    if (unit.status !== 'active') throw new DomainError(DataResourceErrors.unknownUnit, `提供单位“${unit.name}”已停用`, [{ field: 'unitId', code: 'inactive', message: `unitId：提供单位“${unit.name}”已停用` }]);
  }

  /** 目录编码 is unique (a withdrawn resource keeps its code). */
  private async refuseTakenCode(code: string, manager: EntityManager, exceptId?: string): Promise<void> {
    if (await this.dataResources.codeHolder(code, manager, exceptId)) {
      throw new DomainError(DataResourceErrors.codeTaken, `目录编码 ${code} 已被使用`, [{ field: 'code', code: 'taken', message: `code：目录编码 ${code} 已被使用（目录编码须唯一）` }]);
    }
  }

  private async detail(row: DataResourceRow, tx: Tx): Promise<DataResourceDetail> {
    return toDataResourceDetail(row, (await this.units.findById(row.unitId, tx))?.name ?? null, await this.dataResources.stepsOf(row.id, tx.manager));
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its line, its event and 待办 in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: DataResourceStep, change: (row: DataResourceRow, tx: Tx) => Promise<StepEffect>): Promise<DataResourceDetail> {
    return this.transactions.run(async (tx) => {
      const current = await this.dataResources.findById(id, tx.manager, true);
      if (!current || !canSeeDataResource(caller, current.unitId)) throw new DomainError(DataResourceErrors.notFound, '数据资源不存在或无权查看');
      const sectionOnly = isSectionStep(step, current.status);
      if (!(sectionOnly ? canReviewDataResources(caller) : canChangeDataResource(caller, current.unitId) || canReviewDataResources(caller))) {
        throw new DomainError(CommonErrors.forbidden, sectionOnly ? `${DATA_RESOURCE_STEP_LABELS[step]}由大数据科办理` : '无权办理该数据资源');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(DataResourceErrors.versionConflict, `数据资源已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(DataResourceErrors.invalidState, `当前为“${DATA_RESOURCE_STATUS_LABELS[current.status]}”，不能${DATA_RESOURCE_STEP_LABELS[step]}`);
      const next: DataResourceRow = { ...current };
      const effect = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status, effect.decision ?? null), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.dataResources.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(DataResourceErrors.versionConflict, '数据资源已被他人修改，请刷新后重试');
      const lineStep = effect.decision === 'approved' ? 'approve' : effect.decision === 'returned' ? 'return' : step;
      await this.dataResources.addStep(tx.manager, next.id, {
        at: now,
        by: caller.username,
        step: lineStep,
        label: DATA_RESOURCE_STEP_LABELS[lineStep],
        version: next.version,
        note: effect.note,
        fields: effect.changedFields ? fieldsOf(next) : null,
      });
      await tx.emit(effect.event, snapshotOf(next), undefined, DataResourceChanged.Event);
      await publishTaskChanges(tx, dataResourceTaskChange(current, next, caller.userId));
      return this.detail(next, tx);
    });
  }
}
