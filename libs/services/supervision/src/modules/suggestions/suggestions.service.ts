import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ASSIGNMENT_ROLE_LABELS,
  CONTACT_METHOD_LABELS,
  SATISFACTION_LABELS,
  SuggestionErrors,
  SuggestionEvents,
  type AnswerSuggestionSigner,
  type AssignSuggestion,
  type ExtendSuggestion,
  type ListSuggestions,
  type MergeSuggestion,
  type ReassignSuggestion,
  type RecordSignerFeedback,
  type RecordSuggestionContact,
  type RecordSuggestionFeedback,
  type RegisterSuggestion,
  type ReplySuggestion,
  type ReturnSuggestion,
  type SubmitSuggestionOpinion,
  type SuggestionStatistics,
  type SuggestionView,
  type WithdrawSuggestion,
} from '@gov/contracts-supervision';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { actingUnit, requireManage, suggestionAccess } from './suggestions.policy.js';
import { SuggestionsRepository, type AssignmentRow, type SuggestionRow } from './suggestions.repository.js';
import { canAddRole, categoryInForce, handlingModeOf, mergeProblem, ruleInForce, signersOf } from './suggestion-rules.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';
import { suggestionTaskChange, suggestionTasks } from '../../common/tasks.js';
import { applied, isAnswering, newAssignment, recompute, unitLabel } from './suggestion-assignments.js';
import { emptyStatistics, snapshotOf, statisticsView, summaryOf } from './suggestions.views.js';
import { suggestionView } from './suggestions.views.js';

interface Change {
  action: string;
  note: string;
  unitId?: string;
  events: string[];
}

/**
 * 人大代表建议、政协提案办理 (督查室; RULES.md 2.5): register, 交办 to a 主办 with 协办/会办 units or to 分办
 * units, the wrong-handler return within its period, extensions with a reason, opinions to the 主办, the reply
 * with its category, contact with the deputy, the satisfaction feedback and re-handling, and the statistics.
 */

const SUGGESTION_CONFLICT = { error: SuggestionErrors.versionConflict, what: '建议提案' };
@Injectable()
export class SuggestionsService implements OnModuleInit {
  constructor(
    private readonly suggestions: SuggestionsRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((year, tx, calendar) => this.redateOpenDeadlines(year, tx, calendar));
  }

  // ---------- registration and 交办 ----------

  async register(request: RegisterSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '登记建议提案');
    const id = await this.transactions.run(async (tx) => {
      const existing = await this.suggestions.findByNumber(request.kind, request.session.trim(), request.meeting.trim(), request.number.trim(), tx.manager);
      if (existing) throw new DomainError(SuggestionErrors.duplicateNumber, `${request.session}${request.meeting}第「${request.number}」号已登记（${existing.title}）`);
      const now = new Date();
      const suggestion: SuggestionRow = {
        id: randomUUID(),
        kind: request.kind,
        session: request.session.trim(),
        meeting: request.meeting.trim(),
        number: request.number.trim(),
        proposer: request.proposer.trim(),
        coSigners: request.coSigners.map((n) => n.trim()).filter(Boolean),
        title: request.title.trim(),
        content: request.content,
        handlingMode: null,
        status: 'registered',
        mergedIntoId: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.suggestions.insert(suggestion, tx.manager);
      await this.suggestions.recordHistory(suggestion.id, 1, 'registered', '登记', null, caller.username, now, tx.manager);
      await tx.emit(SuggestionEvents.registered, snapshotOf(suggestion, [], 'registered'));
      return suggestion.id;
    });
    return this.get(id, caller);
  }

  async assign(request: AssignSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '交办建议提案');
    const mode = handlingModeOf(request.units);
    if ('error' in mode) throw new DomainError(SuggestionErrors.invalidAssignment, mode.error);
    const assignedOn = this.pastOrToday(request.assignedOn, '交办日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, _assignments, tx) => {
      if (suggestion.status !== 'registered') throw new DomainError(SuggestionErrors.invalidState, '该件已交办；如需调整承办单位，请在单位退回后重新交办');
      await this.assertActiveUnits(request.units.map((u) => u.unitId), tx);
      const [rules, calendar] = [await this.suggestions.rules(tx.manager), await this.calendarCopy.current()];
      for (const target of request.units) {
        await this.suggestions.insertAssignment(newAssignment(suggestion.id, target.unitId, target.role, assignedOn, rules, calendar, caller), tx.manager);
      }
      suggestion.handlingMode = mode.mode;
      suggestion.status = 'assigned';
      const names = await this.suggestions.unitNames(request.units.map((u) => u.unitId));
      const who = request.units.map((u) => `${ASSIGNMENT_ROLE_LABELS[u.role]}：${names.get(u.unitId) ?? u.unitId}`).join('；');
      return { action: 'assigned', note: `${assignedOn} 交办（${who}）`, events: [SuggestionEvents.assigned] };
    });
  }

  async reassign(request: ReassignSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '重新交办建议提案');
    const assignedOn = this.pastOrToday(request.assignedOn, '交办日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      if (!suggestion.handlingMode || !['assigned', 'replied'].includes(suggestion.status)) throw new DomainError(SuggestionErrors.invalidState, '该件尚未交办或已办结，不能重新交办');
      const live = assignments.filter((a) => a.status !== 'returned');
      const problem = canAddRole(suggestion.handlingMode, request.role, live.map((a) => a.role));
      if (problem) throw new DomainError(SuggestionErrors.invalidAssignment, problem);
      if (live.some((a) => a.unitId === request.unitId)) throw new DomainError(SuggestionErrors.invalidAssignment, '该单位已是本件的承办单位');
      await this.assertActiveUnits([request.unitId], tx);
      const rules = await this.suggestions.rules(tx.manager);
      await this.suggestions.insertAssignment(newAssignment(suggestion.id, request.unitId, request.role, assignedOn, rules, await this.calendarCopy.current(), caller), tx.manager);
      if (isAnswering(request.role)) suggestion.status = 'assigned';
      const name = (await this.suggestions.unitNames([request.unitId])).get(request.unitId) ?? request.unitId;
      return { action: 'reassigned', note: `${assignedOn} 重新交办（${ASSIGNMENT_ROLE_LABELS[request.role]}：${name}）`, unitId: request.unitId, events: [SuggestionEvents.assigned] };
    });
  }

  /** 退回: within the return period only (山东省《办理人大代表建议和政协提案办法》: 5 日内退回，不得自行转办). */
  async returnAssignment(request: ReturnSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    const unitId = actingUnit(caller, request.unitId);
    return this.change(request.id, request.expectedVersion, caller, async (_suggestion, assignments) => {
      const assignment = this.liveAssignmentOf(assignments, unitId);
      if (assignment.status !== 'handling' || assignment.round > 1) throw new DomainError(SuggestionErrors.invalidState, '该件已在办理或已答复，不能退回');
      const today = this.today();
      if (assignment.returnDueDate && today > assignment.returnDueDate) {
        const rule = assignment.rules.return_days;
        throw new DomainError(
          SuggestionErrors.returnWindowClosed,
          `认为不属于本单位职责的，应在交办后 ${rule?.amount ?? ''} 日内（${assignment.returnDueDate} 前）退回；现已超过退回期限，请按期办理，确需调整的请与督查室协商`,
        );
      }
      assignment.status = 'returned';
      assignment.returnReason = request.reason.trim();
      assignment.returnedAt = new Date();
      assignment.returnedBy = caller.username;
      this.touch(assignment, caller);
      return { action: 'returned', note: `${ASSIGNMENT_ROLE_LABELS[assignment.role]}单位退回：${assignment.returnReason}（待督查室重新交办）`, unitId, events: [SuggestionEvents.returned] };
    });
  }

  /** 延期: up to the configured maximum from 交办 (6 months), with the reason recorded in the deadline's explanation. */
  async extend(request: ExtendSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '批准延期');
    return this.change(request.id, request.expectedVersion, caller, async (_suggestion, assignments) => {
      const assignment = this.liveAssignmentOf(assignments, request.unitId);
      if (!isAnswering(assignment.role)) throw new DomainError(SuggestionErrors.invalidState, '协办、会办单位的意见期限不能延期，延期只适用于答复期限');
      if (assignment.status !== 'handling') throw new DomainError(SuggestionErrors.invalidState, '该单位已答复，不能延期');
      const max = assignment.rules.max_extended_months;
      if (!max) throw new DomainError(SuggestionErrors.ruleMissing, '缺少延期最长期限规则');
      if (request.months > max.amount) {
        throw new DomainError(SuggestionErrors.extensionTooLong, `延期后的期限最长为自交办之日起 ${max.amount} 个月，不能延至 ${request.months} 个月`);
      }
      if (assignment.dueUnit === 'months' && request.months <= assignment.dueAmount) {
        throw new DomainError(SuggestionErrors.invalidState, `当前期限已为 ${assignment.dueAmount} 个月，延期后的期限须更长`);
      }
      const reason = request.reason.trim();
      const from = assignment.round > 1 ? '收到不满意反馈' : '交办';
      assignment.dueAmount = request.months;
      assignment.dueUnit = 'months';
      assignment.dueNote = `经督查室同意延期，期限延至自${from}之日起 ${request.months} 个月；理由：${reason}`;
      assignment.extendedMonths = request.months;
      assignment.extensionReason = reason;
      recompute(assignment, await this.calendarCopy.current());
      this.touch(assignment, caller);
      return { action: 'extended', note: `答复期限延至 ${assignment.dueDate ?? '（暂无）'}；理由：${reason}`, unitId: assignment.unitId, events: [SuggestionEvents.extended] };
    });
  }

  // ---------- the units' handling ----------

  async submitOpinion(request: SubmitSuggestionOpinion.Request, caller: CallerContext): Promise<SuggestionView> {
    const unitId = actingUnit(caller, request.unitId);
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      const assignment = this.liveAssignmentOf(assignments, unitId);
      if (assignment.role !== 'assisting' && assignment.role !== 'joint') throw new DomainError(SuggestionErrors.invalidState, '只有协办、会办单位向主办单位提出意见');
      if (assignment.status !== 'handling') throw new DomainError(SuggestionErrors.invalidState, '本单位已提交意见');
      const now = new Date();
      await this.suggestions.insertOpinion({ id: randomUUID(), suggestionId: suggestion.id, assignmentId: assignment.id, unitId, role: assignment.role, content: request.content, at: now, by: caller.username }, tx.manager);
      assignment.status = 'replied';
      this.touch(assignment, caller);
      return { action: 'opinion_submitted', note: `${ASSIGNMENT_ROLE_LABELS[assignment.role]}单位向主办单位提交意见`, unitId, events: [SuggestionEvents.opinionSubmitted] };
    });
  }

  async reply(request: ReplySuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    const unitId = actingUnit(caller, request.unitId);
    const repliedOn = this.pastOrToday(request.repliedOn, '答复日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      const assignment = this.liveAssignmentOf(assignments, unitId);
      if (!isAnswering(assignment.role)) throw new DomainError(SuggestionErrors.invalidState, '协办、会办单位不直接答复，请向主办单位提交意见');
      if (assignment.status !== 'handling') throw new DomainError(SuggestionErrors.invalidState, '本单位已答复，待代表委员反馈');
      if (repliedOn < assignment.dueStart) throw new DomainError(CommonErrors.validationFailed, `答复日期不能早于${assignment.round > 1 ? '重新办理起算日' : '交办日期'} ${assignment.dueStart}`);
      const category = categoryInForce(await this.suggestions.categories(tx.manager), request.category, repliedOn);
      if (!category) throw new DomainError(SuggestionErrors.unknownCategory, `答复类别「${request.category}」在 ${repliedOn} 不可用，请按答复类别配置选择`);
      await this.suggestions.insertReply(
        {
          id: randomUUID(),
          suggestionId: suggestion.id,
          assignmentId: assignment.id,
          unitId,
          round: assignment.round,
          category,
          repliedOn,
          documentNumber: request.documentNumber?.trim() || null,
          content: request.content,
          at: new Date(),
          by: caller.username,
        },
        tx.manager,
      );
      assignment.status = 'replied';
      this.touch(assignment, caller);
      const answering = assignments.filter((a) => a.status !== 'returned' && isAnswering(a.role));
      if (answering.every((a) => a.status === 'replied')) suggestion.status = 'replied';
      const late = assignment.dueDate && repliedOn > assignment.dueDate ? `（超过期限 ${assignment.dueDate}）` : '';
      return { action: 'replied', note: `${repliedOn} 答复，类别 ${category.code}（${category.label}）${late}`, unitId, events: [SuggestionEvents.replied] };
    });
  }

  async recordContact(request: RecordSuggestionContact.Request, caller: CallerContext): Promise<SuggestionView> {
    const unitId = actingUnit(caller, request.unitId);
    const contactedOn = this.pastOrToday(request.contactedOn, '沟通日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      this.liveAssignmentOf(assignments, unitId);
      await this.suggestions.insertContact(
        { id: randomUUID(), suggestionId: suggestion.id, unitId, contactedOn, method: request.method, contactPerson: request.contactPerson.trim(), summary: request.summary, at: new Date(), by: caller.username },
        tx.manager,
      );
      return { action: 'contact_recorded', note: `${contactedOn} 与代表委员沟通（${request.contactPerson.trim()}）`, unitId, events: [SuggestionEvents.contactRecorded] };
    });
  }

  /** The 征询意见表: 不满意 ⇒ the unit handles it again and replies within the re-handling period counted from the feedback. */
  async recordFeedback(request: RecordSuggestionFeedback.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '登记代表委员反馈意见');
    const receivedOn = this.pastOrToday(request.receivedOn, '收到日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      const assignment = this.liveAssignmentOf(assignments, request.unitId);
      if (!isAnswering(assignment.role) || assignment.status !== 'replied') throw new DomainError(SuggestionErrors.invalidState, '该单位尚未答复，不能登记反馈');
      const { feedback, replies } = await this.suggestions.children(suggestion.id, tx.manager);
      if (feedback.some((f) => f.assignmentId === assignment.id && f.round === assignment.round)) throw new DomainError(SuggestionErrors.invalidState, '本轮答复的反馈已登记');
      const reply = replies.find((r) => r.assignmentId === assignment.id && r.round === assignment.round);
      if (reply && receivedOn < reply.repliedOn) throw new DomainError(CommonErrors.validationFailed, `收到反馈日期不能早于答复日期 ${reply.repliedOn}`);
      await this.suggestions.insertFeedback(
        { id: randomUUID(), suggestionId: suggestion.id, assignmentId: assignment.id, unitId: assignment.unitId, round: assignment.round, satisfaction: request.satisfaction, receivedOn, comments: request.comments?.trim() || null, at: new Date(), by: caller.username },
        tx.manager,
      );
      const label = SATISFACTION_LABELS[request.satisfaction];
      if (request.satisfaction === 'unsatisfied') {
        const rule = ruleInForce(await this.suggestions.rules(tx.manager), 'rehandle_months', receivedOn);
        if (!rule) throw new DomainError(SuggestionErrors.ruleMissing, '缺少重新办理期限规则');
        assignment.round += 1;
        assignment.status = 'handling';
        assignment.dueStart = receivedOn;
        assignment.dueAmount = rule.amount;
        assignment.dueUnit = rule.unit;
        assignment.dueNote = `代表委员不满意，重新办理：自收到反馈之日起 ${rule.amount} ${unitLabel(rule.unit)}内再次答复`;
        assignment.extendedMonths = null;
        assignment.extensionReason = null;
        assignment.rules = { ...assignment.rules, rehandle_months: applied(rule) };
        recompute(assignment, await this.calendarCopy.current());
        this.touch(assignment, caller);
        suggestion.status = 'assigned';
        return {
          action: 'rehandling_started',
          note: `${receivedOn} 收到反馈：${label}；重新办理，答复期限 ${assignment.dueDate ?? '（暂无）'}`,
          unitId: assignment.unitId,
          events: [SuggestionEvents.feedbackRecorded, SuggestionEvents.rehandlingStarted],
        };
      }
      const answering = assignments.filter((a) => a.status !== 'returned' && isAnswering(a.role));
      const satisfiedNow = (a: AssignmentRow) =>
        a.id === assignment.id || feedback.some((f) => f.assignmentId === a.id && f.round === a.round && f.satisfaction !== 'unsatisfied');
      if (answering.every((a) => a.status === 'replied' && satisfiedNow(a))) suggestion.status = 'closed';
      return { action: 'feedback_recorded', note: `${receivedOn} 收到反馈：${label}`, unitId: assignment.unitId, events: [SuggestionEvents.feedbackRecorded] };
    });
  }

  /**
   * 联名件逐人答复 (RULES.md 2.5: jointly signed items are answered to each signer): the answer of the unit's current
   * round delivered to one signer, with the date and the person who delivered it; each signer once per round.
   */
  async answerSigner(request: AnswerSuggestionSigner.Request, caller: CallerContext): Promise<SuggestionView> {
    const unitId = actingUnit(caller, request.unitId);
    const answeredOn = this.pastOrToday(request.answeredOn, '送达日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      const signer = request.signer.trim();
      if (!signersOf(suggestion).includes(signer)) throw new DomainError(SuggestionErrors.unknownSigner, `「${signer}」不是本件的领衔或联名代表委员（${signersOf(suggestion).join('、')}）`);
      const assignment = this.liveAssignmentOf(assignments, unitId);
      if (!isAnswering(assignment.role)) throw new DomainError(SuggestionErrors.invalidState, '协办、会办单位不直接答复代表委员');
      const { replies, signerAnswers } = await this.suggestions.children(suggestion.id, tx.manager);
      const reply = replies.find((r) => r.assignmentId === assignment.id && r.round === assignment.round);
      if (assignment.status !== 'replied' || !reply) throw new DomainError(SuggestionErrors.invalidState, '本单位本轮尚未答复，答复后再逐一送达代表委员');
      if (answeredOn < reply.repliedOn) throw new DomainError(CommonErrors.validationFailed, `送达日期不能早于答复日期 ${reply.repliedOn}`, [{ code: 'invalid', field: 'answeredOn', message: `送达日期不能早于答复日期 ${reply.repliedOn}` }]);
      if (signerAnswers.some((a) => a.assignmentId === assignment.id && a.round === assignment.round && a.signer === signer)) {
        throw new DomainError(SuggestionErrors.signerAlreadyAnswered, `本轮答复已送达${signer}`);
      }
      const now = new Date();
      await this.suggestions.insertSignerAnswer(
        {
          id: randomUUID(),
          suggestionId: suggestion.id,
          assignmentId: assignment.id,
          replyId: reply.id,
          unitId,
          round: assignment.round,
          signer,
          answeredOn,
          answeredBy: caller.username,
          method: request.method,
          satisfaction: null,
          satisfactionOn: null,
          satisfactionRecordedBy: null,
          createdAt: now,
          createdBy: caller.username,
        },
        tx.manager,
      );
      return { action: 'signer_answered', note: `${answeredOn} 答复送达${signer}（${CONTACT_METHOD_LABELS[request.method]}）`, unitId, events: [SuggestionEvents.signerAnswered] };
    });
  }

  /** One signer's 征询意见表: their own satisfaction with the answer they received (督查室 records it). */
  async recordSignerFeedback(request: RecordSignerFeedback.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '登记代表委员满意度');
    const receivedOn = this.pastOrToday(request.receivedOn, '收到日期');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, assignments, tx) => {
      const signer = request.signer.trim();
      const assignment = this.liveAssignmentOf(assignments, request.unitId);
      const { signerAnswers } = await this.suggestions.children(suggestion.id, tx.manager);
      const answer = signerAnswers.find((a) => a.assignmentId === assignment.id && a.round === assignment.round && a.signer === signer);
      if (!answer) throw new DomainError(SuggestionErrors.invalidState, `本轮答复尚未送达${signer}，不能登记其满意度`);
      if (answer.satisfaction) throw new DomainError(SuggestionErrors.invalidState, `${signer}对本轮答复的满意度已登记`);
      if (receivedOn < answer.answeredOn) throw new DomainError(CommonErrors.validationFailed, `收到日期不能早于送达日期 ${answer.answeredOn}`, [{ code: 'invalid', field: 'receivedOn', message: `收到日期不能早于送达日期 ${answer.answeredOn}` }]);
      await this.suggestions.recordSignerSatisfaction(answer.id, request.satisfaction, receivedOn, caller.username, tx.manager);
      return { action: 'signer_feedback_recorded', note: `${receivedOn} 收到${signer}的反馈：${SATISFACTION_LABELS[request.satisfaction]}`, unitId: assignment.unitId, events: [SuggestionEvents.signerFeedbackRecorded] };
    });
  }

  async withdraw(request: WithdrawSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '撤销建议提案');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion) => {
      if (suggestion.status === 'withdrawn' || suggestion.status === 'closed') throw new DomainError(SuggestionErrors.invalidState, '该件已撤销或已办结');
      suggestion.status = 'withdrawn';
      suggestion.withdrawalReason = request.reason.trim();
      return { action: 'withdrawn', note: `撤销：${suggestion.withdrawalReason}`, events: [SuggestionEvents.withdrawn] };
    });
  }

  /** 并案: identical items are handled together but each is still answered on its own. */
  async merge(request: MergeSuggestion.Request, caller: CallerContext): Promise<SuggestionView> {
    requireManage(caller, '并案');
    return this.change(request.id, request.expectedVersion, caller, async (suggestion, _assignments, tx) => {
      const into = request.intoId === suggestion.id ? suggestion : await this.suggestions.findById(request.intoId, tx.manager);
      const problem = mergeProblem(suggestion, into, (await this.suggestions.mergedInto(suggestion.id, tx.manager)).length);
      if (problem || !into) throw new DomainError(into && into.status !== 'withdrawn' ? SuggestionErrors.invalidState : SuggestionErrors.notFound, problem ?? '并入的主件不存在或已撤销');
      suggestion.mergedIntoId = into.id;
      return { action: 'merged', note: `并入 ${into.session}${into.meeting}第${into.number}号「${into.title}」（仍分别答复）`, events: [SuggestionEvents.merged] };
    });
  }

  // ---------- reading ----------

  async get(id: string, caller: CallerContext): Promise<SuggestionView> {
    const suggestion = await this.suggestions.findById(id);
    const assignments = suggestion ? await this.suggestions.assignments(id) : [];
    if (!suggestion || !this.canSee(caller, assignments)) throw new DomainError(SuggestionErrors.notFound, '建议提案不存在或无权查看');
    return this.view(suggestion, assignments, caller);
  }

  async list(request: ListSuggestions.Request, caller: CallerContext): Promise<ListSuggestions.Reply> {
    const access = suggestionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看建议提案');
    const page = pageOf(request);
    const { items, total } = await this.suggestions.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(summaryOf), total, ...page };
  }

  /**
   * 办复率 = 已答复 / 交办, 满意率 = (满意 + 基本满意) / 收到反馈, and the split of answer categories, per unit and
   * overall, computed in SQL from the records (see SuggestionsRepository.statistics). A liaison sees their own unit.
   */
  async statistics(request: SuggestionStatistics.Request, caller: CallerContext): Promise<SuggestionStatistics.Reply> {
    const access = suggestionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看建议提案统计');
    const rows = await this.suggestions.statistics({ ...request, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const total = rows.find((r) => r.unitId === null) ?? emptyStatistics();
    return {
      overall: statisticsView(total),
      byUnit: rows
        .filter((r) => r.unitId !== null)
        .map(statisticsView)
        .sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '', 'zh-CN')),
    };
  }

  // ---------- calendar ----------

  /** A calendar year loaded or corrected: open deadlines around it are computed again, in the copy's transaction. */
  async redateOpenDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const assignment of await this.suggestions.openAssignmentsAround(year, tx.manager)) {
      const before = `${assignment.dueDate}/${assignment.returnDueDate}`;
      recompute(assignment, calendar);
      if (`${assignment.dueDate}/${assignment.returnDueDate}` === before && !assignment.dueProvisional) continue;
      assignment.updatedAt = new Date();
      assignment.updatedBy = 'system';
      await this.suggestions.updateAssignment(assignment, tx.manager);
      const suggestion = await this.suggestions.findById(assignment.suggestionId, tx.manager);
      await this.suggestions.recordHistory(assignment.suggestionId, suggestion?.version ?? 0, 'redated', `${year} 年节假日安排更新，期限重新计算为 ${assignment.dueDate ?? '（暂无）'}`, assignment.unitId, 'system', new Date(), tx.manager);
    }
  }

  // ---------- internals ----------

  /**
   * One change of a suggestion the caller may see, at the version the client holds: the work changes the
   * rows; the new version, its history line and its events are written in the same transaction.
   */
  private async change(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    work: (suggestion: SuggestionRow, assignments: AssignmentRow[], tx: Tx) => Promise<Change>,
  ): Promise<SuggestionView> {
    await this.transactions.run(async (tx) => {
      const suggestion = await this.suggestions.findById(id, tx.manager, true);
      const assignments = suggestion ? await this.suggestions.assignments(id, tx.manager) : [];
      if (!suggestion || !this.canSee(caller, assignments)) throw new DomainError(SuggestionErrors.notFound, '建议提案不存在或无权查看');
      assertVersion(suggestion.version, expectedVersion, SUGGESTION_CONFLICT);
      if (suggestion.status === 'withdrawn') throw new DomainError(SuggestionErrors.invalidState, '该件已撤销');
      const before = new Map(assignments.map((a) => [a.id, JSON.stringify(a)]));
      const waiting = suggestionTasks(suggestion, assignments);
      const change = await work(suggestion, assignments, tx);
      // The assignments the work changed are written with the suggestion's new version.
      for (const assignment of assignments) {
        if (before.get(assignment.id) !== JSON.stringify(assignment)) await this.suggestions.updateAssignment(assignment, tx.manager);
      }
      const now = new Date();
      const next: SuggestionRow = { ...suggestion, version: suggestion.version + 1, updatedAt: now, updatedBy: caller.username };
      const current = await this.suggestions.assignments(id, tx.manager);
      const live = current.filter((a) => a.status !== 'returned').map((a) => a.unitId);
      await commitStep(tx, {
        save: () => this.suggestions.updateIfVersion(next, expectedVersion, tx.manager),
        conflict: SUGGESTION_CONFLICT,
        history: () => this.suggestions.recordHistory(id, next.version, change.action, change.note, change.unitId ?? null, caller.username, now, tx.manager),
        events: change.events.map((subject) => [subject, snapshotOf(next, live, change.action, change.unitId)] as const),
      });
      await publishTaskChanges(tx, suggestionTaskChange(waiting, next, current, caller.userId));
    });
    return this.get(id, caller);
  }

  /** Marks an assignment changed by a `change`'s work; `change` writes it. */
  private touch(assignment: AssignmentRow, caller: CallerContext): void {
    assignment.updatedAt = new Date();
    assignment.updatedBy = caller.username;
  }

  private liveAssignmentOf(assignments: AssignmentRow[], unitId: string): AssignmentRow {
    const assignment = assignments.find((a) => a.unitId === unitId && a.status !== 'returned');
    if (!assignment) throw new DomainError(SuggestionErrors.notAssignedToUnit, '该单位不是本件的承办单位（或已退回）');
    return assignment;
  }

  private async assertActiveUnits(unitIds: string[], tx: Tx): Promise<void> {
    const active = await this.suggestions.activeUnits(unitIds, tx.manager);
    const missing = unitIds.filter((id) => !active.has(id));
    if (missing.length) throw new DomainError(SuggestionErrors.unknownUnit, `承办单位不存在或已停用：${missing.join('、')}`);
  }

  private canSee(caller: CallerContext, assignments: AssignmentRow[]): boolean {
    const access = suggestionAccess(caller);
    return access.kind === 'all' || (access.kind === 'unit' && assignments.some((a) => a.unitId === access.unitId));
  }

  private today(): string {
    return shanghaiDate(new Date());
  }

  private pastOrToday(date: string | undefined, label: string): string {
    const today = this.today();
    if (!date) return today;
    if (date > today) throw new DomainError(SuggestionErrors.futureDate, `${label} ${date} 晚于今天`);
    return date;
  }

  private async view(suggestion: SuggestionRow, assignments: AssignmentRow[], caller: CallerContext): Promise<SuggestionView> {
    const [children, history, names, merged] = await Promise.all([
      this.suggestions.children(suggestion.id),
      this.suggestions.history(suggestion.id),
      this.suggestions.unitNames([...new Set(assignments.map((a) => a.unitId))]),
      this.suggestions.mergedInto(suggestion.id),
    ]);
    return suggestionView(suggestion, assignments, { children, history, names, merged }, suggestionAccess(caller), this.today());
  }
}
