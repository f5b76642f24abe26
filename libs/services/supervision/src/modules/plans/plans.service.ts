import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SupervisionPlanErrors,
  SupervisionPlanEvents,
  type DecideSupervisionPlan,
  type FileSupervisionPlan,
  type ListSupervisionPlans,
  type RefileSupervisionPlan,
  type SupervisionPlanFields,
  type SupervisionPlanSnapshot,
  type SupervisionPlanView,
} from '@gov/contracts-supervision';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { canDecide, canSeePlan, planAccess, PLANS_FILE_OWN, PLANS_MANAGE } from './plans.policy.js';
import { PlansRepository, type PlanRow } from './plans.repository.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';

/**
 * 督查活动计划备案 (督查室: 配合区委督查室做好全区政府系统督查活动的计划备案管理工作): units file their plans,
 * the office approves them or returns them with a reason, and the unit files a returned plan again.
 */

const PLAN_CONFLICT = { error: SupervisionPlanErrors.versionConflict, what: '计划' };
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly transactions: Transactions,
  ) {}

  async file(request: FileSupervisionPlan.Request, caller: CallerContext): Promise<SupervisionPlanView> {
    const unitId = this.filingUnit(caller, request.unitId);
    assertPeriod(request);
    const plan = await this.transactions.run(async (tx) => {
      if (!(await this.plans.isActiveUnit(unitId, tx.manager))) throw new DomainError(SupervisionPlanErrors.unitRequired, '备案单位不存在或已停用');
      const now = new Date();
      const row: PlanRow = {
        id: randomUUID(),
        unitId,
        ...fieldsOf(request),
        status: 'filed',
        decisionNote: null,
        decidedBy: null,
        decidedAt: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.plans.insert(row, tx.manager);
      await this.plans.recordHistory(row, 'filed', '报送备案', tx.manager);
      await tx.emit(SupervisionPlanEvents.filed, snapshotOf(row));
      return row;
    });
    return this.view(plan);
  }

  async refile(request: RefileSupervisionPlan.Request, caller: CallerContext): Promise<SupervisionPlanView> {
    assertPeriod(request);
    return this.change(request.id, request.expectedVersion, caller, (plan) => {
      if (!caller.unitId && !caller.permissions.includes(PLANS_MANAGE)) throw new DomainError(SupervisionPlanErrors.forbidden, '无权修改该计划');
      if (plan.status !== 'returned') throw new DomainError(SupervisionPlanErrors.invalidState, '只有被退回的计划可以修改后重新报送');
      Object.assign(plan, fieldsOf(request), { status: 'filed', decisionNote: null, decidedBy: null, decidedAt: null });
      return { action: 'refiled', note: '修改后重新报送备案', event: SupervisionPlanEvents.filed };
    });
  }

  async approve(request: DecideSupervisionPlan.Request, caller: CallerContext): Promise<SupervisionPlanView> {
    return this.decide(request, caller, 'approved');
  }

  async return(request: DecideSupervisionPlan.Request, caller: CallerContext): Promise<SupervisionPlanView> {
    return this.decide(request, caller, 'returned');
  }

  async get(id: string, caller: CallerContext): Promise<SupervisionPlanView> {
    const plan = await this.plans.findById(id);
    if (!plan || !canSeePlan(caller, plan.unitId)) throw new DomainError(SupervisionPlanErrors.notFound, '督查活动计划不存在或无权查看');
    return this.view(plan);
  }

  async list(request: ListSupervisionPlans.Request, caller: CallerContext): Promise<ListSupervisionPlans.Reply> {
    const access = planAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看督查活动计划');
    const page = pageOf(request);
    const { items, total } = await this.plans.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const [names, history] = await Promise.all([this.plans.unitNames([...new Set(items.map((p) => p.unitId))]), this.plans.history(items.map((p) => p.id))]);
    return { items: items.map((p) => toView(p, names, history)), total, ...page };
  }

  private async decide(request: DecideSupervisionPlan.Request, caller: CallerContext, decision: 'approved' | 'returned'): Promise<SupervisionPlanView> {
    if (!canDecide(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以审核督查活动计划');
    const note = request.note?.trim() || null;
    if (decision === 'returned' && (!note || note.length < 2)) {
      throw new DomainError(CommonErrors.validationFailed, '退回须说明理由', [{ field: 'note', code: 'isNotEmpty', message: 'note：退回时必须填写理由' }]);
    }
    return this.change(request.id, request.expectedVersion, caller, (plan) => {
      if (plan.status !== 'filed') throw new DomainError(SupervisionPlanErrors.invalidState, '该计划不在待审核状态');
      Object.assign(plan, { status: decision, decisionNote: note, decidedBy: caller.username, decidedAt: new Date() });
      return decision === 'approved'
        ? { action: 'approved', note: note ? `同意备案：${note}` : '同意备案', event: SupervisionPlanEvents.approved }
        : { action: 'returned', note: `退回：${note}`, event: SupervisionPlanEvents.returned };
    });
  }

  private async change(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    work: (plan: PlanRow, tx: Tx) => { action: string; note: string; event: string },
  ): Promise<SupervisionPlanView> {
    const plan = await this.transactions.run(async (tx) => {
      const current = await this.plans.findById(id, tx.manager, true);
      if (!current || !canSeePlan(caller, current.unitId)) throw new DomainError(SupervisionPlanErrors.notFound, '督查活动计划不存在或无权查看');
      assertVersion(current.version, expectedVersion, PLAN_CONFLICT);
      const next: PlanRow = { ...current };
      const change = work(next, tx);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      await commitStep(tx, {
        save: () => this.plans.updateIfVersion(next, expectedVersion, tx.manager),
        conflict: PLAN_CONFLICT,
        history: () => this.plans.recordHistory(next, change.action, change.note, tx.manager),
        events: [[change.event, snapshotOf(next)]],
      });
      return next;
    });
    return this.view(plan);
  }

  /** A liaison files for their own unit; 督查室 may file on a unit's behalf and names it. */
  private filingUnit(caller: CallerContext, requested: string | undefined): string {
    if (caller.unitId) {
      if (!caller.permissions.includes(PLANS_FILE_OWN)) throw new DomainError(CommonErrors.forbidden, '无权报送督查活动计划');
      if (requested && requested !== caller.unitId) throw new DomainError(SupervisionPlanErrors.forbidden, '联络员只能报送本单位的计划');
      return caller.unitId;
    }
    if (!caller.permissions.includes(PLANS_MANAGE)) throw new DomainError(CommonErrors.forbidden, '无权报送督查活动计划');
    if (!requested) throw new DomainError(SupervisionPlanErrors.unitRequired, '督查室代为登记时须指明备案单位');
    return requested;
  }

  private async view(plan: PlanRow): Promise<SupervisionPlanView> {
    const [names, history] = await Promise.all([this.plans.unitNames([plan.unitId]), this.plans.history([plan.id])]);
    return toView(plan, names, history);
  }
}

function assertPeriod(fields: SupervisionPlanFields): void {
  if (fields.periodEnd < fields.periodStart) {
    throw new DomainError(SupervisionPlanErrors.invalidPeriod, '结束日期不能早于开始日期', [{ field: 'periodEnd', code: 'min', message: 'periodEnd：不能早于开始日期' }]);
  }
}

function fieldsOf(fields: SupervisionPlanFields): Pick<PlanRow, 'title' | 'periodStart' | 'periodEnd' | 'content' | 'attachments'> {
  return {
    title: fields.title.trim(),
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    content: fields.content,
    attachments: fields.attachments.map((a) => ({ name: a.name.trim(), ...(a.fileId ? { fileId: a.fileId } : {}), ...(a.reference ? { reference: a.reference } : {}) })),
  };
}

function snapshotOf(p: PlanRow): SupervisionPlanSnapshot {
  return { id: p.id, unitId: p.unitId, title: p.title, status: p.status, version: p.version };
}

function toView(p: PlanRow, names: Map<string, string>, history: Map<string, { action: string; note: string; at: string; by: string }[]>): SupervisionPlanView {
  return {
    id: p.id,
    unitId: p.unitId,
    unitName: names.get(p.unitId) ?? null,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    content: p.content,
    attachments: p.attachments,
    status: p.status,
    decisionNote: p.decisionNote,
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    createdBy: p.createdBy,
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedBy,
    timeline: history.get(p.id) ?? [],
  };
}
