import type { DevelopmentStep, MemberStage } from '@gov/contracts-party-affairs';
import { addMonths, daysBetween } from '../../common/dates.js';

/**
 * 发展党员: the time rules of 《中国共产党发展党员工作细则》(2014) and 党章 第七条, as pure functions. A step taken before
 * its time is refused with the rule cited; the deadlines (谈话、支部大会、审批) are computed by the deadline engine in
 * the service and shown with their explanation.
 */
export const DEVELOPMENT_SOURCES = {
  talk: '《中国共产党发展党员工作细则》第九条：党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话',
  activist: '《中国共产党发展党员工作细则》第十条：在入党申请人中确定入党积极分子',
  oneYear: '《中国共产党发展党员工作细则》第十五条：对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，可列为发展对象',
  review: '《中国共产党发展党员工作细则》第十八条：政治审查须形成结论性材料（结论有效期一年，RULES.md §2.11）',
  training: '《中国共产党发展党员工作细则》第十九条：发展对象短期集中培训时间一般不少于 3 天（或不少于 24 个学时）',
  congress: '《中国共产党发展党员工作细则》第二十条、第二十二条：上级党委预审后，支部大会在一个月内讨论接收预备党员',
  approval: '《中国共产党发展党员工作细则》第二十八条：上级党委应当在三个月内审批，最长不得超过六个月',
  probation: '《中国共产党章程》第七条：预备党员的预备期为一年；需要继续考察和教育的，可以延长预备期，但不能超过一年',
} as const;


/** What the rules read of a member: the dates of the steps taken so far. */
export interface DevelopmentDates {
  stage: MemberStage;
  appliedOn: string | null;
  talkedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  probationExtensionMonths: number;
}

/** What a step brings besides its date. */
export interface StepInput {
  on: string;
  trainingHours?: number | null;
  politicalReviewOn?: string | null;
  preReviewedOn?: string | null;
  months?: number | null;
}

export type StepCheck = { ok: true } | { ok: false; code: string; message: string };

const refuse = (code: string, message: string): StepCheck => ({ ok: false, code, message });
const OK: StepCheck = { ok: true };

/** The stage each step is taken from. */
export const STEP_FROM: Record<DevelopmentStep, MemberStage> = {
  talk: 'applicant',
  activist: 'applicant',
  candidate: 'activist',
  admit: 'candidate',
  approve: 'probationary',
  extend: 'probationary',
  full: 'probationary',
};

/** The stage a step leads to. */
export function stageAfter(step: DevelopmentStep, stage: MemberStage): MemberStage {
  switch (step) {
    case 'activist':
      return 'activist';
    case 'candidate':
      return 'candidate';
    case 'admit':
      return 'probationary';
    case 'full':
      return 'full';
    default:
      return stage;
  }
}

/** The earliest day 转正 is allowed: one year of 预备期 from the 支部大会, plus any extension (党章第七条). */
export function probationEndsOn(admittedOn: string, extensionMonths: number): string {
  return addMonths(admittedOn, 12 + extensionMonths);
}

/** Whether `step` on `input.on` is allowed for `member`; refused with the rule cited otherwise. */
export function checkStep(step: DevelopmentStep, member: DevelopmentDates, input: StepInput, today: string): StepCheck {
  const S = DEVELOPMENT_SOURCES;
  if (member.stage !== STEP_FROM[step]) return refuse('MEMBER.WRONG_STAGE', `当前阶段不能办理此步骤`);
  if (input.on > today) return refuse('MEMBER.FUTURE_DATE', `日期 ${input.on} 晚于今天，不能预先登记`);
  switch (step) {
    case 'talk':
      if (member.talkedOn) return refuse('MEMBER.ALREADY_DONE', '已登记过谈话');
      if (member.appliedOn && input.on < member.appliedOn) return refuse('MEMBER.DATE_ORDER', `谈话日期不能早于递交入党申请书之日 ${member.appliedOn}`);
      return OK;
    case 'activist':
      if (!member.talkedOn) return refuse('MEMBER.TALK_REQUIRED', `确定入党积极分子前须先同入党申请人谈话（${S.talk}）`);
      if (input.on < member.talkedOn) return refuse('MEMBER.DATE_ORDER', `确定日期不能早于谈话日期 ${member.talkedOn}`);
      return OK;
    case 'candidate': {
      const earliest = addMonths(member.activistOn!, 12);
      if (input.on < earliest) return refuse('MEMBER.TOO_EARLY', `入党积极分子培养考察须满一年，${earliest} 起方可列为发展对象（${S.oneYear}）`);
      return OK;
    }
    case 'admit': {
      if ((input.trainingHours ?? 0) < 24) return refuse('MEMBER.TRAINING_REQUIRED', `发展对象须经短期集中培训不少于 3 天或 24 个学时，登记的为 ${input.trainingHours ?? 0} 学时（${S.training}）`);
      if (!input.politicalReviewOn) return refuse('MEMBER.REVIEW_REQUIRED', `未经政治审查的，不能发展入党（${S.review}）`);
      if (input.politicalReviewOn < member.candidateOn!) return refuse('MEMBER.DATE_ORDER', `政治审查应在列为发展对象（${member.candidateOn}）之后`);
      if (input.on > addMonths(input.politicalReviewOn, 12)) return refuse('MEMBER.REVIEW_EXPIRED', `政治审查结论已超过一年有效期（${input.politicalReviewOn} 作出），须重新审查（${S.review}）`);
      if (!input.preReviewedOn) return refuse('MEMBER.PRE_REVIEW_REQUIRED', `须经上级党委预审后方可提交支部大会讨论（${S.congress}）`);
      if (input.on < input.preReviewedOn) return refuse('MEMBER.DATE_ORDER', `支部大会日期不能早于预审日期 ${input.preReviewedOn}`);
      if (input.on > addMonths(input.preReviewedOn, 1)) return refuse('MEMBER.CONGRESS_LATE', `支部大会须在预审后一个月内召开（预审 ${input.preReviewedOn}，最迟 ${addMonths(input.preReviewedOn, 1)}），逾期须重新预审（${S.congress}）`);
      return OK;
    }
    case 'approve': {
      if (member.approvedOn) return refuse('MEMBER.ALREADY_DONE', '上级党委已审批');
      if (input.on < member.admittedOn!) return refuse('MEMBER.DATE_ORDER', `审批日期不能早于支部大会 ${member.admittedOn}`);
      const latest = addMonths(member.admittedOn!, 6);
      if (input.on > latest) return refuse('MEMBER.APPROVAL_LATE', `上级党委审批最长不得超过六个月（支部大会 ${member.admittedOn}，最迟 ${latest}）（${S.approval}）`);
      return OK;
    }
    case 'extend': {
      const months = input.months ?? 0;
      if (months < 1 || member.probationExtensionMonths + months > 12) return refuse('MEMBER.EXTENSION_TOO_LONG', `延长预备期合计不能超过一年，已延长 ${member.probationExtensionMonths} 个月（${S.probation}）`);
      return OK;
    }
    case 'full': {
      if (!member.approvedOn) return refuse('MEMBER.APPROVAL_REQUIRED', `接收预备党员须经上级党委审批后方可办理转正（${S.approval}）`);
      const earliest = probationEndsOn(member.admittedOn!, member.probationExtensionMonths);
      if (input.on < earliest) return refuse('MEMBER.TOO_EARLY', `预备期未满，${earliest} 起方可讨论转正（${S.probation}）`);
      return OK;
    }
  }
}

/** The next step of a member in development, with its earliest allowed day and (for a deadline) the latest. */
export interface NextStep {
  step: DevelopmentStep;
  label: string;
  earliestOn: string | null;
  /** The period a deadline runs from and its months (computed by the deadline engine in the service). */
  deadline: { from: string; months: number } | null;
  rule: string;
}

export const STEP_LABELS: Record<DevelopmentStep, string> = {
  talk: '同入党申请人谈话',
  activist: '确定为入党积极分子',
  candidate: '列为发展对象',
  admit: '支部大会接收为预备党员',
  approve: '上级党委审批',
  extend: '延长预备期',
  full: '预备党员转正',
};

export function nextStep(member: DevelopmentDates): NextStep | null {
  const S = DEVELOPMENT_SOURCES;
  const make = (step: DevelopmentStep, earliestOn: string | null, deadline: NextStep['deadline'], rule: string): NextStep => ({ step, label: STEP_LABELS[step], earliestOn, deadline, rule });
  switch (member.stage) {
    case 'applicant':
      return member.talkedOn ? make('activist', member.talkedOn, null, S.activist) : make('talk', member.appliedOn, member.appliedOn ? { from: member.appliedOn, months: 1 } : null, S.talk);
    case 'activist':
      return make('candidate', member.activistOn ? addMonths(member.activistOn, 12) : null, null, S.oneYear);
    case 'candidate':
      return make('admit', member.candidateOn, null, `${S.training}；${S.review}；${S.congress}`);
    case 'probationary':
      if (!member.approvedOn) return make('approve', member.admittedOn, member.admittedOn ? { from: member.admittedOn, months: 3 } : null, S.approval);
      return make('full', member.admittedOn ? probationEndsOn(member.admittedOn, member.probationExtensionMonths) : null, null, S.probation);
    case 'full':
      return null;
  }
}

/** Days left until `on` (negative when past), for the pipeline board. */
export function daysUntil(on: string, today: string): number {
  return daysBetween(today, on);
}
