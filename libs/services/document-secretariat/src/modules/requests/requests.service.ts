import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  IncomingErrors,
  REQUEST_DECISION_LABELS,
  REQUEST_STATE_LABELS,
  UnitRequestErrors,
  type DecideUnitRequest,
  type HolderView,
  type ListUnitRequests,
  type ProposeUnitRequest,
  type ReplyUnitRequest,
  type SubmitUnitRequest,
  type UnitRequestView,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, Transactions, type Queryable, type Tx } from '@gov/platform';
import { PeriodDeadlines, type PeriodRedated } from '../archives/period-deadlines.js';
import { documentTaskChange, requestTasks } from '../../common/tasks.js';
import { visibleOr404 } from '../../common/rows.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { KnownUnits } from '../../common/units.js';
import { documentNumberProblems } from '../outgoing/document-number.js';
import { DocumentNumberRepository } from '../outgoing/document-number.repository.js';
import { DOCUMENTS_PROCESS } from '../incoming/incoming.service.js';
import { RecordSteps, registeredEntry } from '../incoming/steps.js';
import { nextRequestState, requestClock, requestStepRefusal, type RequestAction } from './request-rules.js';
import { RequestsRepository, type RequestRow } from './requests.repository.js';

/** 请示编号: 请〔year〕n号, one gap-free sequence per year. */
export const REQUEST_NUMBER_CODE = '请';
const SECRETARIAT = { kind: 'section' as const, id: 'wenmi', name: '文秘科' };
const NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '请示不存在或无权查看' };
const ACTION_LABELS: Record<RequestAction, string> = { propose: '拟办意见', decide: '领导决定', reply: '批复' };

/** 请示 from units: submitted (by the unit or registered from paper) → 拟办意见 → the leader's decision → 批复. */
@Injectable()
export class UnitRequestsService {
  constructor(
    private readonly requests: RequestsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly files: Files,
    private readonly units: KnownUnits,
    private readonly numbers: DocumentNumberRepository,
    private readonly steps: RecordSteps,
    private readonly periods: PeriodDeadlines,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    // Open 请示 are re-dated when a calendar year is loaded or corrected (the 批复 clock follows the published holidays).
    this.periods.redateOnCalendarChange(
      { table: 'unit_request', startColumn: 'received_on', statusColumn: 'state', openStatuses: ['submitted', 'proposed', 'decided'], kind: 'request', action: 'request.redated' },
      (tx, redated) => this.afterRedating(tx, redated),
    );
  }

  /** The 请示 a calendar change re-dated: their registry entries refreshed in the change's transaction. */
  private async afterRedating(tx: Tx, redated: PeriodRedated[]): Promise<void> {
    for (const change of redated) {
      const row = await this.requests.find(change.id, tx.manager);
      if (row) await this.index(tx, row);
    }
  }

  async submit(request: SubmitUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    const clerk = hasPermission(caller, DOCUMENTS_PROCESS);
    const liaison = !!caller.unitId && hasPermission(caller, DocumentSecretariatPermissions.documentsHandleOwn);
    if (!clerk && !liaison) throw new DomainError(CommonDocumentErrors.forbidden, '只有单位联络员（本单位）或文秘科人员可以提交请示');
    // A liaison submits for their own unit only; a clerk registering a paper 请示 names the unit.
    const unitId = liaison && !clerk ? (caller.unitId as string) : request.unitId;
    if (!unitId) throw new DomainError(UnitRequestErrors.unitRequired, '代为登记纸质请示须写明来文单位', [{ field: 'unitId', code: 'required', message: '来文单位：必填' }]);
    if (request.secrecyLevel > 0 && !request.copyNumber) {
      throw new DomainError(IncomingErrors.copyNumberRequired, '涉密请示须登记份号', [{ field: 'copyNumber', code: 'required', message: '份号：涉密公文必须登记份号（6 位数字）' }]);
    }
    if (request.secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能提交高于本人涉密等级的请示');
    const [unit] = await this.units.require([unitId], '来文单位');
    const id = await this.transactions.run(async (tx) => {
      const now = new Date();
      const receivedOn = shanghaiDate(now);
      const year = Number(receivedOn.slice(0, 4));
      // 请示办理时限: the configured period in force on the day of receipt, counted from the next day by the deadline engine.
      const due = await this.periods.due('requests.handling_period', receivedOn, tx);
      const number = await this.numbers.allocate(tx.manager, REQUEST_NUMBER_CODE, year);
      const id = randomUUID();
      const attachments = await this.files.attach(tx, caller, { kind: 'request', id, secrecyLevel: request.secrecyLevel }, request.attachments ?? [], 'attachment');
      await this.requests.insert(tx.manager, {
        id,
        registration_number: number.text,
        year,
        title: request.title.trim(),
        unit_id: unit.id,
        unit_name: unit.name,
        original_number: request.originalNumber?.trim() || null,
        summary: request.summary.trim(),
        secrecy_level: request.secrecyLevel,
        user_id: caller.userId,
        secrecy_period: request.secrecyPeriod?.trim() || null,
        copy_number: request.copyNumber ?? null,
        urgency: request.urgency,
        attachments,
        created_at: now,
        created_by: caller.username,
        received_on: receivedOn,
        due_date: due.dueDate,
        provisional: due.provisional,
        due_explanation: due.explanation,
        rule_id: due.rule.id,
      });
      const row = await this.lockedRow(id, tx);
      await this.index(tx, row);
      await publishTaskChanges(tx, documentTaskChange('request', id, [], requestTasks(row), row.version, caller.userId));
      await this.steps.record(tx, caller, {
        kind: 'request',
        id,
        action: 'request.submitted',
        label: liaison && !clerk ? `提交请示（${unit.name}）` : `登记请示（${unit.name}）`,
        state: 'submitted',
        secrecyLevel: row.secrecy_level,
        unitIds: row.unit_ids,
        note: `请示编号 ${number.text}；办理期限 ${due.dueDate ?? '待定'}`,
        detail: { dueDate: due.dueDate, provisional: due.provisional, explanation: due.explanation, ruleId: due.rule.id },
        at: now,
      });
      return id;
    });
    return this.get(id, caller);
  }

  async get(id: string, caller: CallerContext): Promise<UnitRequestView> {
    const row = await this.visible(id, caller);
    return toView(row, await this.calendar.current(), shanghaiDate(new Date()));
  }

  /**
   * 请示 the caller may see. With `overdue=true`: the 逾期请示 view — the open 请示 past their handling deadline on `asOf`
   * (default today), per unit and longest-waiting first, with each unit's count, so a unit sees its 批复 clock.
   */
  async list(request: ListUnitRequests.Request, caller: CallerContext): Promise<ListUnitRequests.Reply> {
    const page = pageOf(request);
    const today = request.asOf ?? shanghaiDate(new Date());
    const overdueOn = request.overdue === 'true' ? today : undefined;
    const { items: rows, total } = await this.requests.search({ state: request.state, unitId: request.unitId, q: request.q, overdueOn, ...page }, caller);
    const calendar = await this.calendar.current();
    const items = rows.map((row) => toView(row, calendar, today));
    if (!overdueOn) return { items, total, ...page };
    const counts = await this.requests.overdueByUnit(overdueOn, request.unitId, caller);
    return {
      items,
      total,
      ...page,
      asOf: overdueOn,
      overdueByUnit: counts.map((c) => ({ unitId: c.unit_id, unitName: c.unit_name, count: c.count, earliestDueDate: c.earliest_due_date })),
    };
  }

  async propose(request: ProposeUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(CommonDocumentErrors.forbidden, '无权拟办：须为文秘科或秘书科人员');
    return this.step(request, caller, 'propose', () => ({
      changes: { proposal: request.proposal.trim(), ...holder({ kind: 'section', id: 'leaders', name: '待领导决定' }) },
      note: request.proposal.trim(),
    }));
  }

  async decide(request: DecideUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    if (!hasPermission(caller, DocumentSecretariatPermissions.documentsInstruct)) throw new DomainError(CommonDocumentErrors.forbidden, '只有领导可以对请示作出决定');
    return this.step(request, caller, 'decide', () => ({
      changes: {
        decision: request.decision,
        decision_text: request.text.trim(),
        decided_by_user_id: caller.userId,
        decided_by_name: caller.displayName,
        decided_by_title: request.leaderTitle.trim(),
        decided_at: new Date(),
        ...holder(SECRETARIAT),
      },
      addUsers: [caller.userId],
      note: `${REQUEST_DECISION_LABELS[request.decision]}：${request.text.trim()}`,
      detail: { decision: request.decision, leader: caller.displayName, leaderTitle: request.leaderTitle },
    }));
  }

  async reply(request: ReplyUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(CommonDocumentErrors.forbidden, '无权批复：须为文秘科或秘书科人员');
    const docNumber = request.docNumber?.trim();
    // A 批复文号 typed by hand is checked against the same 发文字号 rule as a number typed at 编号.
    const problems = docNumber ? documentNumberProblems(docNumber) : [];
    if (problems.length) {
      throw new DomainError(
        UnitRequestErrors.invalidReplyDocNumber,
        `批复文号“${docNumber}”不规范：${problems.join('；')}`,
        problems.map((p) => ({ field: 'docNumber', code: 'format', message: `docNumber：${p}` })),
      );
    }
    return this.step(request, caller, 'reply', (row) => ({
      changes: {
        reply_id: randomUUID(),
        reply_text: request.text.trim(),
        reply_doc_number: docNumber || null,
        reply_document_id: request.replyDocumentId ?? null,
        replied_by: caller.displayName,
        replied_at: new Date(),
        ...holder({ kind: 'unit', id: row.unit_id, name: row.unit_name }),
      },
      note: request.text.trim(),
      detail: { docNumber: docNumber || null, replyDocumentId: request.replyDocumentId ?? null },
    }));
  }

  private async step(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    action: RequestAction,
    work: (row: RequestRow) => { changes: Partial<RequestRow>; note?: string; detail?: Record<string, unknown>; addUsers?: string[] },
  ): Promise<UnitRequestView> {
    await this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx.manager, true);
      if (row.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `请示已被他人修改（当前版本 ${row.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const next = nextRequestState(row.state, action);
      if (!next) throw new DomainError(CommonDocumentErrors.invalidState, requestStepRefusal(row.state, action));
      const outcome = work(row);
      const merged: RequestRow = { ...row, ...outcome.changes, state: next, user_ids: [...new Set([...row.user_ids, ...(outcome.addUsers ?? [])])] };
      const saved = await this.requests.saveStep(tx.manager, merged, row.version, caller.username);
      if (!saved) throw new DomainError(CommonDocumentErrors.versionConflict, '请示已被他人修改，请刷新后重试');
      await this.index(tx, saved);
      await publishTaskChanges(tx, documentTaskChange('request', row.id, requestTasks(row), requestTasks(saved), saved.version, caller.userId));
      await this.steps.record(tx, caller, {
        kind: 'request',
        id: row.id,
        action: `request.${action}`,
        label: ACTION_LABELS[action],
        state: next,
        secrecyLevel: saved.secrecy_level,
        unitIds: saved.unit_ids,
        note: outcome.note,
        detail: outcome.detail,
      });
    });
    return this.get(request.id, caller);
  }

  private async lockedRow(id: string, tx: Tx): Promise<RequestRow> {
    const row = await this.requests.find(id, tx.manager, true);
    if (!row) throw new DomainError(NOT_FOUND.spec, NOT_FOUND.detail);
    return row;
  }

  private async visible(id: string, caller: CallerContext, db?: Queryable, lock = false): Promise<RequestRow> {
    return visibleOr404(await this.requests.find(id, db, lock), caller, NOT_FOUND);
  }

  private async index(tx: Tx, row: RequestRow): Promise<void> {
    await this.registry.put(tx, registeredEntry('request', row, REQUEST_STATE_LABELS[row.state]));
  }
}

function holder(h: { kind: HolderView['kind']; id: string; name: string }): Partial<RequestRow> {
  return { holder_kind: h.kind, holder_id: h.id, holder_name: h.name, held_since: new Date() };
}


function deadlineOf(row: RequestRow, calendar: WorkingCalendar, today: string): NonNullable<UnitRequestView['deadline']> {
  const clock = requestClock(calendar, { state: row.state, dueDate: row.due_date, today });
  return {
    receivedOn: row.received_on,
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    provisional: row.provisional,
    explanation: row.due_explanation,
    ...(row.rule_id ? { ruleId: row.rule_id } : {}),
    light: clock.light,
    lightReason: clock.reason,
    overdue: clock.overdue,
  };
}

function toView(row: RequestRow, calendar: WorkingCalendar, today: string): UnitRequestView {
  return {
    id: row.id,
    registrationNumber: row.registration_number,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    ...(row.original_number ? { originalNumber: row.original_number } : {}),
    summary: row.summary,
    secrecyLevel: row.secrecy_level,
    ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
    ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
    urgency: row.urgency,
    attachments: row.attachments,
    state: row.state,
    stateLabel: REQUEST_STATE_LABELS[row.state],
    ...(row.holder_kind && row.held_since ? { holder: { kind: row.holder_kind, id: row.holder_id ?? '', name: row.holder_name ?? '', since: row.held_since.toISOString() } } : {}),
    ...(row.proposal ? { proposal: row.proposal } : {}),
    ...(row.decision
      ? {
          decision: row.decision,
          decisionLabel: REQUEST_DECISION_LABELS[row.decision],
          decisionText: row.decision_text ?? '',
          decidedByName: row.decided_by_name ?? '',
          decidedByTitle: row.decided_by_title ?? '',
          decidedAt: row.decided_at?.toISOString() ?? '',
        }
      : {}),
    ...(row.reply_id
      ? {
          reply: {
            id: row.reply_id,
            text: row.reply_text ?? '',
            ...(row.reply_doc_number ? { docNumber: row.reply_doc_number } : {}),
            ...(row.reply_document_id ? { replyDocumentId: row.reply_document_id } : {}),
            repliedBy: row.replied_by ?? '',
            repliedAt: row.replied_at?.toISOString() ?? '',
          },
        }
      : {}),
    deadline: deadlineOf(row, calendar, today),
    submittedBy: row.created_by,
    submittedAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
