import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  StaffTrainingErrors,
  StaffTrainingEvents,
  TRAINING_KIND_LABELS,
  TrainingPlanChanged,
  TrainingSessionChanged,
  type CreateTrainingPlan,
  type CreateTrainingSession,
  type GetTrainingHours,
  type ListTrainingPlans,
  type ListTrainingSessions,
  type TrainingAttendee,
  type TrainingAttendeeInput,
  type TrainingPlanView,
  type TrainingSessionFields,
  type TrainingSessionView,
  type UpdateTrainingPlan,
  type UpdateTrainingSession,
  type WithdrawTrainingPlan,
  type WithdrawTrainingSession,
} from '@gov/contracts-personnel-finance';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { timelineEntry } from '../../common/timeline.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { canManageTrainings, canSeeTrainings } from './staff-trainings.policy.js';
import { StaffTrainingsRepository, type TrainingPlanRow, type TrainingSessionRow } from './staff-trainings.repository.js';
import { attendanceRefusal, hoursPerPerson, inPlanYear, standardFor } from './staff-trainings.rules.js';
import { planSnapshot, sessionSnapshot, toPlanView, toSessionView } from './staff-trainings.views.js';

const PLAN_NOT_FOUND = '培训计划不存在或无权查看';
const SESSION_NOT_FOUND = '培训班次不存在或无权查看';

/** 培训 (人事科): yearly plans, their sessions with attendance, and the hours per person per year against the standard. */
@Injectable()
export class StaffTrainingsService {
  constructor(
    private readonly repo: StaffTrainingsRepository,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
  ) {}

  // ------------------------------------------------------------ plans

  async createPlan(request: CreateTrainingPlan.Request, caller: CallerContext): Promise<TrainingPlanView> {
    if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权编制培训计划');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: TrainingPlanRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        kind: request.kind,
        plannedHours: request.plannedHours,
        note: request.note?.trim() || null,
        status: 'planned',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '列入计划', `${request.year} 年度 ${TRAINING_KIND_LABELS[request.kind]}，计划 ${request.plannedHours} 学时`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repo.plans.insert(tx.manager, created);
      await tx.emit(StaffTrainingEvents.planCreated, planSnapshot(created), undefined, TrainingPlanChanged.Event);
      return created;
    });
    return toPlanView(row);
  }

  updatePlan(request: UpdateTrainingPlan.Request, caller: CallerContext): Promise<TrainingPlanView> {
    return this.planStep(request, caller, async (row) => {
      if (request.year !== row.year && (await this.repo.planTotals([row.id])).get(row.id)?.sessions) {
        throw new DomainError(StaffTrainingErrors.outsidePlanYear, '已登记班次的计划不能改变年度', [{ field: 'year', code: 'hasSessions', message: 'year：已登记班次，不能改变年度' }]);
      }
      Object.assign(row, { year: request.year, title: request.title.trim(), kind: request.kind, plannedHours: request.plannedHours, note: request.note?.trim() || null });
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改计划')];
      return StaffTrainingEvents.planUpdated;
    });
  }

  withdrawPlan(request: WithdrawTrainingPlan.Request, caller: CallerContext): Promise<TrainingPlanView> {
    const reason = requireReason(request.reason);
    return this.planStep(request, caller, async (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return StaffTrainingEvents.planWithdrawn;
    });
  }

  async getPlan(id: string, caller: CallerContext): Promise<TrainingPlanView> {
    const row = canSeeTrainings(caller) ? await this.repo.plans.find(this.repo.manager, id) : null;
    if (!row) throw new DomainError(StaffTrainingErrors.planNotFound, PLAN_NOT_FOUND);
    return toPlanView(row, (await this.repo.planTotals([id])).get(id));
  }

  async listPlans(request: ListTrainingPlans.Request, caller: CallerContext): Promise<ListTrainingPlans.Reply> {
    if (!canSeeTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看培训');
    const page = pageOf(request);
    const { items, total } = await this.repo.searchPlans({ ...request, ...page });
    const totals = await this.repo.planTotals(items.map((r) => r.id));
    return { items: items.map((r) => toPlanView(r, totals.get(r.id))), total, ...page };
  }

  private async planStep(request: { id: string; expectedVersion: number }, caller: CallerContext, change: (row: TrainingPlanRow) => Promise<string>): Promise<TrainingPlanView> {
    const row = await this.transactions.run(async (tx) => {
      const current = canSeeTrainings(caller) ? await this.repo.plans.find(tx.manager, request.id, true) : null;
      if (!current) throw new DomainError(StaffTrainingErrors.planNotFound, PLAN_NOT_FOUND);
      if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权修改培训计划');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(StaffTrainingErrors.versionConflict, `培训计划已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (current.status === 'withdrawn') throw new DomainError(StaffTrainingErrors.invalidState, '培训计划已撤回，不能再办理');
      const next: TrainingPlanRow = { ...current };
      const event = await change(next);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repo.plans.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(StaffTrainingErrors.versionConflict, '培训计划已被他人修改，请刷新后重试');
      await tx.emit(event, planSnapshot(next), undefined, TrainingPlanChanged.Event);
      return next;
    });
    return toPlanView(row, (await this.repo.planTotals([row.id])).get(row.id));
  }

  // ------------------------------------------------------------ sessions

  async createSession(request: CreateTrainingSession.Request, caller: CallerContext): Promise<TrainingSessionView> {
    if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记培训班次');
    const [row, plan] = await this.transactions.run(async (tx) => {
      const plan = await this.repo.plans.find(tx.manager, request.planId);
      if (!plan) throw new DomainError(StaffTrainingErrors.planNotFound, PLAN_NOT_FOUND, [{ field: 'planId', code: 'unknown', message: 'planId：培训计划不存在' }]);
      if (plan.status === 'withdrawn') throw new DomainError(StaffTrainingErrors.invalidState, '培训计划已撤回，不能再登记班次');
      const attendees = await this.attendees(request, plan, tx.manager);
      const now = new Date();
      const created: TrainingSessionRow = {
        id: randomUUID(),
        planId: plan.id,
        title: request.title.trim(),
        heldOn: request.heldOn,
        hours: request.hours,
        days: request.days,
        organiser: request.organiser.trim(),
        attendees,
        status: 'recorded',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '登记班次', `${request.heldOn}，${request.hours} 学时，参加 ${attendees.filter((a) => a.attended).length}／${attendees.length} 人`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repo.sessions.insert(tx.manager, created);
      await tx.emit(StaffTrainingEvents.sessionRecorded, sessionSnapshot(created), undefined, TrainingSessionChanged.Event);
      return [created, plan] as const;
    });
    return toSessionView(row, plan);
  }

  updateSession(request: UpdateTrainingSession.Request, caller: CallerContext): Promise<TrainingSessionView> {
    return this.sessionStep(request, caller, async (row, plan, manager) => {
      const attendees = await this.attendees(request, plan, manager);
      Object.assign(row, { title: request.title.trim(), heldOn: request.heldOn, hours: request.hours, days: request.days, organiser: request.organiser.trim(), attendees });
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改班次或出勤', `参加 ${attendees.filter((a) => a.attended).length}／${attendees.length} 人`)];
      return StaffTrainingEvents.sessionUpdated;
    });
  }

  withdrawSession(request: WithdrawTrainingSession.Request, caller: CallerContext): Promise<TrainingSessionView> {
    const reason = requireReason(request.reason);
    return this.sessionStep(request, caller, async (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return StaffTrainingEvents.sessionWithdrawn;
    });
  }

  async getSession(id: string, caller: CallerContext): Promise<TrainingSessionView> {
    const row = canSeeTrainings(caller) ? await this.repo.sessions.find(this.repo.manager, id) : null;
    if (!row) throw new DomainError(StaffTrainingErrors.sessionNotFound, SESSION_NOT_FOUND);
    return toSessionView(row, (await this.repo.plans.find(this.repo.manager, row.planId))!);
  }

  async listSessions(request: ListTrainingSessions.Request, caller: CallerContext): Promise<ListTrainingSessions.Reply> {
    if (!canSeeTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看培训');
    const page = pageOf(request);
    const { items, total } = await this.repo.searchSessions({ ...request, ...page });
    const plans = new Map<string, TrainingPlanRow>();
    for (const planId of new Set(items.map((r) => r.planId))) plans.set(planId, (await this.repo.plans.find(this.repo.manager, planId))!);
    return { items: items.map((r) => toSessionView(r, plans.get(r.planId)!)), total, ...page };
  }

  private async sessionStep(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    change: (row: TrainingSessionRow, plan: TrainingPlanRow, manager: EntityManager) => Promise<string>,
  ): Promise<TrainingSessionView> {
    const [row, plan] = await this.transactions.run(async (tx) => {
      const current = canSeeTrainings(caller) ? await this.repo.sessions.find(tx.manager, request.id, true) : null;
      if (!current) throw new DomainError(StaffTrainingErrors.sessionNotFound, SESSION_NOT_FOUND);
      if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权修改培训班次');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(StaffTrainingErrors.versionConflict, `培训班次已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (current.status === 'withdrawn') throw new DomainError(StaffTrainingErrors.invalidState, '培训班次已撤回，不能再办理');
      const plan = (await this.repo.plans.find(tx.manager, current.planId))!;
      const next: TrainingSessionRow = { ...current };
      const event = await change(next, plan, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repo.sessions.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(StaffTrainingErrors.versionConflict, '培训班次已被他人修改，请刷新后重试');
      await tx.emit(event, sessionSnapshot(next), undefined, TrainingSessionChanged.Event);
      return [next, plan] as const;
    });
    return toSessionView(row, plan);
  }

  /** The attendance list checked: in the plan's year, each person once, an absence with its reason, every person on the active staff (names copied). */
  private async attendees(request: TrainingSessionFields, plan: TrainingPlanRow, manager: EntityManager): Promise<TrainingAttendee[]> {
    if (!inPlanYear(request.heldOn, plan.year)) {
      throw new DomainError(StaffTrainingErrors.outsidePlanYear, `举办日期不在计划年度（${plan.year} 年）内`, [{ field: 'heldOn', code: 'outsidePlanYear', message: `heldOn：须在 ${plan.year} 年内` }]);
    }
    const refusal = attendanceRefusal(request.attendees);
    if (refusal?.kind === 'duplicate') {
      throw new DomainError(StaffTrainingErrors.duplicateAttendee, '参训名单中有重复人员', [{ field: `attendees.${refusal.index}.staffMemberId`, code: 'duplicate', message: 'attendees.staffMemberId：重复' }]);
    }
    if (refusal?.kind === 'absenceReason') {
      throw new DomainError(StaffTrainingErrors.absenceReasonRequired, '未参加的人员须说明缺席原因', [{ field: `attendees.${refusal.index}.absenceReason`, code: 'required', message: 'attendees.absenceReason：未参加须说明缺席原因' }]);
    }
    const ids = request.attendees.map((a: TrainingAttendeeInput) => a.staffMemberId);
    const members = new Map((await this.staff.active(manager, ids)).map((m) => [m.id, m]));
    const unknown = ids.findIndex((id) => !members.has(id));
    if (unknown >= 0) {
      throw new DomainError(StaffTrainingErrors.unknownAttendee, '参训名单中有不存在或已撤回的工作人员', [{ field: `attendees.${unknown}.staffMemberId`, code: 'unknown', message: 'attendees.staffMemberId：不是在职工作人员' }]);
    }
    return request.attendees.map((a) => {
      const m = members.get(a.staffMemberId)!;
      return { staffMemberId: m.id, name: m.name, sectionCode: m.sectionCode, attended: a.attended, absenceReason: a.attended ? null : a.absenceReason!.trim() };
    });
  }

  // ------------------------------------------------------------ hours

  async hours(request: GetTrainingHours.Request, caller: CallerContext): Promise<GetTrainingHours.Reply> {
    if (!canSeeTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看培训学时');
    const standard = standardFor(request.year);
    const people = (await this.staff.active()).map((m) => ({ id: m.id, name: m.name, sectionCode: m.sectionCode }));
    const all = hoursPerPerson(people, await this.repo.sessionsOfYear(request.year), standard);
    const rows = request.belowOnly ? all.filter((r) => !r.meetsStandard) : all;
    return { year: request.year, standard, rows, below: all.filter((r) => !r.meetsStandard).length };
  }
}
