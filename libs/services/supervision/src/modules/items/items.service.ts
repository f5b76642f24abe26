import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SupervisionItemErrors,
  SupervisionItemEvents,
  type AcknowledgeItem,
  type CreateSupervisionItem,
  type DecideItemExtension,
  type ItemChangeAction,
  type ListSupervisionItems,
  type ReportItemCompletion,
  type ReportItemProgress,
  type RequestItemExtension,
  type ResolveItemUnits,
  type SupervisionItemDetail,
  type SupervisionItemKind,
  type SupervisionItemStatus,
  type VerifyItem,
  type WithdrawItem,
} from '@gov/contracts-supervision';
import { CalendarCopy, DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { givenMilestoneDue, quarterMilestoneDue } from './item-deadlines.js';
import { emitItemChanged } from './item-changes.js';
import { ItemLights } from './item-lights.js';
import { itemDetail, itemView, snapshotOf } from './item-views.js';
import { canManage, canSeeItem, itemScope, unitRole } from './items.policy.js';
import { ItemsRepository, type ItemRow } from './items.repository.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';
import { itemTaskChange } from '../../common/tasks.js';
import { ITEM_CONFLICT, itemDueFields, OPEN_STATUSES, uniqueWithout, type ItemDueFields } from './item-rules.js';

/** What a source event (批示, 议定事项, 值班批示) says about the item it asks for. */
export interface SourceItemInput {
  kind: SupervisionItemKind;
  sourceKind: string;
  sourceId: string;
  parentKind: string | null;
  parentId: string | null;
  sourceTitle: string;
  reference: string | null;
  title: string;
  content: string;
  leaderName: string | null;
  leaderTitle: string | null;
  leaderUserId: string | null;
  leadUnitId: string | null;
  coUnitIds: string[];
  dueDate: string | null;
  /** When the source decided it (批示时间, 纪要发布时间): the 交办 day the default period counts from. */
  decidedAt: string;
  secrecyLevel: number;
  recordedBy: string;
}

/** 督办事项: registration from every source, 交办 to units, the feedback cycle, extensions and 审核销号. */
@Injectable()
export class ItemsService {
  constructor(
    private readonly items: ItemsRepository,
    private readonly lights: ItemLights,
    private readonly calendarCopy: CalendarCopy,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Registers the item a source event asks for, once per (source kind, source id): a second delivery, or the same
   * record published again, finds it there and changes nothing. Units the directory does not know are kept on the
   * item, which waits in 待确认责任单位 for the office to resolve them.
   */
  async registerFromSource(input: SourceItemInput, tx: Tx): Promise<ItemRow | null> {
    if (await this.items.findBySource(input.sourceKind, input.sourceId, tx.manager)) return null;
    const named = [...(input.leadUnitId ? [input.leadUnitId] : []), ...input.coUnitIds];
    const unknown: string[] = [];
    const known = await this.units.findByIds(named, tx);
    for (const id of new Set(named)) if (!known.has(id)) unknown.push(id);
    const resolved = !!input.leadUnitId && unknown.length === 0;
    const now = new Date();
    const start = shanghaiDate(new Date(input.decidedAt));
    const item = await this.newItem(
      {
        kind: input.kind,
        title: input.title,
        content: input.content,
        year: Number(start.slice(0, 4)),
        sourceKind: input.sourceKind,
        sourceId: input.sourceId,
        sourceParentKind: input.parentKind,
        sourceParentId: input.parentId,
        sourceTitle: input.sourceTitle,
        sourceReference: input.reference,
        leaderName: input.leaderName,
        leaderTitle: input.leaderTitle,
        leaderUserId: input.leaderUserId,
        leadUnitId: resolved ? input.leadUnitId : null,
        coUnitIds: resolved ? uniqueWithout(input.coUnitIds, input.leadUnitId) : input.coUnitIds.filter((id) => !unknown.includes(id)),
        unresolvedUnitIds: resolved ? [] : unknown,
        namedLeadUnitId: resolved ? null : input.leadUnitId,
        status: resolved ? 'assigned' : 'needs_unit_resolution',
        secrecyLevel: input.secrecyLevel,
        givenDate: input.dueDate,
        start,
        registeredAt: now,
        assignedAt: resolved ? now : null,
        actor: input.recordedBy,
      },
      tx,
    );
    if (!(await this.items.insertItem(item, tx.manager))) return null; // a concurrent delivery registered it first
    await this.afterRegistration(item, input.leadUnitId && !resolved ? `来源指定的单位不在单位名录中：${unknown.join('、')}，待督查室确认责任单位` : null, tx);
    return item;
  }

  async create(request: CreateSupervisionItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以立项督办事项');
    if (request.kind === 'work_report_task' && !request.year) throw new DomainError(CommonErrors.validationFailed, '政府工作报告任务须填写年度', [{ code: 'invalid', field: 'year', message: '政府工作报告任务须填写年度' }]);
    const id = await this.transactions.run(async (tx) => {
      await this.assertKnownUnits([request.leadUnitId, ...request.coUnitIds], tx);
      const now = new Date();
      const today = shanghaiDate(now);
      const item = await this.newItem(
        {
          kind: request.kind,
          title: request.title.trim(),
          content: request.content.trim(),
          year: request.year ?? Number(today.slice(0, 4)),
          sourceKind: request.kind === 'higher_assignment' ? (request.higherLevel ?? 'higher') : null,
          sourceId: null,
          sourceParentKind: null,
          sourceParentId: null,
          sourceTitle: null,
          sourceReference: request.reference ?? null,
          leaderName: request.leaderName?.trim() || null,
          leaderTitle: null,
          leaderUserId: null,
          leadUnitId: request.leadUnitId,
          coUnitIds: uniqueWithout(request.coUnitIds, request.leadUnitId),
          unresolvedUnitIds: [],
          namedLeadUnitId: null,
          status: 'assigned',
          secrecyLevel: request.secrecyLevel ?? 0,
          givenDate: request.dueDate ?? null,
          start: today,
          registeredAt: now,
          assignedAt: now,
          actor: caller.username,
        },
        tx,
      );
      await this.items.insertItem(item, tx.manager);
      const calendar = await this.calendarCopy.current(tx);
      let sequence = 1;
      for (const milestone of request.milestones ?? []) {
        if (!milestone.quarter && !milestone.dueDate) {
          throw new DomainError(SupervisionItemErrors.milestoneDateRequired, `第 ${sequence} 个节点须填写季度或期限`, [{ code: 'invalid', field: `milestones.${sequence - 1}.dueDate`, message: '请填写季度或节点期限' }]);
        }
        const due = milestone.quarter ? quarterMilestoneDue(calendar, item.year as number, milestone.quarter) : givenMilestoneDue(calendar, milestone.dueDate as string);
        await this.items.insertMilestone(
          { id: randomUUID(), itemId: item.id, sequence, quarter: milestone.quarter ?? null, target: milestone.target.trim(), dueDate: due.dueDate as string, dueExplanation: due.explanation, reportedAt: null },
          tx.manager,
        );
        sequence += 1;
      }
      await this.afterRegistration(item, null, tx);
      return item.id;
    });
    return this.detail(id);
  }

  async get(id: string, caller: CallerContext): Promise<SupervisionItemDetail> {
    const item = await this.items.findItem(id);
    if (!item || !canSeeItem(caller, item)) throw new DomainError(SupervisionItemErrors.notFound, '督办事项不存在或无权查看');
    return this.detail(id, item);
  }

  async list(request: ListSupervisionItems.Request, caller: CallerContext): Promise<ListSupervisionItems.Reply> {
    const scope = itemScope(caller);
    if (scope === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看督办事项');
    const page = pageOf(request);
    const { items, total } = await this.items.search({ ...request, ...page }, { unitId: scope === 'own' ? (caller.unitId as string) : null, clearance: caller.clearance });
    return { items: items.map(itemView), total, ...page };
  }

  /** 确认责任单位: the office names the units an event did not, and the item is 交办 from today. */
  async resolveUnits(request: ResolveItemUnits.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以确认责任单位');
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      this.assertStatus(item, ['needs_unit_resolution'], '只有待确认责任单位的事项需要确认单位');
      await this.assertKnownUnits([request.leadUnitId, ...request.coUnitIds], tx);
      const now = new Date();
      const next: ItemRow = {
        ...item,
        leadUnitId: request.leadUnitId,
        coUnitIds: uniqueWithout(request.coUnitIds, request.leadUnitId),
        unresolvedUnitIds: [],
        namedLeadUnitId: null,
        status: 'assigned',
        assignedAt: now,
        // A default period counts from the real 交办 day.
        ...(item.dueBasis === 'computed' ? await this.dueOf({ ...item, dueStart: shanghaiDate(now) }) : {}),
      };
      return { next, action: 'assigned', note: request.note?.trim() || '督查室确认责任单位并交办', event: SupervisionItemEvents.assigned };
    });
  }

  /** 签收 by the lead unit's liaison. */
  async acknowledge(request: AcknowledgeItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.change(request.id, request.expectedVersion, caller, async (item) => {
      this.assertLead(caller, item, '只有主责单位联络员可以签收');
      this.assertStatus(item, ['assigned'], '事项已签收或不在待签收状态');
      return { next: { ...item, status: 'acknowledged', acknowledgedAt: new Date() }, action: 'acknowledged', note: '主责单位签收' };
    });
  }

  /** 反馈: the lead unit reports progress (per milestone or in general); a co-unit adds its input. */
  async reportProgress(request: ReportItemProgress.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      const role = unitRole(caller, item);
      if (!role) throw new DomainError(SupervisionItemErrors.forbidden, '只有主责或配合单位的联络员可以反馈');
      this.assertStatus(item, ['assigned', 'acknowledged', 'in_progress'], '当前状态不能反馈进展');
      const now = new Date();
      if (request.milestoneId) {
        if (role !== 'lead') throw new DomainError(SupervisionItemErrors.forbidden, '节点进展由主责单位反馈');
        const milestone = (await this.items.milestonesOf(item.id, tx.manager)).find((m) => m.id === request.milestoneId);
        if (!milestone) throw new DomainError(SupervisionItemErrors.milestoneNotFound, '该事项没有这个节点');
        await this.items.markMilestoneReported(milestone.id, now, tx.manager);
      }
      await this.items.insertFeedback(
        { id: randomUUID(), itemId: item.id, milestoneId: request.milestoneId ?? null, unitId: caller.unitId as string, kind: role === 'lead' ? 'progress' : 'co_input', content: request.content.trim(), reportedBy: caller.username, reportedAt: now },
        tx.manager,
      );
      const next: ItemRow =
        role === 'lead'
          ? { ...item, status: 'in_progress', acknowledgedAt: item.acknowledgedAt ?? now, lastFeedbackAt: now }
          : { ...item, lastFeedbackAt: now };
      return { next, action: role === 'lead' ? 'feedback' : 'co_input', note: request.content.trim().slice(0, 200) };
    });
  }

  /** 申请延期 by the lead unit, with its reason; one pending request at a time. */
  async requestExtension(request: RequestItemExtension.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      this.assertLead(caller, item, '只有主责单位联络员可以申请延期');
      this.assertStatus(item, ['assigned', 'acknowledged', 'in_progress'], '当前状态不能申请延期');
      if (!item.dueDate) throw new DomainError(SupervisionItemErrors.noDueDate, '事项尚无办理期限，无需延期');
      if ((await this.items.extensionsOf(item.id, tx.manager)).some((e) => e.status === 'pending')) {
        throw new DomainError(SupervisionItemErrors.extensionPending, '已有待审批的延期申请，请等待督查室审批');
      }
      await this.items.insertExtension(
        {
          id: randomUUID(),
          itemId: item.id,
          unitId: caller.unitId as string,
          workingDays: request.workingDays,
          reason: request.reason.trim(),
          status: 'pending',
          requestedBy: caller.username,
          requestedAt: new Date(),
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
          dueBefore: item.dueDate,
          dueAfter: null,
        },
        tx.manager,
      );
      return { next: { ...item }, action: 'extension_requested', note: `申请延期 ${request.workingDays} 个工作日：${request.reason.trim()}` };
    });
  }

  /** The office approves (the engine re-dates the item, the extension recorded with its reason) or rejects. */
  async decideExtension(request: DecideItemExtension.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以审批延期');
    if (request.decision === 'reject' && !request.note?.trim()) {
      throw new DomainError(CommonErrors.validationFailed, '不同意延期须写明理由', [{ code: 'invalid', field: 'note', message: '不同意延期须写明理由' }]);
    }
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      const extension = (await this.items.extensionsOf(item.id, tx.manager)).find((e) => e.id === request.extensionId);
      if (!extension) throw new DomainError(SupervisionItemErrors.extensionNotFound, '延期申请不存在');
      if (extension.status !== 'pending') throw new DomainError(SupervisionItemErrors.wrongStatus, '该延期申请已审批');
      const now = new Date();
      let next: ItemRow = { ...item };
      if (request.decision === 'approve') {
        next = { ...item, dueExtensions: [...item.dueExtensions, { workingDays: extension.workingDays, reason: extension.reason }] };
        next = { ...next, ...(await this.dueOf(next)) };
      }
      await this.items.decideExtension(
        { ...extension, status: request.decision === 'approve' ? 'approved' : 'rejected', decidedBy: caller.username, decidedAt: now, decisionNote: request.note?.trim() || null, dueAfter: request.decision === 'approve' ? next.dueDate : null },
        tx.manager,
      );
      const note = request.decision === 'approve' ? `同意延期 ${extension.workingDays} 个工作日，期限由 ${item.dueDate} 调整为 ${next.dueDate}` : `不同意延期：${request.note?.trim()}`;
      return { next, action: request.decision === 'approve' ? 'extension_approved' : 'extension_rejected', note };
    });
  }

  /** 报办结 by the lead unit. */
  async reportCompletion(request: ReportItemCompletion.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      this.assertLead(caller, item, '只有主责单位联络员可以报办结');
      this.assertStatus(item, ['assigned', 'acknowledged', 'in_progress'], '当前状态不能报办结');
      const now = new Date();
      await this.items.insertFeedback(
        { id: randomUUID(), itemId: item.id, milestoneId: null, unitId: caller.unitId as string, kind: 'completion', content: request.content.trim(), reportedBy: caller.username, reportedAt: now },
        tx.manager,
      );
      return {
        next: { ...item, status: 'completion_reported', acknowledgedAt: item.acknowledgedAt ?? now, lastFeedbackAt: now, completionReportedAt: now },
        action: 'completion_reported',
        note: request.content.trim().slice(0, 200),
      };
    });
  }

  /** 审核销号 or 退回 with a reason. */
  async verify(request: VerifyItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以审核销号');
    if (request.decision === 'send_back' && !request.reason?.trim()) {
      throw new DomainError(CommonErrors.validationFailed, '退回须写明理由', [{ code: 'invalid', field: 'reason', message: '退回须写明理由' }]);
    }
    return this.change(request.id, request.expectedVersion, caller, async (item) => {
      this.assertStatus(item, ['completion_reported'], '只有已报办结的事项可以审核销号或退回');
      if (request.decision === 'close') {
        return { next: { ...item, status: 'closed', closedAt: new Date() }, action: 'closed', note: request.reason?.trim() || '审核通过，予以销号', event: SupervisionItemEvents.closed };
      }
      return {
        next: { ...item, status: 'in_progress', completionReportedAt: null, sentBackCount: item.sentBackCount + 1 },
        action: 'sent_back',
        note: `退回重办：${request.reason?.trim()}`,
      };
    });
  }

  /**
   * 撤销: the office withdraws an item not yet closed, with its reason (the record is kept, never deleted). A pending
   * extension request is answered with the withdrawal; the light goes out, so the item leaves the warning lists, and
   * 考核 no longer counts it.
   */
  async withdraw(request: WithdrawItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以撤销督办事项');
    const reason = request.reason.trim();
    if (reason.length < 2) throw new DomainError(CommonErrors.validationFailed, '请写明撤销理由', [{ code: 'invalid', field: 'reason', message: '请写明撤销理由' }]);
    return this.change(request.id, request.expectedVersion, caller, async (item, tx) => {
      this.assertStatus(item, OPEN_STATUSES, '已销号的事项不能撤销');
      const now = new Date();
      for (const extension of (await this.items.extensionsOf(item.id, tx.manager)).filter((e) => e.status === 'pending')) {
        await this.items.decideExtension({ ...extension, status: 'rejected', decidedBy: caller.username, decidedAt: now, decisionNote: '事项已撤销，延期申请不再审批', dueAfter: null }, tx.manager);
      }
      return {
        next: { ...item, status: 'withdrawn', withdrawnAt: now, withdrawnBy: caller.username, withdrawalReason: reason },
        action: 'withdrawn',
        note: `撤销：${reason}`,
        event: SupervisionItemEvents.withdrawn,
        eventData: { reason, withdrawnBy: caller.username, withdrawnAt: now.toISOString() },
      };
    });
  }

  async detail(id: string, known?: ItemRow): Promise<SupervisionItemDetail> {
    const item = known ?? ((await this.items.findItem(id)) as ItemRow);
    const [milestones, feedback, extensions, timeline, routings] = await Promise.all([
      this.items.milestonesOf(id),
      this.items.feedbackOf(id),
      this.items.extensionsOf(id),
      this.items.timelineOf(id),
      this.items.routingDeadlinesOf(id),
    ]);
    return itemDetail(item, milestones, feedback, extensions, timeline, routings);
  }

  /**
   * One change of one item at the version the client holds: the step, its timeline entry, the event if any and the
   * light, all in one transaction. A record the caller may not see is not found (a liaison guessing ids learns nothing).
   */
  private async change(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: (item: ItemRow, tx: Tx) => Promise<{ next: ItemRow; action: ItemChangeAction; note: string | null; event?: string; eventData?: Record<string, unknown> }>,
  ): Promise<SupervisionItemDetail> {
    const saved = await this.transactions.run(async (tx) => {
      const item = await this.items.findItem(id, tx.manager, true);
      if (!item || !canSeeItem(caller, item)) throw new DomainError(SupervisionItemErrors.notFound, '督办事项不存在或无权查看');
      assertVersion(item.version, expectedVersion, ITEM_CONFLICT);
      if (item.status === 'withdrawn') throw new DomainError(SupervisionItemErrors.wrongStatus, '事项已撤销，不能再办理');
      const { next, action, note, event, eventData } = await step(item, tx);
      const now = new Date();
      const versioned: ItemRow = { ...next, version: item.version + 1, updatedAt: now, updatedBy: caller.username };
      await commitStep(tx, {
        save: () => this.items.updateItemIfVersion(versioned, expectedVersion, tx.manager),
        conflict: ITEM_CONFLICT,
        history: () => this.items.recordTimeline(id, { action, fromStatus: item.status, toStatus: versioned.status, note, actor: caller.username, at: now }, tx.manager),
        events: [],
      });
      // The light is judged on the saved version; the step's event carries the item as lit.
      const { item: lit } = await this.lights.refresh(versioned, tx);
      if (event) await tx.emit(event, { ...snapshotOf(lit), ...eventData });
      // Stamped after the light's own change (if the step changed it): the step is the item's latest change.
      await emitItemChanged(tx, this.items, lit, { action, note, actor: caller.username, at: new Date() });
      await publishTaskChanges(tx, itemTaskChange(item, lit, caller.userId));
      return lit;
    });
    return this.detail(id, saved);
  }

  private async newItem(
    fields: Pick<
      ItemRow,
      | 'kind'
      | 'title'
      | 'content'
      | 'year'
      | 'sourceKind'
      | 'sourceId'
      | 'sourceParentKind'
      | 'sourceParentId'
      | 'sourceTitle'
      | 'sourceReference'
      | 'leaderName'
      | 'leaderTitle'
      | 'leaderUserId'
      | 'leadUnitId'
      | 'coUnitIds'
      | 'unresolvedUnitIds'
      | 'namedLeadUnitId'
      | 'status'
      | 'secrecyLevel'
      | 'registeredAt'
      | 'assignedAt'
    > & { givenDate: string | null; start: string; actor: string },
    tx: Tx,
  ): Promise<ItemRow> {
    const { givenDate, start, actor, ...rest } = fields;
    const settings = await this.items.settingsOn(start, tx.manager);
    const rule = settings.get('default_due_working_days');
    const base: ItemRow = {
      ...rest,
      id: randomUUID(),
      dueDate: givenDate,
      dueBasis: givenDate ? 'given' : 'computed',
      // For a given date the start is that date (extensions run on from it); otherwise the 交办 day.
      dueStart: givenDate ?? start,
      dueWorkingDays: givenDate ? null : (rule?.value ?? 15),
      // The record keeps the version of the rule its deadline was set under.
      dueSettingId: givenDate ? null : (rule?.id ?? null),
      dueExtensions: [],
      dueProvisional: false,
      dueExplanation: [],
      light: 'green',
      lightReason: null,
      lightChangedAt: null,
      lightAsOf: null,
      acknowledgedAt: null,
      lastFeedbackAt: null,
      completionReportedAt: null,
      closedAt: null,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      sentBackCount: 0,
      version: 1,
      createdAt: fields.registeredAt,
      createdBy: actor,
      updatedAt: fields.registeredAt,
      updatedBy: actor,
    };
    return { ...base, ...(await this.dueOf(base)) };
  }

  private async afterRegistration(item: ItemRow, note: string | null, tx: Tx): Promise<void> {
    const actor = item.createdBy;
    await this.items.recordTimeline(item.id, { action: 'registered', fromStatus: null, toStatus: item.status, note: note ?? '立项', actor, at: item.registeredAt }, tx.manager);
    await tx.emit(SupervisionItemEvents.created, snapshotOf(item));
    await emitItemChanged(tx, this.items, item, { action: 'registered', note: note ?? '立项', actor, at: item.registeredAt });
    if (item.status === 'assigned') {
      await this.items.recordTimeline(item.id, { action: 'assigned', fromStatus: item.status, toStatus: item.status, note: '交办主责单位', actor, at: item.registeredAt }, tx.manager);
      await tx.emit(SupervisionItemEvents.assigned, snapshotOf(item));
      await emitItemChanged(tx, this.items, item, { action: 'assigned', note: '交办主责单位', actor, at: item.registeredAt });
    }
    await this.lights.refresh(item, tx);
    await publishTaskChanges(tx, itemTaskChange(null, item));
  }

  /** Reads through `tx`: a second pool connection inside a transaction is how the pool deadlocked itself. */
  private async assertKnownUnits(ids: string[], tx: Tx): Promise<void> {
    const known = await this.units.findByIds(ids, tx);
    for (const [index, id] of ids.entries()) {
      if (!known.has(id)) {
        throw new DomainError(SupervisionItemErrors.unknownUnit, `单位 ${id} 不在单位名录中`, [{ code: 'invalid', field: index === 0 ? 'leadUnitId' : `coUnitIds.${index - 1}`, message: '单位不在单位名录中' }]);
      }
    }
  }

  private assertStatus(item: ItemRow, allowed: SupervisionItemStatus[], message: string): void {
    if (!allowed.includes(item.status)) throw new DomainError(SupervisionItemErrors.wrongStatus, message);
  }

  private assertLead(caller: CallerContext, item: ItemRow, message: string): void {
    if (unitRole(caller, item) !== 'lead') throw new DomainError(SupervisionItemErrors.forbidden, message);
  }

  private async dueOf(item: ItemRow): Promise<ItemDueFields> {
    return itemDueFields(item, await this.calendarCopy.current());
  }
}
