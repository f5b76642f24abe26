import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  TownSpaceReportChanged,
  TownSpaceReportErrors,
  TownSpaceReportEvents,
  type ApproveTownSpaceReport,
  type CreateTownSpaceReport,
  type ListTownSpaceReports,
  type ReturnTownSpaceReport,
  type TownSpaceReportFields,
  type TownSpaceReportView,
  type UpdateTownSpaceReport,
  type WithdrawTownSpaceReport,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, publishTaskChanges, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { canChangeTownSpaceReport, canReviewTownSpaceReport, canSeeTownSpaceReport, townSpaceReportAccess } from './town-space-reports.policy.js';
import { TownSpaceReportsRepository, type TownSpaceReportRow } from './town-space-reports.repository.js';
import { assessSpace, canTake, figureProblems, statusAfter, townSpaceReportTasks, type TownSpaceReportStep } from './town-space-reports.rules.js';
import { snapshotOf, toTownSpaceReportView } from './town-space-reports.views.js';

const STEP_EVENTS: Record<TownSpaceReportStep, string> = {
  update: TownSpaceReportEvents.updated,
  approve: TownSpaceReportEvents.approved,
  return: TownSpaceReportEvents.returned,
  withdraw: TownSpaceReportEvents.withdrawn,
};

/**
 * 镇街办公用房报送: a town's or street's liaison reports its office space of a year (the section may report for it); the
 * standard area is computed against the office-rooms standard in force; the section approves or returns it with a reason.
 */
@Injectable()
export class TownSpaceReportsService {
  constructor(
    private readonly townSpaceReports: TownSpaceReportsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateTownSpaceReport.Request, caller: CallerContext): Promise<TownSpaceReportView> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!unitId) throw new DomainError(CommonErrors.validationFailed, '科室代报须指明报送单位', [{ field: 'unitId', code: 'required', message: 'unitId：科室代报须指明报送单位' }]);
    if (!canChangeTownSpaceReport(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权报送该单位的办公用房情况');
    const row = await this.transactions.run(async (tx) => {
      if (await this.townSpaceReports.hasLiveReport(unitId, request.year, tx.manager)) {
        throw new DomainError(TownSpaceReportErrors.duplicate, `该单位${request.year}年度的办公用房情况已报送；如需更正，请在退回后修改或撤回后重报`);
      }
      const now = new Date();
      const created: TownSpaceReportRow = {
        id: randomUUID(),
        unitId,
        ...(await this.figures(request, tx.manager)),
        status: 'submitted',
        reviewNote: null,
        reviewedBy: null,
        reviewedAt: null,
        withdrawalReason: null,
        history: [{ step: 'submit', actor: caller.username, at: now.toISOString(), note: null }],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.townSpaceReports.insert(created, tx.manager);
      await tx.emit(TownSpaceReportEvents.created, snapshotOf(created), undefined, TownSpaceReportChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'town-space-report', id: created.id }, before: [], after: townSpaceReportTasks(created), version: 1, by: caller.userId });
      return created;
    });
    return toTownSpaceReportView(row);
  }

  /** 修改重报: while submitted or returned, by the unit (or the section); the figures are assessed again. */
  update(request: UpdateTownSpaceReport.Request, caller: CallerContext): Promise<TownSpaceReportView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', null, async (row, manager) => {
      if (row.year !== request.year && (await this.townSpaceReports.hasLiveReport(row.unitId, request.year, manager))) {
        throw new DomainError(TownSpaceReportErrors.duplicate, `该单位${request.year}年度的办公用房情况已报送`);
      }
      Object.assign(row, await this.figures(request, manager), { reviewNote: null, reviewedBy: null, reviewedAt: null });
    });
  }

  approve(request: ApproveTownSpaceReport.Request, caller: CallerContext): Promise<TownSpaceReportView> {
    const note = request.note?.trim() || null;
    return this.step(request.id, request.expectedVersion, caller, 'approve', note, (row, _manager, now) => {
      Object.assign(row, { reviewNote: note, reviewedBy: caller.username, reviewedAt: now });
      return Promise.resolve();
    });
  }

  return(request: ReturnTownSpaceReport.Request, caller: CallerContext): Promise<TownSpaceReportView> {
    const reason = requireReason(request.reason, '退回');
    return this.step(request.id, request.expectedVersion, caller, 'return', reason, (row, _manager, now) => {
      Object.assign(row, { reviewNote: reason, reviewedBy: caller.username, reviewedAt: now });
      return Promise.resolve();
    });
  }

  withdraw(request: WithdrawTownSpaceReport.Request, caller: CallerContext): Promise<TownSpaceReportView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', reason, (row) => {
      row.withdrawalReason = reason;
      return Promise.resolve();
    });
  }

  async get(id: string, caller: CallerContext): Promise<TownSpaceReportView> {
    const row = await this.townSpaceReports.findById(id);
    if (!row || !canSeeTownSpaceReport(caller, row.unitId)) throw new DomainError(TownSpaceReportErrors.notFound, '镇街办公用房报送不存在或无权查看');
    return toTownSpaceReportView(row);
  }

  async list(request: ListTownSpaceReports.Request, caller: CallerContext): Promise<ListTownSpaceReports.Reply> {
    const access = townSpaceReportAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看镇街办公用房报送');
    const page = pageOf(request);
    const { items, total } = await this.townSpaceReports.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toTownSpaceReportView), total, ...page };
  }

  /** The reported figures, checked against each other, and the area the standard allows (the standard in force today). */
  private async figures(fields: TownSpaceReportFields, manager: EntityManager) {
    const problems = figureProblems(fields);
    if (problems.length) throw new DomainError(TownSpaceReportErrors.badFigures, problems.map((p) => p.message.split('：')[1]).join('；'), problems.map((p) => ({ field: p.field, code: 'consistency', message: p.message })));
    const standards = await this.townSpaceReports.standardsOn(shanghaiDate(new Date()), manager);
    if (!standards) throw new DomainError(TownSpaceReportErrors.badFigures, '未配置办公用房面积标准，无法核定');
    const assessment = assessSpace(fields.officeAreaM2, fields.staff, standards);
    const staff = { county_principal: fields.staff.county_principal, county_deputy: fields.staff.county_deputy, section_principal: fields.staff.section_principal, section_deputy: fields.staff.section_deputy, below_section: fields.staff.below_section };
    return {
      unitName: fields.unitName.trim(),
      year: fields.year,
      buildings: fields.buildings,
      totalAreaM2: fields.totalAreaM2,
      officeAreaM2: fields.officeAreaM2,
      staff,
      carsHeld: fields.carsHeld ?? null,
      carsQuota: fields.carsQuota ?? null,
      note: fields.note?.trim() || null,
      standardAreaM2: assessment.standardAreaM2,
      excessAreaM2: assessment.excessAreaM2,
      standardRule: assessment.standardRule,
    };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event and 待办 in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: TownSpaceReportStep,
    note: string | null,
    change: (row: TownSpaceReportRow, manager: EntityManager, now: Date) => Promise<void>,
  ): Promise<TownSpaceReportView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.townSpaceReports.findById(id, tx.manager, true);
      if (!current || !canSeeTownSpaceReport(caller, current.unitId)) throw new DomainError(TownSpaceReportErrors.notFound, '镇街办公用房报送不存在或无权查看');
      const review = step === 'approve' || step === 'return';
      if (review ? !canReviewTownSpaceReport(caller) : !canChangeTownSpaceReport(caller, current.unitId)) {
        throw new DomainError(CommonErrors.forbidden, review ? '镇街办公用房报送由机关事务管理科审核' : '无权办理该镇街办公用房报送');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(TownSpaceReportErrors.versionConflict, `镇街办公用房报送已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(TownSpaceReportErrors.invalidState, `镇街办公用房报送当前状态不能${{ update: '修改', approve: '通过', return: '退回', withdraw: '撤回' }[step]}`);
      const now = new Date();
      const next: TownSpaceReportRow = { ...current, history: [...current.history] };
      await change(next, tx.manager, now);
      next.history.push({ step, actor: caller.username, at: now.toISOString(), note });
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.townSpaceReports.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(TownSpaceReportErrors.versionConflict, '镇街办公用房报送已被他人修改，请刷新后重试');
      await tx.emit(STEP_EVENTS[step], snapshotOf(next), undefined, TownSpaceReportChanged.Event);
      await publishTaskChanges(tx, {
        app: 'facilities-and-vehicles',
        record: { type: 'town-space-report', id: next.id },
        before: townSpaceReportTasks(current),
        after: townSpaceReportTasks(next),
        version: next.version,
        by: caller.userId,
        outcome: step === 'withdraw' ? 'withdrawn' : step === 'return' ? 'returned' : 'done',
      });
      return next;
    });
    return toTownSpaceReportView(row);
  }
}
