import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ASSISTANCE_REQUEST_STATUS_LABELS,
  AssistanceRequestChanged,
  AssistanceRequestErrors,
  AssistanceRequestEvents,
  type AssistanceRequestFields,
  type AssistanceRequestView,
  type CreateAssistanceRequest,
  type ListAssistanceRequests,
  type ReplyAssistanceRequest,
  type UpdateAssistanceRequest,
  type WithdrawAssistanceRequest,
} from '@gov/contracts-disclosure';
import { CalendarCopy, DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { ApplicationsRepository } from '../applications/applications.repository.js';
import { canHandleAssistanceRequests, canSeeAssistanceRequests } from './assistance-requests.policy.js';
import { AssistanceRequestsRepository, type AssistanceRequestRow } from './assistance-requests.repository.js';
import { ASSISTANCE_STEP_LABELS, canTake, replyDeadline, statusAfter, termProblem, type AssistanceRequestStep } from './assistance-requests.rules.js';
import { assistanceRequestTaskChange } from './assistance-requests.tasks.js';
import { snapshotOf, toAssistanceRequestView } from './assistance-requests.views.js';

const today = () => shanghaiDate(new Date());

type Refusal = (typeof AssistanceRequestErrors)[keyof typeof AssistanceRequestErrors] | typeof CommonErrors.validationFailed;
function refuse(error: Refusal, field: string, code: string, message: string): never {
  throw new DomainError(error, message, [{ field, code, message: `${field}：${message}` }]);
}

/**
 * 协助调查件: a 行政复议机关, 人民法院, 上级机关 or other body asks the office to assist with an investigation concerning
 * 政府信息公开. The section registers it with the reply's deadline (the date the request states, or working days after
 * receipt by the calendar engine, re-dated when the calendar changes), replies (text, date, attachments) or withdraws it
 * with a reason; the reply waits in the section's 待办 and turns red when late.
 */
@Injectable()
export class AssistanceRequestsService implements OnModuleInit {
  constructor(
    private readonly requests: AssistanceRequestsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((_year, tx, calendar) => this.redateAwaiting(tx, calendar));
  }

  async create(request: CreateAssistanceRequest.Request, caller: CallerContext): Promise<AssistanceRequestView> {
    if (!canHandleAssistanceRequests(caller)) throw new DomainError(CommonErrors.forbidden, '协助调查件由大数据科（政务公开科）登记');
    this.checkFields(request);
    const row = await this.transactions.run(async (tx) => {
      await this.checkApplication(request.applicationId, tx.manager);
      const now = new Date();
      const created: AssistanceRequestRow = {
        id: randomUUID(),
        ...this.fieldsOf(request),
        dueDate: null,
        dueExplanation: [],
        status: 'received',
        repliedOn: null,
        replyText: null,
        replyAttachments: [],
        repliedBy: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      Object.assign(created, this.deadlineOf(await this.calendar.current(tx), created));
      await this.requests.insert(created, tx.manager);
      await tx.emit(AssistanceRequestEvents.created, snapshotOf(created), undefined, AssistanceRequestChanged.Event);
      await publishTaskChanges(tx, assistanceRequestTaskChange(null, created, caller.userId));
      return created;
    });
    return toAssistanceRequestView(row, today());
  }

  update(request: UpdateAssistanceRequest.Request, caller: CallerContext): Promise<AssistanceRequestView> {
    this.checkFields(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      await this.checkApplication(request.applicationId, tx.manager);
      Object.assign(row, this.fieldsOf(request));
      Object.assign(row, this.deadlineOf(await this.calendar.current(tx), row));
      return AssistanceRequestEvents.updated;
    });
  }

  reply(request: ReplyAssistanceRequest.Request, caller: CallerContext): Promise<AssistanceRequestView> {
    if (request.repliedOn > today()) refuse(AssistanceRequestErrors.dateOrder, 'repliedOn', 'future', '答复之日不能晚于今天');
    return this.step(request.id, request.expectedVersion, caller, 'reply', (row) => {
      if (request.repliedOn < row.receivedOn) refuse(AssistanceRequestErrors.dateOrder, 'repliedOn', 'order', `答复之日不能早于收文之日（${row.receivedOn}）`);
      const attachments = (request.attachments ?? []).map((a) => a.trim()).filter((a) => a.length > 0);
      Object.assign(row, { repliedOn: request.repliedOn, replyText: request.text.trim(), replyAttachments: attachments, repliedBy: caller.username });
      return AssistanceRequestEvents.replied;
    });
  }

  withdraw(request: WithdrawAssistanceRequest.Request, caller: CallerContext): Promise<AssistanceRequestView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return AssistanceRequestEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<AssistanceRequestView> {
    const row = await this.requests.findById(id);
    if (!row || !canSeeAssistanceRequests(caller)) throw new DomainError(AssistanceRequestErrors.notFound, '协助调查件不存在或无权查看');
    return toAssistanceRequestView(row, today());
  }

  async list(request: ListAssistanceRequests.Request, caller: CallerContext): Promise<ListAssistanceRequests.Reply> {
    if (!canSeeAssistanceRequests(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看协助调查件');
    const page = pageOf(request);
    const now = today();
    const overdue = request.overdue === true || request.overdue === 'true';
    const { items, total } = await this.requests.search({ ...request, ...page, overdueBefore: overdue ? now : undefined });
    return { items: items.map((row) => toAssistanceRequestView(row, now)), total, ...page };
  }

  /** The receipt is not in the future, and the term is one of the two (the date stated not before the receipt). */
  private checkFields(fields: AssistanceRequestFields): void {
    if (fields.receivedOn > today()) refuse(AssistanceRequestErrors.dateOrder, 'receivedOn', 'future', '收文之日不能晚于今天');
    const problem = termProblem(fields);
    if (problem) refuse(AssistanceRequestErrors.deadline, problem.field, 'term', problem.message);
  }

  private async checkApplication(applicationId: string | undefined, manager: EntityManager): Promise<void> {
    if (applicationId && !(await this.applications.findById(applicationId, manager))) refuse(AssistanceRequestErrors.application, 'applicationId', 'unknown', '关联的依申请公开申请不存在');
  }

  private fieldsOf(fields: AssistanceRequestFields) {
    return {
      requesterKind: fields.requesterKind,
      requester: fields.requester.trim(),
      documentNumber: fields.documentNumber.trim(),
      receivedOn: fields.receivedOn,
      title: fields.title.trim(),
      matter: fields.matter.trim(),
      applicationId: fields.applicationId ?? null,
      handler: fields.handler.trim(),
      statedDueOn: fields.statedDueOn ?? null,
      workingDays: fields.statedDueOn ? null : (fields.workingDays ?? null),
    };
  }

  private deadlineOf(calendar: WorkingCalendar, row: AssistanceRequestRow): Pick<AssistanceRequestRow, 'dueDate' | 'dueExplanation'> {
    const due = replyDeadline(calendar, row);
    return { dueDate: due.dueDate, dueExplanation: due.explanation };
  }

  /** A calendar change re-dates the replies still awaited within working days, with the new explanation. */
  private async redateAwaiting(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const current of await this.requests.awaitingForRedating(tx.manager)) {
      const due = this.deadlineOf(calendar, current);
      if (due.dueDate === current.dueDate) continue;
      const next: AssistanceRequestRow = { ...current, ...due, version: current.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      if (!(await this.requests.saveIfVersion(next, current.version, tx.manager))) continue;
      await tx.emit(AssistanceRequestEvents.updated, snapshotOf(next), undefined, AssistanceRequestChanged.Event);
      await publishTaskChanges(tx, assistanceRequestTaskChange(current, next));
    }
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: AssistanceRequestStep,
    change: (row: AssistanceRequestRow, tx: Tx) => string | Promise<string>,
  ): Promise<AssistanceRequestView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.requests.findById(id, tx.manager, true);
      if (!current || !canSeeAssistanceRequests(caller)) throw new DomainError(AssistanceRequestErrors.notFound, '协助调查件不存在或无权查看');
      if (!canHandleAssistanceRequests(caller)) throw new DomainError(CommonErrors.forbidden, '协助调查件由大数据科（政务公开科）办理');
      if (current.version !== expectedVersion) {
        throw new DomainError(AssistanceRequestErrors.versionConflict, `协助调查件已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(AssistanceRequestErrors.invalidState, `当前为"${ASSISTANCE_REQUEST_STATUS_LABELS[current.status]}"，不能${ASSISTANCE_STEP_LABELS[step]}`);
      const next: AssistanceRequestRow = { ...current };
      const event = await change(next, tx);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.requests.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(AssistanceRequestErrors.versionConflict, '协助调查件已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, AssistanceRequestChanged.Event);
      await publishTaskChanges(tx, assistanceRequestTaskChange(current, next, caller.userId));
      return next;
    });
    return toAssistanceRequestView(row, today());
  }
}
