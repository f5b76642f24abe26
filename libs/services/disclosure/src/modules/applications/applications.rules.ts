import { computeDeadline, type DeadlineResult, type Pause, type WorkingCalendar } from '@gov/calendar';
import {
  ANSWER_CODE_INFO,
  RELEASING_ANSWERS,
  type AnswerCode,
  type ApplicationChannel,
  type ApplicationStatus,
  type ConsultationKind,
  type ConsultationOpinion,
  type ExtensionStatus,
  type FeeMethod,
  type SecrecyConclusion,
} from '@gov/contracts-disclosure';

/** The steps of one 依申请公开申请, and the states each is allowed from. */
export type ApplicationStep =
  | 'update'
  | 'withdraw'
  | 'request-correction'
  | 'supplement'
  | 'abandon'
  | 'consult'
  | 'record-opinion'
  | 'request-extension'
  | 'decide-extension'
  | 'review-secrecy'
  | 'answer'
  | 'deliver'
  | 'file-challenge'
  | 'decide-challenge'
  | 'supervise';

const OPEN: readonly ApplicationStatus[] = ['processing', 'awaiting_correction', 'consulting'];
const ALLOWED: Record<ApplicationStep, readonly ApplicationStatus[]> = {
  update: OPEN,
  withdraw: OPEN,
  'request-correction': ['processing'],
  supplement: ['awaiting_correction'],
  abandon: ['awaiting_correction'],
  consult: ['processing', 'consulting'],
  'record-opinion': ['consulting'],
  'request-extension': ['processing', 'consulting'],
  'decide-extension': ['processing', 'consulting'],
  'review-secrecy': ['processing', 'consulting'],
  answer: ['processing'],
  deliver: ['answered'],
  'file-challenge': ['answered', 'closed', 'abandoned'],
  'decide-challenge': ['answered', 'closed', 'abandoned'],
  supervise: OPEN,
};

export const STEP_LABELS: Record<ApplicationStep | 'create' | 'redate', string> = {
  create: '登记申请',
  update: '修改登记内容',
  withdraw: '申请人撤回申请',
  'request-correction': '一次性告知补正',
  supplement: '收到补正材料，重新起算',
  abandon: '逾期不补正，视为放弃申请',
  consult: '发出征求意见函，计时暂停',
  'record-opinion': '收到意见，恢复计时',
  'request-extension': '申请延长答复期限',
  'decide-extension': '审批延长答复期限',
  'review-secrecy': '保密审查',
  answer: '作出答复',
  deliver: '送达答复',
  'file-challenge': '登记行政复议、行政诉讼',
  'decide-challenge': '登记复议、诉讼结果',
  supervise: '逾期转督办',
  redate: '工作日历变更，重新计算期限',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: ApplicationStep, status: ApplicationStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The outcome of a rule check: fine, or refused with a message that cites the article. */
export type RuleCheck = { ok: true } | { ok: false; message: string; field?: string };
const OK: RuleCheck = { ok: true };
const refuse = (message: string, field?: string): RuleCheck => ({ ok: false, message, ...(field ? { field } : {}) });

// ---- 第三十一条: the date of receipt per channel -------------------------------------------------------------

export interface ReceiptInput {
  channel: ApplicationChannel;
  submittedOn: string;
  signedOn?: string | null;
  confirmedOn?: string | null;
}

/**
 * 收到申请之日 (第三十一条): 当面提交 — the day it is handed in; 邮政特快专递、挂号信 — the day the office signs for it;
 * 平常信函 — the day the office confirms it with the applicant; 互联网渠道、传真 — the day both sides confirm.
 */
export function receiptDateOf(input: ReceiptInput): { ok: true; receivedOn: string; basis: string } | { ok: false; message: string; field: string } {
  const before = (a: string, b: string) => a < b;
  switch (input.channel) {
    case 'in_person':
      return { ok: true, receivedOn: input.submittedOn, basis: '当面提交，以提交之日为收到申请之日（第三十一条第（一）项）' };
    case 'registered_post':
      if (!input.signedOn) return { ok: false, field: 'signedOn', message: 'signedOn：以邮政特快专递、挂号信提交的，以本机关签收之日为收到申请之日，须登记签收日期（第三十一条第（二）项）' };
      if (before(input.signedOn, input.submittedOn)) return { ok: false, field: 'signedOn', message: 'signedOn：签收之日不能早于寄出之日（第三十一条第（二）项）' };
      return { ok: true, receivedOn: input.signedOn, basis: `挂号信、特快专递，以本机关签收之日 ${input.signedOn} 为收到申请之日（第三十一条第（二）项）` };
    case 'ordinary_letter':
    case 'online':
    case 'fax': {
      const item = input.channel === 'ordinary_letter' ? '第（二）项' : '第（三）项';
      const who = input.channel === 'ordinary_letter' ? '与申请人确认之日' : '双方确认之日';
      if (!input.confirmedOn) return { ok: false, field: 'confirmedOn', message: `confirmedOn：以${input.channel === 'ordinary_letter' ? '平常信函' : input.channel === 'online' ? '互联网渠道' : '传真'}提交的，以${who}为收到申请之日，须登记确认日期（第三十一条${item}）` };
      if (before(input.confirmedOn, input.submittedOn)) return { ok: false, field: 'confirmedOn', message: `confirmedOn：确认之日不能早于提交之日（第三十一条${item}）` };
      return { ok: true, receivedOn: input.confirmedOn, basis: `以${who} ${input.confirmedOn} 为收到申请之日（第三十一条${item}）` };
    }
  }
}

// ---- 第三十条: 补正 ------------------------------------------------------------------------------------------

/** The last day for the one 补正 notice: 7 working days after receipt (第三十条). */
export function correctionNoticeDeadline(calendar: WorkingCalendar, receivedOn: string): DeadlineResult {
  return computeDeadline(calendar, { start: receivedOn, amount: 7, unit: 'working_days' });
}

export interface CorrectionInput {
  receivedOn: string;
  noticeOn: string;
  /** Notices already sent (0 or 1). */
  noticesSent: number;
  noticeDeadline: string | null;
}

/** One notice only, listing everything, within 7 working days of receipt (第三十条). */
export function checkCorrectionNotice(input: CorrectionInput): RuleCheck {
  if (input.noticesSent > 0) return refuse('补正通知只能发出一次，须一次性告知需要补正的全部事项（第三十条）');
  if (input.noticeOn < input.receivedOn) return refuse('noticeOn：补正通知之日不能早于收到申请之日（第三十条）', 'noticeOn');
  if (input.noticeDeadline && input.noticeOn > input.noticeDeadline) {
    return refuse(`noticeOn：补正通知须在收到申请之日起 7 个工作日内发出（最迟 ${input.noticeDeadline}），已超过期限（第三十条）`, 'noticeOn');
  }
  return OK;
}

/** The supplement arrives after the notice; the answer clock restarts from that day (第三十条). */
export function checkSupplement(noticeOn: string, supplementedOn: string): RuleCheck {
  if (supplementedOn < noticeOn) return refuse('supplementedOn：收到补正材料之日不能早于补正通知之日（第三十条）', 'supplementedOn');
  return OK;
}

/** Treated as abandoned only after the set time has run out (第三十条: 无正当理由逾期不补正的，视为放弃申请). */
export function checkAbandonment(correctionDueOn: string | null, decidedOn: string): RuleCheck {
  if (!correctionDueOn) return refuse('补正期限尚未确定，不能认定视为放弃申请（第三十条）');
  if (decidedOn <= correctionDueOn) return refuse(`decidedOn：补正期限 ${correctionDueOn} 届满后才能认定视为放弃申请（第三十条）`, 'decidedOn');
  return OK;
}

// ---- 第三十二、三十四条: consultations that stop the clock ----------------------------------------------------------

export interface ConsultationRecord {
  id: string;
  kind: ConsultationKind;
  party: string;
  sentOn: string;
  dueOn: string | null;
  dueExplanation: string[];
  repliedOn: string | null;
  opinion: ConsultationOpinion | null;
  note: string | null;
}

/** The third party (第三十二条) or the other body (第三十四条) has 15 working days to give its opinion. */
export function consultationDeadline(calendar: WorkingCalendar, sentOn: string): DeadlineResult {
  return computeDeadline(calendar, { start: sentOn, amount: 15, unit: 'working_days' });
}

export function checkConsultation(clockStart: string, sentOn: string, open: readonly ConsultationRecord[]): RuleCheck {
  if (sentOn < clockStart) return refuse('sentOn：征求意见函不能早于答复期限的起算日（第三十三条第二款）', 'sentOn');
  if (open.length > 0 && open.some((c) => c.sentOn > sentOn)) return refuse('sentOn：不能早于尚未答复的征求意见函（第三十三条第二款）', 'sentOn');
  return OK;
}

export function checkOpinion(consultation: ConsultationRecord | undefined, repliedOn: string, opinion: ConsultationOpinion): RuleCheck {
  if (!consultation) return refuse('consultationId：该征求意见记录不存在', 'consultationId');
  if (consultation.repliedOn) return refuse('该征求意见已登记答复');
  if (repliedOn < consultation.sentOn) return refuse('repliedOn：收到意见之日不能早于发函之日', 'repliedOn');
  if (opinion === 'no_reply' && consultation.dueOn && repliedOn < consultation.dueOn) {
    return refuse(`repliedOn：征求意见期限 ${consultation.dueOn} 届满前不能认定逾期未提出意见（第三十二条：15 个工作日）`, 'repliedOn');
  }
  return OK;
}

// ---- 第三十三条: the answer deadline ---------------------------------------------------------------------------

export interface AnswerClockInput {
  clockStart: string;
  /** While waiting for the 补正 (clock stopped until the supplement restarts it). */
  correctionNoticeOn: string | null;
  awaitingCorrection: boolean;
  consultations: readonly ConsultationRecord[];
  extensionApproved: boolean;
  extensionReason: string | null;
}

/**
 * 20 working days from receipt (or from the supplement), the days of consultation not counted, and one extension of
 * 20 working days with the head's approval (第三十三条).
 */
export function answerDeadline(calendar: WorkingCalendar, input: AnswerClockInput): DeadlineResult {
  const pauses: Pause[] = input.consultations.map((c) => ({
    from: c.sentOn,
    to: c.repliedOn,
    reason: `${c.kind === 'third_party' ? '征求第三方' : '征求其他机关'}（${c.party}）意见（第三十三条第二款）`,
  }));
  if (input.awaitingCorrection && input.correctionNoticeOn) pauses.push({ from: input.correctionNoticeOn, to: null, reason: '等待补正（补正后自收到补正材料之日重新起算，第三十条）' });
  const result = computeDeadline(calendar, {
    start: input.clockStart,
    amount: 20,
    unit: 'working_days',
    pauses,
    extensions: input.extensionApproved ? [{ amount: 20, unit: 'working_days', reason: `经信息公开工作机构负责人同意延长（第三十三条第二款）${input.extensionReason ? `：${input.extensionReason}` : ''}` }] : [],
  });
  return { ...result, explanation: ['答复期限：收到申请之日起 20 个工作日（《政府信息公开条例》第三十三条）', ...result.explanation] };
}

/** One extension, approved by the head of the 信息公开工作机构, noticed to the applicant by the original due date (第三十三条第二款). */
export function checkExtensionRequest(status: ExtensionStatus | null): RuleCheck {
  if (status === 'approved') return refuse('答复期限只能延长一次，延长期限最长不超过 20 个工作日（第三十三条第二款）');
  if (status === 'requested') return refuse('已申请延期，等待负责人审批');
  return OK;
}

export function checkExtensionDecision(input: { status: ExtensionStatus | null; approve: boolean; isHead: boolean; noticeOn?: string; dueDate: string | null }): RuleCheck {
  if (input.status !== 'requested') return refuse('没有待审批的延期申请');
  if (!input.isHead) return refuse('延长答复期限须经政府信息公开工作机构负责人（科室负责人）同意（第三十三条第二款）');
  if (input.approve) {
    if (!input.noticeOn) return refuse('noticeOn：同意延期的，须登记告知申请人之日（第三十三条第二款）', 'noticeOn');
    if (input.dueDate && input.noticeOn > input.dueDate) return refuse(`noticeOn：延期须在原答复期限 ${input.dueDate} 内告知申请人（第三十三条第二款）`, 'noticeOn');
  }
  return OK;
}

/**
 * 转督办: a red case (open, its answer deadline passed: overdue from the day after, 《民法典》第二百零三条) reaches
 * supervision when the office chooses — the 政府信息公开工作机构 负责人 — once per application; the 督办期限 not in the past.
 */
export function checkSupervision(input: { isHead: boolean; dueDate: string | null; today: string; alreadyOn: Date | null; itemDueDate?: string }): RuleCheck {
  if (!input.isHead) return refuse('逾期案件转督办须由政府信息公开工作机构负责人（大数据科科长）决定');
  if (input.alreadyOn) return refuse('该申请已转督办，不能重复转办');
  if (!input.dueDate) return refuse('答复期限暂停计算（征求意见中或待补正）的申请未逾期，不能转督办');
  if (input.dueDate >= input.today) return refuse(`答复期限 ${input.dueDate} 尚未届满，只有逾期（红灯）的申请才能转督办`);
  if (input.itemDueDate && input.itemDueDate < input.today) return refuse(`dueDate：督办办理期限 ${input.itemDueDate} 早于今天`, 'dueDate');
  return OK;
}

// ---- 第三十六、三十七条 and 保密审查: the answer ------------------------------------------------------------------------

export interface AnswerInput {
  answerCode: AnswerCode;
  answeredOn: string;
  clockStart: string;
  secrecyConclusion: SecrecyConclusion | null;
  openConsultations: number;
  objectingThirdParty: boolean;
}

export function checkAnswer(input: AnswerInput): RuleCheck {
  const info = ANSWER_CODE_INFO[input.answerCode];
  if (input.answerCode === 'other_overdue_correction') return refuse('answerCode：逾期不补正的，以"视为放弃申请"办理（第三十条），不在此答复', 'answerCode');
  if (input.answeredOn < input.clockStart) return refuse('answeredOn：答复之日不能早于答复期限的起算日', 'answeredOn');
  if (input.openConsultations > 0) return refuse('尚有征求意见未答复，须登记意见或期满后再答复（第三十二条、第三十四条）');
  if (RELEASING_ANSWERS.includes(input.answerCode) && input.secrecyConclusion !== 'cleared') {
    return refuse(`${info.label}前须经保密审查并结论为可以公开（《政府信息公开条例》第十七条；《保守国家秘密法》）`);
  }
  if (input.answerCode === 'disclosed' && input.objectingThirdParty) {
    return refuse('第三方不同意公开且有合理理由的，不予公开；认为不公开可能对公共利益造成重大影响的，须书面告知第三方后公开并在答复中说明（第三十二条）', 'answerCode');
  }
  return OK;
}

// ---- 第四十二条; 国办函〔2020〕109号: 信息处理费 ---------------------------------------------------------------------

/** The fee scale in force, a versioned local figure with its source. */
export interface FeeScale {
  version: string;
  effectiveFrom: string;
  source: string;
  /** By count: requests 1…freeRequests free; then bands of `bandSize` requests whose per-request fee rises by `bandStepFen`. */
  freeRequests: number;
  firstBandEnd: number;
  firstBandFen: number;
  bandSize: number;
  bandStepFen: number;
  /** By volume: pages up to `freePages` free; then per page, progressive. */
  freePages: number;
  pageBands: readonly { upTo: number | null; fenPerPage: number }[];
}

export const FEE_SCALES: readonly FeeScale[] = [
  {
    version: '国办函〔2020〕109号',
    effectiveFrom: '2021-01-01',
    source: '国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知（国办函〔2020〕109号）',
    freeRequests: 10,
    firstBandEnd: 30,
    firstBandFen: 10_000,
    bandSize: 10,
    bandStepFen: 10_000,
    freePages: 30,
    pageBands: [
      { upTo: 100, fenPerPage: 1_000 },
      { upTo: 200, fenPerPage: 2_000 },
      { upTo: null, fenPerPage: 4_000 },
    ],
  },
];

/** The scale in force on a day (the newest one whose effective date is on or before it). */
export function feeScaleOn(day: string, scales: readonly FeeScale[] = FEE_SCALES): FeeScale | null {
  return [...scales].filter((s) => s.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/**
 * 按件计收: the fee of the applicant's `index`-th request in one calendar month. 1–10 free; 11–30 100 元 each; from 31 on,
 * each further band of 10 requests costs 100 元 more per request (31–40 200 元, 41–50 300 元, …).
 */
export function feeByCount(scale: FeeScale, index: number): number {
  if (index <= scale.freeRequests) return 0;
  if (index <= scale.firstBandEnd) return scale.firstBandFen;
  const band = Math.ceil((index - scale.firstBandEnd) / scale.bandSize);
  return scale.firstBandFen + band * scale.bandStepFen;
}

/** 按量计收, progressive: up to 30 pages free; pages 31–100 10 元, 101–200 20 元, above 200 40 元 each. */
export function feeByPages(scale: FeeScale, pages: number): number {
  let fen = 0;
  let lower = scale.freePages;
  for (const band of scale.pageBands) {
    const upper = band.upTo ?? Infinity;
    if (pages > lower) fen += (Math.min(pages, upper) - lower) * band.fenPerPage;
    lower = upper;
    if (pages <= upper) break;
  }
  return fen;
}

export function feeOf(scale: FeeScale, method: FeeMethod, input: { requestIndex: number; pages: number }): { fen: number; explanation: string } {
  const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
  switch (method) {
    case 'none':
      return { fen: 0, explanation: '不收取信息处理费（第四十二条第一款）' };
    case 'by_count': {
      const fen = feeByCount(scale, input.requestIndex);
      return { fen, explanation: `按件计收：该申请人本自然月第 ${input.requestIndex} 件申请，收费 ${yuan(fen)}（${scale.version}）` };
    }
    case 'by_pages': {
      const fen = feeByPages(scale, input.pages);
      return { fen, explanation: `按量计收：${input.pages} 页，超额累进计费 ${yuan(fen)}（${scale.version}）` };
    }
  }
}

/** Fees only where the volume or frequency clearly exceeds a reasonable range (第四十二条), so never on a refused answer. */
export function checkFee(method: FeeMethod, answerCode: AnswerCode, pages: number | undefined): RuleCheck {
  if (method === 'none') return OK;
  if (!RELEASING_ANSWERS.includes(answerCode)) return refuse('feeMethod：只有提供政府信息时才可能收取信息处理费（第四十二条）', 'feeMethod');
  if (method === 'by_pages' && (pages === undefined || pages < 0)) return refuse('pages：按量计收须登记页数（国办函〔2020〕109号）', 'pages');
  return OK;
}

// ---- 行政复议、行政诉讼 --------------------------------------------------------------------------------------------

/** 复议机关 decides within 60 days of acceptance (《行政复议法》2023 第六十二条), counted here from the day filed. */
export function reviewDecisionDeadline(calendar: WorkingCalendar, filedOn: string): DeadlineResult {
  return computeDeadline(calendar, { start: filedOn, amount: 60, unit: 'calendar_days' });
}

export function checkChallenge(answeredOrConcludedOn: string | null, filedOn: string): RuleCheck {
  if (answeredOrConcludedOn && filedOn < answeredOrConcludedOn) return refuse('filedOn：复议、诉讼之日不能早于答复（办结）之日', 'filedOn');
  return OK;
}
