import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  InspectionChanged,
  InspectionErrors,
  InspectionEvents,
  INSPECTION_STATUS_LABELS,
  type CreateDisclosureInspection,
  type DisclosureInspectionView,
  type ListDisclosureInspections,
  type RectifyDisclosureInspection,
  type WithdrawDisclosureInspection,
} from '@gov/contracts-disclosure';
import { CalendarCopy, DomainError, publishTaskChanges, reasonOf, Transactions, type Tx } from '@gov/platform';
import { canChangeInspection, canInspect, canSeeInspection, inspectionAccess } from './inspections.policy.js';
import { InspectionsRepository, type InspectionRow } from './inspections.repository.js';
import { canTake, initialStatus, INSPECTION_STEP_LABELS, rectificationDeadline, statusAfter, type InspectionStep } from './inspections.rules.js';
import { inspectionTaskChange } from './inspections.tasks.js';
import { snapshotOf, toInspectionView } from './inspections.views.js';

const today = () => shanghaiDate(new Date());

function refuse(error: (typeof InspectionErrors)[keyof typeof InspectionErrors] | typeof CommonErrors.validationFailed, field: string, code: string, message: string): never {
  throw new DomainError(error, message, [{ field, code, message: `${field}：${message}` }]);
}

/**
 * 公开巡查: the section inspects a unit's 政府信息公开 page or column; findings open a rectification with a deadline in
 * working days (re-dated when the calendar changes); the unit's liaison reports the rectification; the list shows what
 * is overdue.
 */
@Injectable()
export class InspectionsService implements OnModuleInit {
  constructor(
    private readonly inspections: InspectionsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((_year, tx, calendar) => this.redateRectifying(tx, calendar));
  }

  async create(request: CreateDisclosureInspection.Request, caller: CallerContext): Promise<DisclosureInspectionView> {
    if (!canInspect(caller)) throw new DomainError(CommonErrors.forbidden, '公开巡查由大数据科登记');
    if (request.inspectedOn > today()) refuse(InspectionErrors.dateOrder, 'inspectedOn', 'future', '巡查之日不能晚于今天');
    const status = initialStatus(request.content);
    if (status === 'rectifying' && !request.workingDays) refuse(CommonErrors.validationFailed, 'workingDays', 'required', '发现问题的，须确定整改期限（工作日）');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const due = status === 'rectifying' && request.workingDays ? rectificationDeadline(await this.calendar.current(tx), request.inspectedOn, request.workingDays) : null;
      const created: InspectionRow = {
        id: randomUUID(),
        unitId: request.unitId,
        title: request.title.trim(),
        url: request.url ?? null,
        inspectedOn: request.inspectedOn,
        content: request.content.trim(),
        status,
        workingDays: due ? (request.workingDays ?? null) : null,
        dueDate: due?.dueDate ?? null,
        dueExplanation: due?.explanation ?? [],
        rectifiedOn: null,
        rectificationNote: null,
        rectifiedBy: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.inspections.insert(created, tx.manager);
      await tx.emit(InspectionEvents.created, snapshotOf(created), undefined, InspectionChanged.Event);
      await publishTaskChanges(tx, inspectionTaskChange(null, created, caller.userId));
      return created;
    });
    return toInspectionView(row, today());
  }

  rectify(request: RectifyDisclosureInspection.Request, caller: CallerContext): Promise<DisclosureInspectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'rectify', (row) => {
      if (request.rectifiedOn > today()) refuse(InspectionErrors.dateOrder, 'rectifiedOn', 'future', '整改完成之日不能晚于今天');
      if (request.rectifiedOn < row.inspectedOn) refuse(InspectionErrors.dateOrder, 'rectifiedOn', 'order', `整改完成之日不能早于巡查之日（${row.inspectedOn}）`);
      Object.assign(row, { rectifiedOn: request.rectifiedOn, rectificationNote: request.note.trim(), rectifiedBy: caller.username });
      return InspectionEvents.rectified;
    });
  }

  withdraw(request: WithdrawDisclosureInspection.Request, caller: CallerContext): Promise<DisclosureInspectionView> {
    const reason = reasonOf(request.reason);
    if (!reason) refuse(CommonErrors.validationFailed, 'reason', 'minLength', '撤回须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return InspectionEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<DisclosureInspectionView> {
    const row = await this.inspections.findById(id);
    if (!row || !canSeeInspection(caller, row.unitId)) throw new DomainError(InspectionErrors.notFound, '公开巡查记录不存在或无权查看');
    return toInspectionView(row, today());
  }

  async list(request: ListDisclosureInspections.Request, caller: CallerContext): Promise<ListDisclosureInspections.Reply> {
    const access = inspectionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公开巡查记录');
    const page = pageOf(request);
    const now = today();
    const overdue = request.overdue === true || request.overdue === 'true';
    const { items, total } = await this.inspections.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined, overdueBefore: overdue ? now : undefined });
    return { items: items.map((row) => toInspectionView(row, now)), total, ...page };
  }

  /** A calendar change re-dates the rectifications still open, with the new explanation. */
  private async redateRectifying(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const current of await this.inspections.rectifyingForRedating(tx.manager)) {
      if (!current.workingDays) continue;
      const due = rectificationDeadline(calendar, current.inspectedOn, current.workingDays);
      if (due.dueDate === current.dueDate) continue;
      const next: InspectionRow = { ...current, dueDate: due.dueDate, dueExplanation: due.explanation, version: current.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      if (!(await this.inspections.saveIfVersion(next, current.version, tx.manager))) continue;
      await tx.emit(InspectionEvents.updated, snapshotOf(next), undefined, InspectionChanged.Event);
      await publishTaskChanges(tx, inspectionTaskChange(current, next));
    }
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: InspectionStep, change: (row: InspectionRow) => string): Promise<DisclosureInspectionView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.inspections.findById(id, tx.manager, true);
      if (!current || !canSeeInspection(caller, current.unitId)) throw new DomainError(InspectionErrors.notFound, '公开巡查记录不存在或无权查看');
      const allowed = step === 'withdraw' ? canInspect(caller) : canChangeInspection(caller, current.unitId);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'withdraw' ? '公开巡查记录由大数据科撤回' : '无权办理该公开巡查记录');
      if (current.version !== expectedVersion) {
        throw new DomainError(InspectionErrors.versionConflict, `公开巡查记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(InspectionErrors.invalidState, `当前为"${INSPECTION_STATUS_LABELS[current.status]}"，不能${INSPECTION_STEP_LABELS[step]}`);
      const next: InspectionRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.inspections.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(InspectionErrors.versionConflict, '公开巡查记录已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, InspectionChanged.Event);
      await publishTaskChanges(tx, inspectionTaskChange(current, next, caller.userId));
      return next;
    });
    return toInspectionView(row, today());
  }
}
