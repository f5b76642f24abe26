import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  WORK_ITEM_STATUS_LABELS,
  WorkItemChanged,
  WorkItemErrors,
  WorkItemEvents,
  type ConfirmWorkItem,
  type CreateWorkItem,
  type ListWorkItems,
  type ReportWorkItem,
  type ReturnWorkItem,
  type UpdateWorkItem,
  type WithdrawWorkItem,
  type WorkItemDetail,
  type WorkItemFields,
} from '@gov/contracts-disclosure';
import { CalendarCopy, DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageWorkItems, canReportFor, canSeeWorkItem, workItemAccess } from './work-items.policy.js';
import { WorkItemsRepository, type WorkItemRow } from './work-items.repository.js';
import { canTake, dateProblem, isOfficeStep, needsReminder, statusAfter, unitsProblem, WORK_ITEM_STEP_LABELS, type WorkItemStep } from './work-items.rules.js';
import { workItemTaskChange } from './work-items.tasks.js';
import { snapshotOf, toWorkItemDetail, toWorkItemView } from './work-items.views.js';

const today = () => shanghaiDate(new Date());

/** A rule's problem (`field：message`) as a 422 with the field. */
function refuse(error: (typeof WorkItemErrors)[keyof typeof WorkItemErrors], problem: string | null): void {
  if (!problem) return;
  const at = problem.indexOf('：');
  throw new DomainError(error, problem.slice(at + 1), [{ field: problem.slice(0, at), code: error.code, message: problem }]);
}

/** The fields as stored, trimmed. */
function fieldsOf(request: WorkItemFields): Pick<WorkItemRow, 'year' | 'number' | 'content' | 'basisDocument' | 'leadUnitId' | 'coUnitIds' | 'dueDate'> {
  return {
    year: request.year,
    number: request.number.trim(),
    content: request.content.trim(),
    basisDocument: request.basisDocument.trim(),
    leadUnitId: request.leadUnitId,
    coUnitIds: request.coUnitIds,
    dueDate: request.dueDate,
  };
}

interface StepEffect {
  event: string;
  note: string | null;
}

/**
 * 领导小组工作事项: the 政务公开领导小组办公室 (seated in 政务公开科) assigns the year's work items (工作要点 tasks) to a lead
 * unit and its co-units with a deadline; each unit's liaison reports progress for its own unit, the lead unit reports
 * completion; the office confirms it (已完成) or returns it for supplementing (退回补充); withdrawn (撤销) with a reason.
 * Lights by the working-day calendar (yellow within 5 working days, red past due); 待办 for the units once an item is near
 * or past its deadline (the reminder, set at a step or by the sweep), and for the office to confirm a 报完成.
 */
@Injectable()
export class WorkItemsService {
  constructor(
    private readonly items: WorkItemsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  async create(request: CreateWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    if (!canManageWorkItems(caller)) throw new DomainError(CommonErrors.forbidden, '工作事项由领导小组办公室（政务公开科）交办');
    const fields = fieldsOf(request);
    refuse(WorkItemErrors.units, unitsProblem(fields.leadUnitId, fields.coUnitIds));
    return this.transactions.run(async (tx) => {
      if (await this.items.numberTaken(tx.manager, fields.year, fields.number)) refuse(WorkItemErrors.duplicateNumber, `number：${fields.year}年已有序号为"${fields.number}"的工作事项`);
      const calendar = await this.calendar.current(tx);
      const now = new Date();
      const created: WorkItemRow = {
        id: randomUUID(),
        ...fields,
        status: 'in_progress',
        reminded: false,
        lastReportedOn: null,
        completionReportedOn: null,
        completedOn: null,
        confirmedBy: null,
        returnReason: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      created.reminded = needsReminder(calendar, created, today());
      await this.items.insert(created, tx.manager);
      await this.items.addStep(tx.manager, created.id, { at: now, by: caller.username, step: 'assign', label: WORK_ITEM_STEP_LABELS.assign, note: `完成时限 ${created.dueDate}` });
      await tx.emit(WorkItemEvents.created, snapshotOf(created), undefined, WorkItemChanged.Event);
      await publishTaskChanges(tx, workItemTaskChange(null, created, caller.userId));
      return this.detail(created, tx, calendar);
    });
  }

  update(request: UpdateWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    const fields = fieldsOf(request);
    refuse(WorkItemErrors.units, unitsProblem(fields.leadUnitId, fields.coUnitIds));
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx, calendar) => {
      if ((fields.year !== row.year || fields.number !== row.number) && (await this.items.numberTaken(tx.manager, fields.year, fields.number, row.id))) {
        refuse(WorkItemErrors.duplicateNumber, `number：${fields.year}年已有序号为"${fields.number}"的工作事项`);
      }
      const dueChanged = fields.dueDate !== row.dueDate;
      Object.assign(row, fields);
      // A new deadline judges the reminder afresh (a later one withdraws the units' 待办 until it nears again).
      row.reminded = needsReminder(calendar, row, today());
      return { event: WorkItemEvents.updated, note: dueChanged ? `完成时限改为 ${row.dueDate}` : null };
    });
  }

  report(request: ReportWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    const completion = request.completion === true;
    return this.step(request.id, request.expectedVersion, caller, completion ? 'complete' : 'report', async (row, tx) => {
      refuse(WorkItemErrors.dateOrder, dateProblem('reportedOn', request.reportedOn, today()));
      const unitId = caller.unitId as string;
      if (completion && unitId !== row.leadUnitId) refuse(WorkItemErrors.notLeadUnit, 'completion：只有牵头单位可以报完成，配合单位请报送进展');
      await this.items.addReport(tx.manager, row.id, {
        id: randomUUID(),
        unitId,
        text: request.text.trim(),
        attachments: (request.attachments ?? []).map((a) => a.trim()).filter((a) => a.length > 0),
        reportedOn: request.reportedOn,
        completion,
        by: caller.username,
        at: new Date(),
      });
      row.lastReportedOn = !row.lastReportedOn || request.reportedOn > row.lastReportedOn ? request.reportedOn : row.lastReportedOn;
      if (completion) Object.assign(row, { completionReportedOn: request.reportedOn, returnReason: null });
      return { event: completion ? WorkItemEvents.completionReported : WorkItemEvents.reported, note: `${request.reportedOn}：${request.text.trim().slice(0, 200)}` };
    });
  }

  confirm(request: ConfirmWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'confirm', async (row) => {
      refuse(WorkItemErrors.dateOrder, dateProblem('completedOn', request.completedOn, today(), { on: row.completionReportedOn, what: '报完成之日' }));
      Object.assign(row, { completedOn: request.completedOn, confirmedBy: caller.username });
      return { event: WorkItemEvents.confirmed, note: request.note?.trim() || null };
    });
  }

  return(request: ReturnWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    const reason = requireReason(request.reason, '退回补充');
    return this.step(request.id, request.expectedVersion, caller, 'return', async (row, _tx, calendar) => {
      Object.assign(row, { returnReason: reason, completionReportedOn: null });
      row.reminded = row.reminded || needsReminder(calendar, { ...row, status: 'returned' }, today());
      return { event: WorkItemEvents.returned, note: reason };
    });
  }

  withdraw(request: WithdrawWorkItem.Request, caller: CallerContext): Promise<WorkItemDetail> {
    const reason = requireReason(request.reason, '撤销');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.withdrawalReason = reason;
      return { event: WorkItemEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<WorkItemDetail> {
    const row = await this.items.findById(id);
    if (!row || !canSeeWorkItem(caller, row)) throw new DomainError(WorkItemErrors.notFound, '领导小组工作事项不存在或无权查看');
    return toWorkItemDetail(row, await this.items.reportsOf(row.id), await this.items.stepsOf(row.id), await this.calendar.current(), today());
  }

  async list(request: ListWorkItems.Request, caller: CallerContext): Promise<ListWorkItems.Reply> {
    const access = workItemAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看领导小组工作事项');
    const page = pageOf(request);
    const now = today();
    const overdue = request.overdue === true || request.overdue === 'true';
    const { items, total } = await this.items.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined, overdueBefore: overdue ? now : undefined });
    const calendar = await this.calendar.current();
    return { items: items.map((row) => toWorkItemView(row, calendar, now)), total, ...page };
  }

  /**
   * The reminder sweep: each open item not yet reminded whose light on `day` (default: today in Asia/Shanghai) is yellow
   * or red gets its reminder, which opens the units' 待办 (one new version each). Returns how many.
   */
  async sweepReminders(day: string = today()): Promise<number> {
    return this.transactions.run(async (tx) => {
      const calendar = await this.calendar.current(tx);
      const horizon = new Date(`${day}T00:00:00Z`);
      horizon.setUTCDate(horizon.getUTCDate() + 30);
      let reminded = 0;
      for (const current of await this.items.unremindedDueBy(tx.manager, horizon.toISOString().slice(0, 10))) {
        if (!needsReminder(calendar, current, day)) continue;
        const next: WorkItemRow = { ...current, reminded: true, version: current.version + 1, updatedAt: new Date(), updatedBy: 'system' };
        if (!(await this.items.saveIfVersion(next, current.version, tx.manager))) continue;
        await this.items.addStep(tx.manager, next.id, { at: next.updatedAt, by: 'system', step: 'remind', label: WORK_ITEM_STEP_LABELS.remind, note: `完成时限 ${next.dueDate}，已向责任单位发出待办` });
        await tx.emit(WorkItemEvents.reminded, snapshotOf(next), undefined, WorkItemChanged.Event);
        await publishTaskChanges(tx, workItemTaskChange(current, next));
        reminded += 1;
      }
      return reminded;
    });
  }

  private async detail(row: WorkItemRow, tx: Tx, calendar: WorkingCalendar): Promise<WorkItemDetail> {
    return toWorkItemDetail(row, await this.items.reportsOf(row.id, tx.manager), await this.items.stepsOf(row.id, tx.manager), calendar, today());
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its timeline line, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: WorkItemStep, change: (row: WorkItemRow, tx: Tx, calendar: WorkingCalendar) => Promise<StepEffect>): Promise<WorkItemDetail> {
    return this.transactions.run(async (tx) => {
      const current = await this.items.findById(id, tx.manager, true);
      if (!current || !canSeeWorkItem(caller, current)) throw new DomainError(WorkItemErrors.notFound, '领导小组工作事项不存在或无权查看');
      if (isOfficeStep(step) ? !canManageWorkItems(caller) : !canReportFor(caller, current)) {
        throw new DomainError(CommonErrors.forbidden, isOfficeStep(step) ? `${WORK_ITEM_STEP_LABELS[step]}由领导小组办公室（政务公开科）办理` : '进展由责任单位的联络员为本单位报送');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(WorkItemErrors.versionConflict, `领导小组工作事项已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(WorkItemErrors.invalidState, `当前为"${WORK_ITEM_STATUS_LABELS[current.status]}"，不能${WORK_ITEM_STEP_LABELS[step]}`);
      const calendar = await this.calendar.current(tx);
      const next: WorkItemRow = { ...current, coUnitIds: [...current.coUnitIds] };
      const effect = await change(next, tx, calendar);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.items.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(WorkItemErrors.versionConflict, '领导小组工作事项已被他人修改，请刷新后重试');
      await this.items.addStep(tx.manager, next.id, { at: now, by: caller.username, step, label: WORK_ITEM_STEP_LABELS[step], note: effect.note });
      await tx.emit(effect.event, snapshotOf(next), undefined, WorkItemChanged.Event);
      await publishTaskChanges(tx, workItemTaskChange(current, next, caller.userId));
      return this.detail(next, tx, calendar);
    });
  }
}
