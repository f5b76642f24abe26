import { computeDeadline, type DeadlineResult, type WorkingCalendar } from '@gov/calendar';
import type { CadreSelectionDecision, CadreSelectionStatus, CandidateVotes, ObjectionView } from '@gov/contracts-personnel-finance';

/** The regulation the procedure follows; cited in every refusal. */
export const REGULATION = '《党政领导干部选拔任用工作条例》（2019年）';

/** 任前公示 lasts at least 5 working days (the regulation's 任职前公示制度; the issue: "at least 5 working days, from the engine"). */
export const PUBLICITY_WORKING_DAYS = 5;
/** 任职试用期 for those promoted to a leading post: one year. */
export const PROBATION_MONTHS = 12;

/** The steps of a procedure, in the only order they may be taken (none skipped). */
export type CadreSelectionStep = 'recommend' | 'inspect' | 'decide' | 'publicize' | 'recordObjection' | 'resolveObjection' | 'appoint' | 'withdraw';

const FROM: Record<CadreSelectionStep, CadreSelectionStatus> = {
  recommend: 'proposed',
  inspect: 'recommended',
  decide: 'inspected',
  publicize: 'decided',
  recordObjection: 'publicizing',
  resolveObjection: 'publicizing',
  appoint: 'publicizing',
  withdraw: 'proposed',
};

const TO: Partial<Record<CadreSelectionStep, CadreSelectionStatus>> = { recommend: 'recommended', inspect: 'inspected', decide: 'decided', publicize: 'publicizing', appoint: 'appointed', withdraw: 'withdrawn' };

export const STEP_LABELS: Record<CadreSelectionStep | 'motion', string> = {
  motion: '动议',
  recommend: '民主推荐',
  inspect: '考察',
  decide: '讨论决定',
  publicize: '任前公示',
  recordObjection: '登记反映问题',
  resolveObjection: '核查反映问题',
  appoint: '任职',
  withdraw: '撤回',
};

/** What a step needs done before it, by the status it is taken from. */
const DONE_BEFORE: Record<CadreSelectionStatus, string> = {
  proposed: '动议',
  recommended: '民主推荐',
  inspected: '考察',
  decided: '讨论决定',
  publicizing: '任前公示',
  appointed: '任职',
  withdrawn: '撤回',
};

const TERMINAL: readonly CadreSelectionStatus[] = ['appointed', 'withdrawn'];

export type StepCheck = { ok: true } | { ok: false; terminal: boolean; message: string };

/**
 * Whether `step` may be taken from `status`: each in its turn, none skipped or repeated; withdrawal from any step before
 * 任职; nothing after 任职 or withdrawal.
 */
export function checkStep(step: CadreSelectionStep, status: CadreSelectionStatus): StepCheck {
  if (TERMINAL.includes(status)) return { ok: false, terminal: true, message: `该事项${status === 'appointed' ? '已任职' : '已撤回'}，不能再办理` };
  if (step === 'withdraw') return { ok: true };
  if (FROM[step] === status) return { ok: true };
  const needed = FROM[step];
  return {
    ok: false,
    terminal: false,
    message: `${REGULATION}规定的程序须依次进行，不得跳过：“${STEP_LABELS[step]}”须在“${DONE_BEFORE[needed]}”之后办理，当前已完成“${DONE_BEFORE[status]}”`,
  };
}

export function statusAfter(step: CadreSelectionStep, status: CadreSelectionStatus): CadreSelectionStatus {
  return TO[step] ?? status;
}

/** Each step's date is not before the previous step's. */
export function dateOrderRefusal(previous: string, previousLabel: string, day: string, label: string): string | null {
  return day < previous ? `${label}日期 ${day} 早于${previousLabel}日期 ${previous}，各步骤须依次办理` : null;
}

/** 民主推荐: no one has more votes than there were participants. */
export function recommendationRefusal(participants: number, candidates: readonly CandidateVotes[]): string | null {
  const over = candidates.find((c) => c.votes > participants);
  if (over) return `${over.name}得票 ${over.votes} 多于参加推荐人数 ${participants}`;
  const names = candidates.map((c) => c.name.trim());
  return new Set(names).size === names.length ? null : '被推荐人姓名重复';
}

/** 考察对象 comes from those recommended (民主推荐 is the basis of the 考察, the regulation's 第四章–第五章). */
export function candidateRefusal(candidateName: string, recommended: readonly CandidateVotes[]): string | null {
  return recommended.some((c) => c.name.trim() === candidateName.trim())
    ? null
    : `${REGULATION}：考察对象须从民主推荐的人选中确定，“${candidateName.trim()}”不在推荐结果中（${recommended.map((c) => c.name).join('、')}）`;
}

/**
 * 讨论决定: at least two thirds of the members present (三分之二以上成员到会), and more than half of the members due
 * voting for it (以超过应到会成员半数同意形成决定); the votes cannot exceed those present. Returns the refusal, or the
 * explanation recorded with the decision.
 */
export function decisionCheck(d: Pick<CadreSelectionDecision, 'membersTotal' | 'membersPresent' | 'votesFor' | 'votesAgainst' | 'votesAbstain'>): { refusal: string | null; explanation: string } {
  if (d.membersPresent > d.membersTotal) return { refusal: `实到 ${d.membersPresent} 人多于应到 ${d.membersTotal} 人`, explanation: '' };
  if (d.votesFor + d.votesAgainst + d.votesAbstain > d.membersPresent) return { refusal: `表决票数合计 ${d.votesFor + d.votesAgainst + d.votesAbstain} 多于实到 ${d.membersPresent} 人`, explanation: '' };
  if (d.membersPresent * 3 < d.membersTotal * 2) {
    return { refusal: `${REGULATION}：讨论决定干部任免事项，须有三分之二以上成员到会；应到 ${d.membersTotal} 人，实到 ${d.membersPresent} 人，不足三分之二`, explanation: '' };
  }
  if (d.votesFor * 2 <= d.membersTotal) {
    return { refusal: `${REGULATION}：以超过应到会成员半数同意形成决定；应到 ${d.membersTotal} 人，同意 ${d.votesFor} 票，未超过半数`, explanation: '' };
  }
  return { refusal: null, explanation: `应到 ${d.membersTotal} 人，实到 ${d.membersPresent} 人（达到三分之二）；同意 ${d.votesFor}、不同意 ${d.votesAgainst}、弃权 ${d.votesAbstain}，同意票超过应到会成员半数` };
}

/** The end of the 任前公示: 5 working days counted from the day after publication (《民法典》第201条), over the working calendar. */
export function publicityPeriod(calendar: WorkingCalendar, publishedOn: string): DeadlineResult {
  const result = computeDeadline(calendar, { start: publishedOn, amount: PUBLICITY_WORKING_DAYS, unit: 'working_days' });
  return { ...result, explanation: [`任前公示期不少于 ${PUBLICITY_WORKING_DAYS} 个工作日（${REGULATION}）`, ...result.explanation, '公示期满后方可办理任职'] };
}

/** 任职 only on a day after the 公示 has run its full period. */
export function publicityOverRefusal(endsOn: string, appointedOn: string): string | null {
  return appointedOn > endsOn ? null : `${REGULATION}：任前公示期不少于 ${PUBLICITY_WORKING_DAYS} 个工作日，本次公示 ${endsOn} 期满，${appointedOn} 不能任职，最早 ${endsOn} 的次日`;
}

/** 任职 only when every objection is resolved, and none found to stand in the way. */
export function objectionsRefusal(objections: readonly Pick<ObjectionView, 'outcome' | 'summary'>[]): { code: 'open' | 'blocking'; message: string } | null {
  const open = objections.filter((o) => o.outcome === null);
  if (open.length) return { code: 'open', message: `公示期间反映的问题还有 ${open.length} 件未核查完毕，核查后才能任职` };
  const blocking = objections.find((o) => o.outcome === 'blocking');
  if (blocking) return { code: 'blocking', message: `反映的问题“${blocking.summary.slice(0, 40)}”经核查属实且影响任职，不能任职，请撤回该事项并说明理由` };
  return null;
}

/** The end of the 试用期: one year from the day of 任职 (the corresponding day, 《民法典》第202条). */
export function probationPeriod(calendar: WorkingCalendar, appointedOn: string): DeadlineResult {
  const result = computeDeadline(calendar, { start: appointedOn, amount: PROBATION_MONTHS, unit: 'months' });
  return { ...result, explanation: [`任职试用期一年（${REGULATION}）`, ...result.explanation] };
}

