import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, type ErrorSpec } from '@gov/contracts-common';
import {
  OfficeAffairsEvents,
  OfficeRuleChanged,
  OfficeRuleErrors,
  PublicityChanged,
  PublicityErrors,
  WORK_PLAN_STATUS_LABELS,
  WorkPlanErrors,
  WorkPlanChanged,
  isTrueFlag,
  type CountPublicity,
  type CreateOfficeRule,
  type CreatePublicity,
  type CreateWorkPlanItem,
  type ListOfficeRules,
  type ListPublicity,
  type ListWorkPlanItems,
  type OfficeRuleView,
  type PublicityView,
  type RepealOfficeRule,
  type ReportWorkPlanProgress,
  type ReviseOfficeRule,
  type VoidPublicity,
  type WorkPlanItemView,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, reasonOf, type Table, Transactions, type Tx } from '@gov/platform';
import { canManageOfficeAffairs, canSeeOfficeAffairs } from './office-affairs.policy.js';
import { OfficeAffairsRepository, type OfficeAffairsRecordType, type OfficeRuleRow, type PublicityRow, type WorkPlanRow } from './office-affairs.repository.js';
import { beijingDate, canMoveWorkPlan, canReviseRule, countPublicity, dueDateFitsPeriod } from './office-affairs.rules.js';
import { publicitySnapshotOf, ruleSnapshotOf, toOfficeRuleView, toPublicityView, toWorkPlanItemView, workPlanSnapshotOf } from './office-affairs.views.js';

interface Versioned {
  id: string;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

/** 综合科's office work plan (工作计划), internal rules (规章制度) and publicity record (宣传报道). */
@Injectable()
export class OfficeRecordsService {
  constructor(
    private readonly repository: OfficeAffairsRepository,
    private readonly transactions: Transactions,
  ) {}

  // ---- 工作计划 ----

  async createWorkPlanItem(request: CreateWorkPlanItem.Request, caller: CallerContext): Promise<WorkPlanItemView> {
    this.mustManage(caller);
    const month = request.month ?? null;
    if (!dueDateFitsPeriod(request.year, month, request.dueDate)) {
      throw new DomainError(WorkPlanErrors.dueOutsidePeriod, `完成时限 ${request.dueDate} 不在 ${request.year} 年${month ? ` ${month} 月及以后` : ''}的计划期内`);
    }
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: WorkPlanRow = {
        id: randomUUID(),
        year: request.year,
        month,
        content: request.content.trim(),
        sectionCode: request.sectionCode,
        dueDate: request.dueDate,
        status: 'not_started',
        progress: [],
        ...this.stamp(caller, now),
      };
      await this.repository.workPlan.insert(tx.manager, created);
      await this.history(tx, 'work_plan', created.id, 'create', null, 'not_started', null, now, caller);
      await tx.emit(OfficeAffairsEvents.workPlanChanged, workPlanSnapshotOf(created), undefined, WorkPlanChanged.Event);
      return created;
    });
    return toWorkPlanItemView(row, beijingDate(new Date()));
  }

  async reportWorkPlanProgress(request: ReportWorkPlanProgress.Request, caller: CallerContext): Promise<WorkPlanItemView> {
    const row = await this.change(this.repository.workPlan, WorkPlanErrors, '工作计划事项', request.id, request.expectedVersion, caller, async (next, tx, now) => {
      if (!canMoveWorkPlan(next.status, request.status)) {
        throw new DomainError(WorkPlanErrors.invalidStep, `工作计划事项${WORK_PLAN_STATUS_LABELS[next.status]}，不能改为${WORK_PLAN_STATUS_LABELS[request.status]}（已完成的不再变更）`);
      }
      const from = next.status;
      next.status = request.status;
      next.progress = [...next.progress, { status: request.status, note: request.note.trim(), at: now.toISOString(), by: caller.username }];
      await this.history(tx, 'work_plan', next.id, 'progress', from, next.status, request.note.trim(), now, caller);
      await tx.emit(OfficeAffairsEvents.workPlanChanged, workPlanSnapshotOf(next), undefined, WorkPlanChanged.Event);
    });
    return toWorkPlanItemView(row, beijingDate(new Date()));
  }

  async getWorkPlanItem(id: string, caller: CallerContext): Promise<WorkPlanItemView> {
    const row = canSeeOfficeAffairs(caller) ? await this.repository.workPlan.find(this.repository.manager, id) : null;
    if (!row) throw new DomainError(WorkPlanErrors.notFound, '工作计划事项不存在或无权查看');
    return toWorkPlanItemView(row, beijingDate(new Date()));
  }

  async listWorkPlan(request: ListWorkPlanItems.Request, caller: CallerContext): Promise<ListWorkPlanItems.Reply> {
    this.mustSee(caller);
    const page = pageOf(request);
    const today = beijingDate(new Date());
    const { items, total, overdueCount } = await this.repository.searchWorkPlan({ ...request, ...page, onlyOverdue: isTrueFlag(request.overdue) }, today);
    return { items: items.map((r) => toWorkPlanItemView(r, today)), total, overdueCount, ...page };
  }

  // ---- 规章制度 ----

  async createRule(request: CreateOfficeRule.Request, caller: CallerContext): Promise<OfficeRuleView> {
    this.mustManage(caller);
    const id = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: OfficeRuleRow = { id: randomUUID(), title: request.title.trim(), status: 'in_force', repealReason: null, ...this.stamp(caller, now) };
      await this.repository.rules.insert(tx.manager, created);
      await this.repository.insertRuleVersion(
        { ruleId: created.id, versionNo: 1, content: request.content, effectiveDate: request.effectiveDate, documentNumber: request.documentNumber?.trim() || null, note: null, createdAt: now, createdBy: caller.username },
        tx.manager,
      );
      await this.history(tx, 'office_rule', created.id, 'create', null, 'in_force', `第 1 版，${request.effectiveDate} 起施行`, now, caller);
      await tx.emit(OfficeAffairsEvents.ruleChanged, ruleSnapshotOf(created, 1), undefined, OfficeRuleChanged.Event);
      return created.id;
    });
    return this.getRule(id, caller);
  }

  async reviseRule(request: ReviseOfficeRule.Request, caller: CallerContext): Promise<OfficeRuleView> {
    await this.change(this.repository.rules, OfficeRuleErrors, '规章制度', request.id, request.expectedVersion, caller, async (next, tx, now) => {
      if (next.status === 'repealed') throw new DomainError(OfficeRuleErrors.repealed, '规章制度已废止，不能再修订');
      const versions = (await this.repository.ruleVersions([next.id], tx.manager)).get(next.id) ?? [];
      const current = versions[versions.length - 1];
      if (!canReviseRule(current.effectiveDate, request.effectiveDate)) {
        throw new DomainError(OfficeRuleErrors.effectiveDateBackwards, `新版本的施行日期 ${request.effectiveDate} 早于现行第 ${current.versionNo} 版的 ${current.effectiveDate}`);
      }
      const versionNo = current.versionNo + 1;
      await this.repository.insertRuleVersion(
        { ruleId: next.id, versionNo, content: request.content, effectiveDate: request.effectiveDate, documentNumber: request.documentNumber?.trim() || null, note: request.note.trim(), createdAt: now, createdBy: caller.username },
        tx.manager,
      );
      await this.history(tx, 'office_rule', next.id, 'revise', 'in_force', 'in_force', `第 ${versionNo} 版：${request.note.trim()}`, now, caller);
      await tx.emit(OfficeAffairsEvents.ruleChanged, ruleSnapshotOf(next, versionNo), undefined, OfficeRuleChanged.Event);
    });
    return this.getRule(request.id, caller);
  }

  async repealRule(request: RepealOfficeRule.Request, caller: CallerContext): Promise<OfficeRuleView> {
    const reason = this.reason(request.reason, '废止');
    await this.change(this.repository.rules, OfficeRuleErrors, '规章制度', request.id, request.expectedVersion, caller, async (next, tx, now) => {
      if (next.status === 'repealed') throw new DomainError(OfficeRuleErrors.repealed, '规章制度已废止');
      next.status = 'repealed';
      next.repealReason = reason;
      const versions = (await this.repository.ruleVersions([next.id], tx.manager)).get(next.id) ?? [];
      await this.history(tx, 'office_rule', next.id, 'repeal', 'in_force', 'repealed', `废止：${reason}`, now, caller);
      await tx.emit(OfficeAffairsEvents.ruleChanged, ruleSnapshotOf(next, versions.length), undefined, OfficeRuleChanged.Event);
    });
    return this.getRule(request.id, caller);
  }

  async getRule(id: string, caller: CallerContext): Promise<OfficeRuleView> {
    const row = canSeeOfficeAffairs(caller) ? await this.repository.rules.find(this.repository.manager, id) : null;
    if (!row) throw new DomainError(OfficeRuleErrors.notFound, '规章制度不存在或无权查看');
    return toOfficeRuleView(row, (await this.repository.ruleVersions([id])).get(id) ?? []);
  }

  async listRules(request: ListOfficeRules.Request, caller: CallerContext): Promise<ListOfficeRules.Reply> {
    this.mustSee(caller);
    const page = pageOf(request);
    const { items, total } = await this.repository.searchRules({ ...request, ...page });
    const versions = await this.repository.ruleVersions(items.map((r) => r.id));
    return { items: items.map((r) => toOfficeRuleView(r, versions.get(r.id) ?? [])), total, ...page };
  }

  // ---- 宣传报道 ----

  async createPublicity(request: CreatePublicity.Request, caller: CallerContext): Promise<PublicityView> {
    this.mustManage(caller);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: PublicityRow = {
        id: randomUUID(),
        publishedOn: request.publishedOn,
        title: request.title.trim(),
        outlet: request.outlet.trim(),
        level: request.level,
        kind: request.kind,
        sectionCode: request.sectionCode,
        link: request.link?.trim() || null,
        status: 'recorded',
        voidReason: null,
        ...this.stamp(caller, now),
      };
      await this.repository.publicity.insert(tx.manager, created);
      await this.history(tx, 'publicity', created.id, 'create', null, 'recorded', null, now, caller);
      await tx.emit(OfficeAffairsEvents.publicityChanged, publicitySnapshotOf(created), undefined, PublicityChanged.Event);
      return created;
    });
    return toPublicityView(row);
  }

  async voidPublicity(request: VoidPublicity.Request, caller: CallerContext): Promise<PublicityView> {
    const reason = this.reason(request.reason, '作废');
    const row = await this.change(this.repository.publicity, PublicityErrors, '宣传报道记录', request.id, request.expectedVersion, caller, async (next, tx, now) => {
      if (next.status === 'voided') throw new DomainError(PublicityErrors.voided, '宣传报道记录已作废');
      next.status = 'voided';
      next.voidReason = reason;
      await this.history(tx, 'publicity', next.id, 'void', 'recorded', 'voided', `作废：${reason}`, now, caller);
      await tx.emit(OfficeAffairsEvents.publicityChanged, publicitySnapshotOf(next), undefined, PublicityChanged.Event);
    });
    return toPublicityView(row);
  }

  async getPublicity(id: string, caller: CallerContext): Promise<PublicityView> {
    const row = canSeeOfficeAffairs(caller) ? await this.repository.publicity.find(this.repository.manager, id) : null;
    if (!row) throw new DomainError(PublicityErrors.notFound, '宣传报道记录不存在或无权查看');
    return toPublicityView(row);
  }

  async listPublicity(request: ListPublicity.Request, caller: CallerContext): Promise<ListPublicity.Reply> {
    this.mustSee(caller);
    const page = pageOf(request);
    const { items, total } = await this.repository.searchPublicity({ ...request, ...page });
    return { items: items.map(toPublicityView), total, ...page };
  }

  async countPublicity(request: CountPublicity.Request, caller: CallerContext): Promise<CountPublicity.Reply> {
    this.mustSee(caller);
    return { year: request.year, ...countPublicity(await this.repository.publicityOfYear(request.year)) };
  }

  // ---- shared ----

  private mustSee(caller: CallerContext): void {
    if (!canSeeOfficeAffairs(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看办公室内部事务');
  }

  private mustManage(caller: CallerContext): void {
    if (!canManageOfficeAffairs(caller)) throw new DomainError(CommonErrors.forbidden, '只有综合科可以办理');
  }

  private reason(text: string, what: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, `${what}须说明理由`, [{ field: 'reason', code: 'minLength', message: `reason：${what}须说明理由（至少 2 个字）` }]);
    return reason;
  }

  private stamp(caller: CallerContext, now: Date) {
    return { version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
  }

  private async history(tx: Tx, recordType: OfficeAffairsRecordType, recordId: string, step: string, fromStatus: string | null, toStatus: string, note: string | null, at: Date, caller: CallerContext): Promise<void> {
    await this.repository.addHistory({ recordType, recordId, step, fromStatus, toStatus, note, at, by: caller.username }, tx.manager);
  }

  /** One change of a versioned record in one transaction: seen, allowed, at the version held, changed, saved. */
  private async change<T extends Versioned>(
    table: Table<T>,
    errors: { notFound: ErrorSpec; versionConflict: ErrorSpec },
    what: string,
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    apply: (next: T, tx: Tx, now: Date) => Promise<void>,
  ): Promise<T> {
    return this.transactions.run(async (tx) => {
      const current = canSeeOfficeAffairs(caller) ? await table.find(tx.manager, id, true) : null;
      if (!current) throw new DomainError(errors.notFound, `${what}不存在或无权查看`);
      this.mustManage(caller);
      if (current.version !== expectedVersion) {
        throw new DomainError(errors.versionConflict, `${what}已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const now = new Date();
      const next: T = { ...current, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      await apply(next, tx, now);
      if (!(await table.saveIfVersion(tx.manager, next, expectedVersion))) throw new DomainError(errors.versionConflict, `${what}已被他人修改，请刷新后重试`);
      return next;
    });
  }
}
