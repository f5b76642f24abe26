import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, type VersionedRef } from '@gov/contracts-common';
import {
  InspectionErrors,
  InspectionEvents,
  type ConcludeInspection,
  type ConductInspection,
  type CreateInspection,
  type InspectionFields,
  type InspectionSnapshot,
  type InspectionView,
  type ListInspections,
  type UpdateInspection,
  type WithdrawInspection,
} from '@gov/contracts-supervision';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { assertVersion, commitStep } from '../../common/versioned-step.js';
import { conclusionsProblem, inspectionStep, type InspectionStep } from './inspection-rules.js';
import { canManageInspections, canSeeInspection, inspectionAccess, visibleConclusions } from './inspections.policy.js';
import { InspectionsRepository, type ConclusionRow, type InspectionRow } from './inspections.repository.js';

const CONFLICT = { error: InspectionErrors.versionConflict, what: '督查' };

/**
 * 督查 (督查室; 《政府督查工作条例》, RULES.md 2.6): the 督查方案 (subject, scope, period, basis) with its 督查组 (leader,
 * members, who may include 人大代表, 政协委员, 参事 and experts) is drawn up and approved, the inspection conducted, and
 * its 督查结论, resting on the facts found, fed back to every inspected unit; each unit sees the one about its own work.
 */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly inspections: InspectionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateInspection.Request, caller: CallerContext): Promise<InspectionView> {
    this.requireManage(caller, '拟定督查方案');
    const fields = fieldsOf(request);
    const row = await this.transactions.run(async (tx) => {
      await this.assertActiveUnits(fields.unitIds, tx);
      const now = new Date();
      const inspection: InspectionRow = {
        id: randomUUID(),
        ...fields,
        status: 'draft',
        approvedBy: null,
        approvedAt: null,
        conductedOn: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.inspections.insertInspection(inspection, tx.manager);
      await this.inspections.recordHistory('inspection', inspection, 'drafted', `拟定督查方案（督查组组长：${inspection.leaderName}，成员 ${inspection.members.length} 人）`, caller.username, now, tx.manager);
      await tx.emit(InspectionEvents.changed, snapshotOf(inspection, 'drafted'));
      return inspection;
    });
    return this.view(row, caller);
  }

  async update(request: UpdateInspection.Request, caller: CallerContext): Promise<InspectionView> {
    const fields = fieldsOf(request);
    return this.step(request, caller, 'update', async (inspection, tx) => {
      await this.assertActiveUnits(fields.unitIds, tx);
      Object.assign(inspection, fields);
      return { action: 'updated', note: '修改督查方案' };
    });
  }

  async approve(request: VersionedRef, caller: CallerContext): Promise<InspectionView> {
    return this.step(request, caller, 'approve', async (inspection) => {
      Object.assign(inspection, { approvedBy: caller.username, approvedAt: new Date() });
      return { action: 'approved', note: '批准督查方案' };
    });
  }

  async conduct(request: ConductInspection.Request, caller: CallerContext): Promise<InspectionView> {
    const today = shanghaiDate(new Date());
    if (request.conductedOn > today) throw new DomainError(InspectionErrors.futureDate, `实施完成日期 ${request.conductedOn} 晚于今天`, [{ field: 'conductedOn', code: 'invalid', message: 'conductedOn：不能晚于今天' }]);
    return this.step(request, caller, 'conduct', async (inspection) => {
      if (request.conductedOn < inspection.periodStart) {
        throw new DomainError(InspectionErrors.invalidPeriod, `实施完成日期不能早于督查开始日期 ${inspection.periodStart}`, [{ field: 'conductedOn', code: 'invalid', message: `conductedOn：不能早于 ${inspection.periodStart}` }]);
      }
      inspection.conductedOn = request.conductedOn;
      return { action: 'conducted', note: `${request.conductedOn} 督查实施完毕` };
    });
  }

  /** 督查结论 fed back to the inspected units: one per unit, every unit, each resting on the facts found. */
  async conclude(request: ConcludeInspection.Request, caller: CallerContext): Promise<InspectionView> {
    return this.step(request, caller, 'conclude', async (inspection, tx) => {
      const names = await this.inspections.unitNames([...new Set([...inspection.unitIds, ...request.conclusions.map((c) => c.unitId)])]);
      const problem = conclusionsProblem(inspection.unitIds, request.conclusions.map((c) => c.unitId), names);
      if (problem) throw new DomainError(InspectionErrors.incompleteConclusions, problem);
      const now = new Date();
      for (const c of request.conclusions) {
        await this.inspections.insertConclusion(
          { id: randomUUID(), inspectionId: inspection.id, unitId: c.unitId, facts: c.facts.trim(), conclusion: c.conclusion.trim(), requirements: c.requirements?.trim() || null, fedBackAt: now, fedBackBy: caller.username },
          tx.manager,
        );
      }
      return { action: 'concluded', note: `督查结论反馈 ${request.conclusions.length} 个被督查单位：${inspection.unitIds.map((id) => names.get(id) ?? id).join('、')}` };
    });
  }

  async withdraw(request: WithdrawInspection.Request, caller: CallerContext): Promise<InspectionView> {
    return this.step(request, caller, 'withdraw', async (inspection) => {
      inspection.withdrawalReason = request.reason.trim();
      return { action: 'withdrawn', note: `撤回：${inspection.withdrawalReason}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<InspectionView> {
    const inspection = await this.inspections.findInspection(id);
    if (!inspection || !canSeeInspection(caller, inspection)) throw new DomainError(InspectionErrors.notFound, '督查不存在或无权查看');
    return this.view(inspection, caller);
  }

  async list(request: ListInspections.Request, caller: CallerContext): Promise<ListInspections.Reply> {
    const access = inspectionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看督查');
    const page = pageOf(request);
    const { items, total } = await this.inspections.searchInspections({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const [conclusions, history, names] = await Promise.all([
      this.inspections.conclusions(items.map((i) => i.id)),
      this.inspections.history('inspection', items.map((i) => i.id)),
      this.inspections.unitNames([...new Set(items.flatMap((i) => i.unitIds))]),
    ]);
    return { items: items.map((i) => toView(i, visibleConclusions(caller, conclusions.filter((c) => c.inspectionId === i.id)), history.get(i.id) ?? [], names)), total, ...page };
  }

  private async step(
    request: VersionedRef,
    caller: CallerContext,
    step: InspectionStep,
    work: (inspection: InspectionRow, tx: Tx) => Promise<{ action: string; note: string }>,
  ): Promise<InspectionView> {
    this.requireManage(caller, '办理督查');
    const row = await this.transactions.run(async (tx) => {
      const current = await this.inspections.findInspection(request.id, tx.manager, true);
      if (!current) throw new DomainError(InspectionErrors.notFound, '督查不存在或无权查看');
      assertVersion(current.version, request.expectedVersion, CONFLICT);
      const next = inspectionStep(current.status, step);
      if ('error' in next) throw new DomainError(InspectionErrors.invalidState, next.error);
      const inspection: InspectionRow = { ...current, status: next.to };
      const change = await work(inspection, tx);
      const now = new Date();
      Object.assign(inspection, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      await commitStep(tx, {
        save: () => this.inspections.updateInspectionIfVersion(inspection, request.expectedVersion, tx.manager),
        conflict: CONFLICT,
        history: () => this.inspections.recordHistory('inspection', inspection, change.action, change.note, caller.username, now, tx.manager),
        events: [[InspectionEvents.changed, snapshotOf(inspection, change.action)]],
      });
      return inspection;
    });
    return this.view(row, caller);
  }

  private requireManage(caller: CallerContext, what: string): void {
    if (!canManageInspections(caller)) throw new DomainError(CommonErrors.forbidden, `只有督查室可以${what}`);
  }

  private async assertActiveUnits(unitIds: string[], tx: Tx): Promise<void> {
    const active = await this.inspections.activeUnits(unitIds, tx.manager);
    const missing = unitIds.filter((id) => !active.has(id));
    if (missing.length) throw new DomainError(InspectionErrors.unknownUnit, `被督查单位不存在或已停用：${missing.join('、')}`, [{ field: 'unitIds', code: 'invalid', message: 'unitIds：被督查单位不存在或已停用' }]);
  }

  private async view(inspection: InspectionRow, caller: CallerContext): Promise<InspectionView> {
    const [conclusions, history, names] = await Promise.all([
      this.inspections.conclusions([inspection.id]),
      this.inspections.history('inspection', [inspection.id]),
      this.inspections.unitNames(inspection.unitIds),
    ]);
    return toView(inspection, visibleConclusions(caller, conclusions), history.get(inspection.id) ?? [], names);
  }
}

function fieldsOf(fields: InspectionFields): Pick<InspectionRow, 'subject' | 'scope' | 'periodStart' | 'periodEnd' | 'basis' | 'unitIds' | 'leaderName' | 'members'> {
  if (fields.periodEnd < fields.periodStart) {
    throw new DomainError(InspectionErrors.invalidPeriod, '结束日期不能早于开始日期', [{ field: 'periodEnd', code: 'min', message: 'periodEnd：不能早于开始日期' }]);
  }
  return {
    subject: fields.subject.trim(),
    scope: fields.scope.trim(),
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    basis: fields.basis.trim(),
    unitIds: [...new Set(fields.unitIds)],
    leaderName: fields.leaderName.trim(),
    members: fields.members.map((m) => ({ name: m.name.trim(), identity: m.identity, ...(m.organisation?.trim() ? { organisation: m.organisation.trim() } : {}) })),
  };
}

function snapshotOf(i: InspectionRow, action: string): InspectionSnapshot {
  return { id: i.id, title: i.subject, status: i.status, unitIds: i.unitIds, action, version: i.version };
}

function toView(i: InspectionRow, conclusions: ConclusionRow[], timeline: InspectionView['timeline'], names: Map<string, string>): InspectionView {
  return {
    id: i.id,
    subject: i.subject,
    scope: i.scope,
    periodStart: i.periodStart,
    periodEnd: i.periodEnd,
    basis: i.basis,
    unitIds: i.unitIds,
    leaderName: i.leaderName,
    members: i.members,
    status: i.status,
    approvedBy: i.approvedBy,
    approvedAt: i.approvedAt ? i.approvedAt.toISOString() : null,
    conductedOn: i.conductedOn,
    withdrawalReason: i.withdrawalReason,
    // In the order the 方案 lists the inspected units.
    conclusions: [...conclusions].sort((x, y) => i.unitIds.indexOf(x.unitId) - i.unitIds.indexOf(y.unitId)).map((c) => ({
      unitId: c.unitId,
      unitName: names.get(c.unitId) ?? null,
      facts: c.facts,
      conclusion: c.conclusion,
      ...(c.requirements ? { requirements: c.requirements } : {}),
      fedBackAt: c.fedBackAt.toISOString(),
      fedBackBy: c.fedBackBy,
    })),
    timeline,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    createdBy: i.createdBy,
    updatedAt: i.updatedAt.toISOString(),
    updatedBy: i.updatedBy,
  };
}
