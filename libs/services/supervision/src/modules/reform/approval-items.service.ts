import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  APPROVAL_CHANGE_KIND_LABELS,
  APPROVAL_SOURCE_LEVEL_LABELS,
  ApprovalItemEvents,
  ReformErrors,
  type ApprovalItemSnapshot,
  type ApprovalItemView,
  type ImplementApprovalItem,
  type ListApprovalItems,
  type RegisterApprovalItem,
  type WithdrawApprovalItem,
} from '@gov/contracts-supervision';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { computeDue, dueView } from '../suggestions/due-date.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';
import { ApprovalItemsRepository, type ApprovalItemRow } from './approval-items.repository.js';
import { approvalItemTaskChange } from './approval-items.tasks.js';
import { requireReformAccess, requireReformManage } from './reform.policy.js';
import { ReformRepository } from './reform.repository.js';

const CONFLICT = { error: ReformErrors.versionConflict, what: '审批改革事项' };
const NOT_FOUND = '审批改革事项不存在或无权查看';

/**
 * 行政审批制度改革事项 (issue 21 §3, the 放管服 ledger): each 取消/下放/承接/调整 of an approval item decided by the
 * State Council, the province or the city, registered by 职能转变科 with the district unit that implements it and a
 * deadline from the engine; the unit (or the section for it) records its measures (衔接、承接、事中事后监管) and the date.
 * A pending item is in the unit's 待办 (its liaisons) with the deadline.
 */
@Injectable()
export class ApprovalItemsService implements OnModuleInit {
  constructor(
    private readonly items: ApprovalItemsRepository,
    private readonly reform: ReformRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange(async (year, tx, calendar) => {
      await this.redatePending(year, tx, calendar);
    });
  }

  async register(request: RegisterApprovalItem.Request, caller: CallerContext): Promise<ApprovalItemView> {
    requireReformManage(caller, '登记审批改革事项');
    const row = await this.transactions.run(async (tx) => {
      const inactive = await this.reform.inactiveUnits([request.unitId], tx.manager);
      if (inactive.length) throw new DomainError(ReformErrors.unknownUnit, `单位不存在或已停用：${inactive.join('、')}`);
      const due = computeDue(await this.calendarCopy.current(), { start: request.receivedOn, amount: request.period.amount, unit: request.period.unit });
      const now = new Date();
      const item: ApprovalItemRow = {
        id: randomUUID(),
        sourceLevel: request.sourceLevel,
        sourceDocument: request.sourceDocument.trim(),
        itemName: request.itemName.trim(),
        changeKind: request.changeKind,
        unitId: request.unitId,
        receivedOn: request.receivedOn,
        periodAmount: request.period.amount,
        periodUnit: request.period.unit,
        dueDate: due.dueDate,
        dueProvisional: due.provisional,
        dueExplanation: due.explanation,
        status: 'pending',
        measures: null,
        implementedOn: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.items.insert(item, tx.manager);
      const what = `${APPROVAL_SOURCE_LEVEL_LABELS[item.sourceLevel]}${APPROVAL_CHANGE_KIND_LABELS[item.changeKind]}（${item.sourceDocument}）`;
      await this.reform.recordHistory('approval_item', item.id, 1, 'registered', `登记${what}，落实期限 ${item.dueDate ?? '（暂无）'}`, caller.username, now, tx.manager);
      await tx.emit(ApprovalItemEvents.registered, snapshotOf(item));
      await publishTaskChanges(tx, approvalItemTaskChange(null, item, caller.userId));
      return item;
    });
    return this.view(row);
  }

  async get(id: string, caller: CallerContext): Promise<ApprovalItemView> {
    const access = requireReformAccess(caller);
    const row = await this.items.find(id);
    if (!row || (access.kind === 'unit' && row.unitId !== access.unitId)) throw new DomainError(ReformErrors.approvalItemNotFound, NOT_FOUND);
    return this.view(row);
  }

  async list(request: ListApprovalItems.Request, caller: CallerContext): Promise<ListApprovalItems.Reply> {
    const access = requireReformAccess(caller);
    const page = pageOf(request);
    const { items, total } = await this.items.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const history = await this.reform.history('approval_item', items.map((r) => r.id));
    const today = shanghaiDate(new Date());
    return { items: items.map((r) => toView(r, history.get(r.id) ?? [], today)), total, ...page };
  }

  /** The unit records how it implemented the item (职能转变科 may record it for the unit). */
  implement(request: ImplementApprovalItem.Request, caller: CallerContext): Promise<ApprovalItemView> {
    if (request.implementedOn > shanghaiDate(new Date())) throw new DomainError(CommonErrors.validationFailed, '落实日期不能晚于今天', [{ field: 'implementedOn', code: 'max', message: 'implementedOn：不能晚于今天' }]);
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      if (!caller.unitId) requireReformManage(caller, '代为登记落实情况');
      if (request.implementedOn < row.receivedOn) throw new DomainError(CommonErrors.validationFailed, `落实日期不能早于文件收到日期 ${row.receivedOn}`, [{ field: 'implementedOn', code: 'min', message: `implementedOn：不能早于 ${row.receivedOn}` }]);
      Object.assign(row, { status: 'implemented', measures: request.measures.trim(), implementedOn: request.implementedOn });
      const late = row.dueDate && request.implementedOn > row.dueDate ? `（超过落实期限 ${row.dueDate}）` : '';
      return { action: 'implemented', note: `落实，日期 ${request.implementedOn}${late}`, event: ApprovalItemEvents.implemented };
    });
  }

  withdraw(request: WithdrawApprovalItem.Request, caller: CallerContext): Promise<ApprovalItemView> {
    requireReformManage(caller, '撤回审批改革事项');
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return { action: 'withdrawn', note: `撤回：${reason}`, event: ApprovalItemEvents.withdrawn };
    });
  }

  /** Pending items' deadlines re-dated in the calendar change's transaction (a new version and a line by 系统 each). */
  async redatePending(year: number, tx: Tx, calendar: WorkingCalendar): Promise<number> {
    let redated = 0;
    for (const row of await this.items.pendingAround(year, tx.manager)) {
      const due = computeDue(calendar, { start: row.receivedOn, amount: row.periodAmount, unit: row.periodUnit });
      if (due.dueDate === row.dueDate && due.provisional === row.dueProvisional && due.explanation.join('\n') === row.dueExplanation.join('\n')) continue;
      const next: ApprovalItemRow = { ...row, dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, version: row.version + 1, updatedAt: new Date(), updatedBy: '系统' };
      await commitStep(tx, {
        save: () => this.items.updateIfVersion(next, row.version, tx.manager),
        conflict: CONFLICT,
        history: () => this.reform.recordHistory('approval_item', next.id, next.version, 'redated', `${year} 年节假日安排更新，落实期限由 ${row.dueDate ?? '（暂无）'} 重新计算为 ${next.dueDate ?? '（暂无）'}`, '系统', next.updatedAt, tx.manager),
        events: [[ApprovalItemEvents.redated, snapshotOf(next)]],
      });
      await publishTaskChanges(tx, approvalItemTaskChange(row, next));
      redated += 1;
    }
    return redated;
  }

  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    work: (row: ApprovalItemRow) => { action: string; note: string; event: string },
  ): Promise<ApprovalItemView> {
    const access = requireReformAccess(caller);
    const row = await this.transactions.run(async (tx) => {
      const current = await this.items.find(id, tx.manager, true);
      if (!current || (access.kind === 'unit' && current.unitId !== access.unitId)) throw new DomainError(ReformErrors.approvalItemNotFound, NOT_FOUND);
      assertVersion(current.version, expectedVersion, CONFLICT);
      if (current.status !== 'pending') throw new DomainError(ReformErrors.invalidState, current.status === 'implemented' ? '该事项已落实' : '该事项已撤回');
      const next: ApprovalItemRow = { ...current };
      const change = work(next);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      await commitStep(tx, {
        save: () => this.items.updateIfVersion(next, expectedVersion, tx.manager),
        conflict: CONFLICT,
        history: () => this.reform.recordHistory('approval_item', next.id, next.version, change.action, change.note, caller.username, next.updatedAt, tx.manager),
        events: [[change.event, snapshotOf(next)]],
      });
      await publishTaskChanges(tx, approvalItemTaskChange(current, next, caller.userId));
      return next;
    });
    return this.view(row);
  }

  private async view(row: ApprovalItemRow): Promise<ApprovalItemView> {
    const history = await this.reform.history('approval_item', [row.id]);
    return toView(row, history.get(row.id) ?? [], shanghaiDate(new Date()));
  }
}

function snapshotOf(row: ApprovalItemRow): ApprovalItemSnapshot {
  return { id: row.id, unitId: row.unitId, status: row.status, version: row.version };
}

function toView(r: ApprovalItemRow, history: ApprovalItemView['history'], today: string): ApprovalItemView {
  return {
    id: r.id,
    sourceLevel: r.sourceLevel,
    sourceDocument: r.sourceDocument,
    itemName: r.itemName,
    changeKind: r.changeKind,
    unitId: r.unitId,
    receivedOn: r.receivedOn,
    period: { amount: r.periodAmount, unit: r.periodUnit },
    due: dueView({ dueDate: r.dueDate, provisional: r.dueProvisional, explanation: r.dueExplanation }, today, r.status === 'pending'),
    status: r.status,
    measures: r.measures,
    implementedOn: r.implementedOn,
    withdrawalReason: r.withdrawalReason,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedBy,
    history,
  };
}
