import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { computeDeadline, shanghaiDate, workingDaysBetween, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ApplicationChanged,
  ApplicationErrors,
  ApplicationEvents,
  APPLICATION_STATUS_LABELS,
  CHALLENGE_KIND_LABELS,
  CHALLENGE_OUTCOME_LABELS,
  CONSULTATION_OPINION_LABELS,
  DELIVERY_METHOD_LABELS,
  OPEN_APPLICATION_STATUSES,
  ANSWER_CODE_INFO,
  RELEASING_ANSWERS,
  type AbandonApplication,
  type AnswerApplication,
  type ApplicationView,
  type ConsultParty,
  type CreateApplication,
  type DecideChallenge,
  type DecideExtension,
  type DeliverAnswer,
  type FileChallenge,
  type ListApplications,
  type RecordOpinion,
  type RequestCorrection,
  type RequestExtension,
  type ReviewSecrecy,
  type SupplementApplication,
  type UpdateApplication,
  type WithdrawApplication,
  ApplicationSupervisionRequested,
  type SuperviseApplication,
} from '@gov/contracts-disclosure';
import { CalendarCopy, DomainError, publishTaskChanges, reasonOf, requireReason, Transactions, type Tx } from '@gov/platform';
import { applicationTaskChange } from '../../common/tasks.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { ApplicantIdentity } from './applicant-identity.js';
import { applicationAccess, canChangeApplication, canSeeApplication, isDisclosureHead } from './applications.policy.js';
import { ApplicationsRepository, type ApplicationRow } from './applications.repository.js';
import {
  answerDeadline,
  canTake,
  checkAbandonment,
  checkAnswer,
  checkChallenge,
  checkConsultation,
  checkCorrectionNotice,
  checkExtensionDecision,
  checkExtensionRequest,
  checkFee,
  checkOpinion,
  checkSupplement,
  consultationDeadline,
  correctionNoticeDeadline,
  feeOf,
  feeScaleOn,
  receiptDateOf,
  reviewDecisionDeadline,
  STEP_LABELS,
  type ApplicationStep,
  type RuleCheck,
  checkSupervision,
} from './applications.rules.js';
import { maskIdNumber, maskPhone, snapshotOf, toApplicationView } from './applications.views.js';

const SYSTEM = 'system';

/** What one step changed: its event, a note for the timeline. */
interface StepOutcome {
  event?: string;
  note?: string | null;
}

/**
 * 依申请公开申请: intake per channel (第三十一条), 补正 (第三十条), consultations that stop the clock (第三十二–三十四条), the
 * extension with the head's approval (第三十三条), 保密审查 and the answer (第三十六、三十七条) with its fee (第四十二条), the
 * delivery with its proof, and the 行政复议/诉讼 that follow. Every step is guarded, versioned, timed, in the timeline,
 * in the outbox and in the 待办 list; the answer clock is recomputed at every step and whenever the calendar changes.
 */
@Injectable()
export class ApplicationsService implements OnModuleInit {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
    private readonly identity: ApplicantIdentity,
    private readonly supervised: SupervisedItemsRepository,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((_year, tx, calendar) => this.redateOpenCases(tx, calendar));
  }

  async create(request: CreateApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeApplication(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记依申请公开申请');
    const receipt = receiptDateOf(request);
    if (!receipt.ok) throw new DomainError(ApplicationErrors.receiptDate, receipt.message, [{ field: receipt.field, code: 'receipt', message: receipt.message }]);
    const today = shanghaiDate(new Date());
    if (receipt.receivedOn > today) throw new DomainError(ApplicationErrors.receiptDate, '收到申请之日不能晚于今天', [{ field: 'submittedOn', code: 'future', message: 'submittedOn：收到申请之日不能晚于今天' }]);
    const row = await this.transactions.run(async (tx) => {
      const calendar = await this.calendar.current(tx);
      const now = new Date();
      const idNumber = request.idNumber.trim();
      const phone = request.phone?.trim() || null;
      const notice = correctionNoticeDeadline(calendar, receipt.receivedOn);
      const created: ApplicationRow = {
        id: randomUUID(),
        unitId,
        title: request.title.trim(),
        content: request.content,
        status: 'processing',
        channel: request.channel,
        submittedOn: request.submittedOn,
        signedOn: request.signedOn ?? null,
        confirmedOn: request.confirmedOn ?? null,
        receivedOn: receipt.receivedOn,
        receiptBasis: receipt.basis,
        applicantType: request.applicantType,
        applicantName: request.applicantName.trim(),
        idNumberEncrypted: this.identity.encrypt(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        phoneEncrypted: phone ? this.identity.encrypt(phone) : null,
        phoneMasked: phone ? maskPhone(phone) : null,
        applicantKey: this.identity.keyOf(idNumber),
        clockStart: receipt.receivedOn,
        dueDate: null,
        dueProvisional: false,
        dueExplanation: [],
        correctionNoticeDueOn: notice.dueDate,
        correctionNoticeOn: null,
        correctionItems: null,
        correctionDueOn: null,
        supplementedOn: null,
        consultations: [],
        extensionStatus: null,
        extensionReason: null,
        extensionDecidedBy: null,
        extensionNoticeOn: null,
        secrecyConclusion: null,
        secrecyReviewedBy: null,
        secrecyReviewedOn: null,
        secrecyNote: null,
        answerCode: null,
        answeredOn: null,
        answerText: null,
        referral: null,
        feeMethod: 'none',
        feeFen: 0,
        feeScale: null,
        feeExplanation: null,
        deliveryMethod: null,
        deliveredOn: null,
        deliveryProof: null,
        closingReason: null,
        concludedOn: null,
        challenges: [],
        supervisionRequestedAt: null,
        supervisionRequestedBy: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      this.recomputeClock(created, calendar);
      await this.applications.insert(created, tx.manager);
      await this.applications.addStep(tx.manager, created.id, { at: now, by: caller.username, step: 'create', label: STEP_LABELS.create, note: receipt.basis });
      await tx.emit(ApplicationEvents.created, snapshotOf(created), undefined, ApplicationChanged.Event);
      await publishTaskChanges(tx, applicationTaskChange(null, created, caller.userId));
      return created;
    });
    return this.view(row);
  }

  update(request: UpdateApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return { event: ApplicationEvents.updated };
    });
  }

  withdraw(request: WithdrawApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.status = 'withdrawn';
      row.closingReason = reason;
      row.concludedOn = shanghaiDate(new Date());
      return { event: ApplicationEvents.withdrawn, note: reason };
    });
  }

  requestCorrection(request: RequestCorrection.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'request-correction', (row, calendar) => {
      const sent = row.correctionNoticeOn ? 1 : 0;
      ensure(
        ApplicationErrors.correctionRule,
        checkCorrectionNotice({ receivedOn: row.receivedOn, noticeOn: request.noticeOn, noticesSent: sent, noticeDeadline: row.correctionNoticeDueOn }),
      );
      const due = computeDeadline(calendar, { start: request.noticeOn, amount: request.workingDays, unit: 'working_days' });
      row.status = 'awaiting_correction';
      row.correctionNoticeOn = request.noticeOn;
      row.correctionItems = request.items.trim();
      row.correctionDueOn = due.dueDate;
      return { note: `补正事项：${row.correctionItems}；补正期限 ${due.dueDate ?? '待定'}（${request.workingDays} 个工作日）` };
    });
  }

  supplement(request: SupplementApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'supplement', (row) => {
      ensure(ApplicationErrors.correctionRule, checkSupplement(row.correctionNoticeOn ?? row.receivedOn, request.supplementedOn));
      row.status = 'processing';
      row.supplementedOn = request.supplementedOn;
      row.clockStart = request.supplementedOn;
      return { note: `答复期限自收到补正材料之日 ${request.supplementedOn} 重新起算（第三十条）${request.note?.trim() ? `；${request.note.trim()}` : ''}` };
    });
  }

  abandon(request: AbandonApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'abandon', (row) => {
      ensure(ApplicationErrors.correctionRule, checkAbandonment(row.correctionDueOn, request.decidedOn));
      row.status = 'abandoned';
      row.closingReason = reason;
      row.concludedOn = request.decidedOn;
      row.answerCode = 'other_overdue_correction';
      return { note: `${reason}（第三十条：无正当理由逾期不补正的，视为放弃申请）` };
    });
  }

  consult(request: ConsultParty.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'consult', (row, calendar) => {
      const open = row.consultations.filter((c) => !c.repliedOn);
      ensure(ApplicationErrors.consultationRule, checkConsultation(row.clockStart, request.sentOn, open));
      const due = consultationDeadline(calendar, request.sentOn);
      row.consultations = [
        ...row.consultations,
        { id: randomUUID(), kind: request.kind, party: request.party.trim(), sentOn: request.sentOn, dueOn: due.dueDate, dueExplanation: due.explanation, repliedOn: null, opinion: null, note: null },
      ];
      row.status = 'consulting';
      return { note: `${request.party.trim()}，意见期限 ${due.dueDate ?? '待定'}（15 个工作日）；征求意见期间不计入答复期限（第三十三条第二款）` };
    });
  }

  recordOpinion(request: RecordOpinion.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'record-opinion', (row) => {
      const consultation = row.consultations.find((c) => c.id === request.consultationId);
      ensure(ApplicationErrors.consultationRule, checkOpinion(consultation, request.repliedOn, request.opinion), 'consultationId');
      row.consultations = row.consultations.map((c) => (c.id === request.consultationId ? { ...c, repliedOn: request.repliedOn, opinion: request.opinion, note: request.note?.trim() || null } : c));
      if (row.consultations.every((c) => c.repliedOn)) row.status = 'processing';
      return { note: `${consultation?.party ?? ''}：${CONSULTATION_OPINION_LABELS[request.opinion]}；${request.repliedOn} 次日恢复计时` };
    });
  }

  requestExtension(request: RequestExtension.Request, caller: CallerContext): Promise<ApplicationView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明延期理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明延期理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'request-extension', (row) => {
      ensure(ApplicationErrors.extensionRule, checkExtensionRequest(row.extensionStatus));
      row.extensionStatus = 'requested';
      row.extensionReason = reason;
      return { note: reason };
    });
  }

  decideExtension(request: DecideExtension.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'decide-extension', (row) => {
      ensure(ApplicationErrors.extensionRule, checkExtensionDecision({ status: row.extensionStatus, approve: request.approve, isHead: isDisclosureHead(caller), noticeOn: request.noticeOn, dueDate: row.dueDate }));
      row.extensionStatus = request.approve ? 'approved' : 'refused';
      row.extensionDecidedBy = caller.username;
      row.extensionNoticeOn = request.approve ? (request.noticeOn ?? null) : null;
      return { note: request.approve ? `同意延长 20 个工作日，${request.noticeOn} 告知申请人` : '不同意延期' };
    });
  }

  reviewSecrecy(request: ReviewSecrecy.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'review-secrecy', (row) => {
      if (request.reviewedOn < row.receivedOn) {
        throw new DomainError(CommonErrors.validationFailed, '审查之日不能早于收到申请之日', [{ field: 'reviewedOn', code: 'order', message: 'reviewedOn：审查之日不能早于收到申请之日' }]);
      }
      row.secrecyConclusion = request.conclusion;
      row.secrecyReviewedBy = caller.username;
      row.secrecyReviewedOn = request.reviewedOn;
      row.secrecyNote = request.note?.trim() || null;
      return { note: `${request.conclusion === 'cleared' ? '经审查可以公开' : '经审查不能公开'}${row.secrecyNote ? `；${row.secrecyNote}` : ''}` };
    });
  }

  answer(request: AnswerApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'answer', async (row, _calendar, tx) => {
      if (RELEASING_ANSWERS.includes(request.answerCode) && row.secrecyConclusion !== 'cleared') {
        const message = `answerCode：${ANSWER_CODE_INFO[request.answerCode].label}前须经保密审查并结论为可以公开（《政府信息公开条例》第十七条）`;
        throw new DomainError(ApplicationErrors.secrecyReviewRequired, message, [{ field: 'answerCode', code: 'secrecy', message }]);
      }
      ensure(
        ApplicationErrors.answerRule,
        checkAnswer({
          answerCode: request.answerCode,
          answeredOn: request.answeredOn,
          clockStart: row.clockStart,
          secrecyConclusion: row.secrecyConclusion,
          openConsultations: row.consultations.filter((c) => !c.repliedOn).length,
          objectingThirdParty: row.consultations.some((c) => c.kind === 'third_party' && c.opinion === 'object'),
        }),
        'answerCode',
      );
      const method = request.feeMethod ?? 'none';
      ensure(ApplicationErrors.feeRule, checkFee(method, request.answerCode, request.pages), 'feeMethod');
      if (method !== 'none') {
        const scale = feeScaleOn(request.answeredOn);
        if (!scale) throw new DomainError(ApplicationErrors.feeRule, `${request.answeredOn} 没有有效的收费标准`);
        const requestIndex = await this.applications.requestIndexInMonth(tx.manager, row);
        const fee = feeOf(scale, method, { requestIndex, pages: request.pages ?? 0 });
        row.feeFen = fee.fen;
        row.feeScale = scale.version;
        row.feeExplanation = fee.explanation;
      } else {
        row.feeFen = 0;
        row.feeScale = null;
        row.feeExplanation = null;
      }
      row.feeMethod = method;
      row.status = 'answered';
      row.answerCode = request.answerCode;
      row.answeredOn = request.answeredOn;
      row.answerText = request.answerText.trim();
      row.referral = request.referral?.trim() || null;
      row.concludedOn = request.answeredOn;
      const late = row.dueDate && request.answeredOn > row.dueDate ? `；超过答复期限 ${row.dueDate}` : '';
      const info = ANSWER_CODE_INFO[request.answerCode];
      return { event: ApplicationEvents.answered, note: `${info.label}（${info.article}）${row.feeExplanation ? `；${row.feeExplanation}` : ''}${late}` };
    });
  }

  deliver(request: DeliverAnswer.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'deliver', (row) => {
      if (row.answeredOn && request.deliveredOn < row.answeredOn) {
        throw new DomainError(CommonErrors.validationFailed, '送达之日不能早于答复之日', [{ field: 'deliveredOn', code: 'order', message: 'deliveredOn：送达之日不能早于答复之日' }]);
      }
      row.status = 'closed';
      row.deliveryMethod = request.method;
      row.deliveredOn = request.deliveredOn;
      row.deliveryProof = request.proof.trim();
      return { note: `${DELIVERY_METHOD_LABELS[request.method]}，凭证：${row.deliveryProof}` };
    });
  }

  fileChallenge(request: FileChallenge.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'file-challenge', (row, calendar) => {
      ensure(ApplicationErrors.challengeRule, checkChallenge(row.concludedOn, request.filedOn));
      const due = request.kind === 'review' ? reviewDecisionDeadline(calendar, request.filedOn).dueDate : null;
      row.challenges = [
        ...row.challenges,
        { id: randomUUID(), kind: request.kind, body: request.body.trim(), caseNumber: request.caseNumber?.trim() || null, filedOn: request.filedOn, decisionDueOn: due, outcome: 'pending', decidedOn: null, note: null },
      ];
      return { note: `${CHALLENGE_KIND_LABELS[request.kind]}：${request.body.trim()}${due ? `，复议决定期限 ${due}（《行政复议法》第六十二条）` : ''}` };
    });
  }

  decideChallenge(request: DecideChallenge.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'decide-challenge', (row) => {
      const challenge = row.challenges.find((c) => c.id === request.challengeId);
      if (!challenge) throw new DomainError(ApplicationErrors.challengeRule, '该复议、诉讼记录不存在', [{ field: 'challengeId', code: 'unknown', message: 'challengeId：该复议、诉讼记录不存在' }]);
      if (challenge.outcome !== 'pending') throw new DomainError(ApplicationErrors.challengeRule, '该复议、诉讼已登记结果');
      if (request.decidedOn < challenge.filedOn) throw new DomainError(ApplicationErrors.challengeRule, '审结之日不能早于申请（起诉）之日', [{ field: 'decidedOn', code: 'order', message: 'decidedOn：审结之日不能早于申请（起诉）之日' }]);
      row.challenges = row.challenges.map((c) => (c.id === request.challengeId ? { ...c, outcome: request.outcome, decidedOn: request.decidedOn, note: request.note?.trim() || null } : c));
      return { note: `${CHALLENGE_KIND_LABELS[challenge.kind]}：${CHALLENGE_OUTCOME_LABELS[request.outcome]}` };
    });
  }

  /**
   * 转督办: the office (the section's head) sends a red case to supervision, once, naming the unit that is to answer for it;
   * supervision registers one 督办事项 from the outbox event (event id = the application's id).
   */
  supervise(request: SuperviseApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const note = requireReason(request.note, '转督办', 'note');
    return this.step(request.id, request.expectedVersion, caller, 'supervise', async (row, calendar, tx) => {
      const today = shanghaiDate(new Date());
      ensure(ApplicationErrors.supervisionRule, checkSupervision({ isHead: isDisclosureHead(caller), dueDate: row.dueDate, today, alreadyOn: row.supervisionRequestedAt, itemDueDate: request.dueDate }));
      const answerDueDate = row.dueDate as string;
      const now = new Date();
      row.supervisionRequestedAt = now;
      row.supervisionRequestedBy = caller.username;
      const overdue = workingDaysBetween(calendar, answerDueDate, today);
      const event: ApplicationSupervisionRequested.Event = {
        applicationId: row.id,
        title: row.title,
        receivedOn: row.receivedOn,
        answerDueDate,
        overdueWorkingDays: overdue,
        leadUnitId: request.leadUnitId,
        coUnitIds: [...new Set(request.coUnitIds ?? [])].filter((id) => id !== request.leadUnitId),
        ...(request.dueDate ? { dueDate: request.dueDate } : {}),
        note,
        requestedBy: caller.username,
        requestedAt: now.toISOString(),
      };
      await tx.emit(ApplicationEvents.supervisionRequested, event, row.id, ApplicationSupervisionRequested.Event);
      return { note: `答复期限 ${answerDueDate} 已过（逾期 ${overdue} 个工作日），转督查室督办：${note}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<ApplicationView> {
    const row = await this.applications.findById(id);
    if (!row || !canSeeApplication(caller, row.unitId)) throw new DomainError(ApplicationErrors.notFound, '依申请公开申请不存在或无权查看');
    return this.view(row);
  }

  async list(request: ListApplications.Request, caller: CallerContext): Promise<ListApplications.Reply> {
    const access = applicationAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看依申请公开申请');
    const page = pageOf(request);
    const overdue = request.overdue === true || request.overdue === 'true';
    const { items, total } = await this.applications.search({
      ...request,
      ...page,
      onlyUnitId: access.kind === 'unit' ? access.unitId : undefined,
      overdueBefore: overdue ? shanghaiDate(new Date()) : undefined,
    });
    return { items: items.map((row) => toApplicationView(row)), total, ...page };
  }

  /** The case file: personal data decrypted, the timeline. */
  private async view(row: ApplicationRow): Promise<ApplicationView> {
    const personal = { idNumber: this.identity.decrypt(row.idNumberEncrypted), phone: row.phoneEncrypted ? this.identity.decrypt(row.phoneEncrypted) : null };
    const [steps, items] = await Promise.all([this.applications.stepsOf(row.id), row.supervisionRequestedAt ? this.supervised.viewsOf('disclosure_application', [row.id]) : null]);
    const supervision = items?.get(row.id);
    return { ...toApplicationView(row, personal, steps), ...(supervision ? { supervision } : {}) };
  }

  /** The answer clock of an open case (第三十三条), with the engine's explanation; a concluded case keeps its last one. */
  private recomputeClock(row: ApplicationRow, calendar: WorkingCalendar): void {
    if (!OPEN_APPLICATION_STATUSES.includes(row.status)) return;
    const result = answerDeadline(calendar, {
      clockStart: row.clockStart,
      correctionNoticeOn: row.correctionNoticeOn,
      awaitingCorrection: row.status === 'awaiting_correction',
      consultations: row.consultations,
      extensionApproved: row.extensionStatus === 'approved',
      extensionReason: row.extensionReason,
    });
    if (row.supplementedOn) result.explanation.splice(1, 0, `已于 ${row.supplementedOn} 收到补正材料，自该日重新起算（第三十条）`);
    row.dueDate = result.dueDate;
    row.dueProvisional = result.provisional;
    row.dueExplanation = result.explanation;
  }

  /** A calendar year loaded or corrected: every open case is re-dated, and the change shows in its timeline. */
  async redateOpenCases(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const current of await this.applications.openForRedating(tx.manager)) {
      const next: ApplicationRow = { ...current, consultations: current.consultations.map((c) => ({ ...c })) };
      this.recomputeClock(next, calendar);
      next.correctionNoticeDueOn = correctionNoticeDeadline(calendar, next.receivedOn).dueDate;
      next.consultations = next.consultations.map((c) => {
        if (c.repliedOn) return c;
        const due = consultationDeadline(calendar, c.sentOn);
        return { ...c, dueOn: due.dueDate, dueExplanation: due.explanation };
      });
      if (next.dueDate === current.dueDate && next.dueProvisional === current.dueProvisional && JSON.stringify(next.consultations) === JSON.stringify(current.consultations)) continue;
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: SYSTEM });
      if (!(await this.applications.saveIfVersion(next, current.version, tx.manager))) continue;
      await this.applications.addStep(tx.manager, next.id, { at: new Date(), by: SYSTEM, step: 'redate', label: STEP_LABELS.redate, note: `答复期限由 ${current.dueDate ?? '暂无'} 改为 ${next.dueDate ?? '暂无'}` });
      await tx.emit(ApplicationEvents.stepped, snapshotOf(next), undefined, ApplicationChanged.Event);
      await publishTaskChanges(tx, applicationTaskChange(current, next));
    }
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, its clock recomputed, saved, in the timeline, the outbox and the 待办 list. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: ApplicationStep,
    change: (row: ApplicationRow, calendar: WorkingCalendar, tx: Tx) => StepOutcome | Promise<StepOutcome>,
  ): Promise<ApplicationView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.applications.findById(id, tx.manager, true);
      if (!current || !canSeeApplication(caller, current.unitId)) throw new DomainError(ApplicationErrors.notFound, '依申请公开申请不存在或无权查看');
      if (!canChangeApplication(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该依申请公开申请');
      if (current.version !== expectedVersion) {
        throw new DomainError(ApplicationErrors.versionConflict, `依申请公开申请已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) {
        throw new DomainError(ApplicationErrors.invalidState, `申请当前为"${APPLICATION_STATUS_LABELS[current.status]}"，不能${STEP_LABELS[step]}`);
      }
      const calendar = await this.calendar.current(tx);
      const next: ApplicationRow = { ...current, consultations: current.consultations.map((c) => ({ ...c })), challenges: current.challenges.map((c) => ({ ...c })) };
      const outcome = await change(next, calendar, tx);
      this.recomputeClock(next, calendar);
      const now = new Date();
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.applications.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ApplicationErrors.versionConflict, '依申请公开申请已被他人修改，请刷新后重试');
      await this.applications.addStep(tx.manager, next.id, { at: now, by: caller.username, step, label: STEP_LABELS[step], note: outcome.note ?? null });
      await tx.emit(outcome.event ?? ApplicationEvents.stepped, snapshotOf(next), undefined, ApplicationChanged.Event);
      await publishTaskChanges(tx, applicationTaskChange(current, next, caller.userId));
      return next;
    });
    return this.view(row);
  }
}

/** Refuses a step whose rule check failed, with the article-citing message as the field error where one is named. */
function ensure(spec: (typeof ApplicationErrors)[keyof typeof ApplicationErrors], check: RuleCheck, fallbackField?: string): void {
  if (check.ok) return;
  const field = check.field ?? fallbackField;
  throw new DomainError(spec, check.message, field ? [{ field, code: 'rule', message: check.message.startsWith(`${field}：`) ? check.message : `${field}：${check.message}` }] : undefined);
}
