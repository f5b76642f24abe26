import { computeDeadline, deadlineLight, type WorkingCalendar } from '@gov/calendar';
import type { HigherInspectionStatus, InspectionStatus, TrafficLight } from '@gov/contracts-supervision';

/**
 * The steps of a 督查 (《政府督查工作条例》, 国务院令第733号; RULES.md 2.6): a 督查方案 is required and approved before the
 * inspection is conducted; the 督查结论 are fed back to the inspected units after it; a 督查 not yet concluded may be
 * withdrawn with a reason. Returns the state after the step, or why it cannot be taken now.
 */
export type InspectionStep = 'update' | 'approve' | 'conduct' | 'conclude' | 'withdraw';
const INSPECTION_STEPS: Record<InspectionStep, { from: readonly InspectionStatus[]; to: InspectionStatus; refusal: string }> = {
  update: { from: ['draft'], to: 'draft', refusal: '只有拟定中的督查方案可以修改' },
  approve: { from: ['draft'], to: 'approved', refusal: '只有拟定中的督查方案可以批准' },
  conduct: { from: ['approved'], to: 'conducted', refusal: '督查方案须先经批准才能实施（《政府督查工作条例》：督查应当制定督查方案）' },
  conclude: { from: ['conducted'], to: 'concluded', refusal: '督查实施后才能反馈督查结论' },
  withdraw: { from: ['draft', 'approved', 'conducted'], to: 'withdrawn', refusal: '已反馈结论或已撤回的督查不能撤回' },
};

export function inspectionStep(status: InspectionStatus, step: InspectionStep): { to: InspectionStatus } | { error: string } {
  const rule = INSPECTION_STEPS[step];
  return rule.from.includes(status) ? { to: rule.to } : { error: rule.refusal };
}

/** The reply to a 上级督查事项: drafted (again while not approved) → approved by someone else → sent; withdrawn before sending. */
export type HigherInspectionStep = 'draft' | 'approve' | 'send' | 'withdraw';
const HIGHER_STEPS: Record<HigherInspectionStep, { from: readonly HigherInspectionStatus[]; to: HigherInspectionStatus; refusal: string }> = {
  draft: { from: ['received', 'drafted'], to: 'drafted', refusal: '答复已审定或已上报，不能再修改' },
  approve: { from: ['drafted'], to: 'approved', refusal: '只有已拟稿的答复可以审定' },
  send: { from: ['approved'], to: 'sent', refusal: '答复须先审定才能上报' },
  withdraw: { from: ['received', 'drafted', 'approved'], to: 'withdrawn', refusal: '已上报或已撤回的事项不能撤回' },
};

export function higherInspectionStep(status: HigherInspectionStatus, step: HigherInspectionStep): { to: HigherInspectionStatus } | { error: string } {
  const rule = HIGHER_STEPS[step];
  return rule.from.includes(status) ? { to: rule.to } : { error: rule.refusal };
}

/**
 * 督查结论 must rest on facts and be fed back to the body inspected (RULES.md 2.6): one conclusion for every inspected
 * unit, none twice, none for a unit not inspected. Returns what is wrong in Chinese, or null.
 */
export function conclusionsProblem(inspected: readonly string[], concluded: readonly string[], names: ReadonlyMap<string, string> = new Map()): string | null {
  const name = (id: string) => names.get(id) ?? id;
  const twice = concluded.filter((id, i) => concluded.indexOf(id) !== i);
  if (twice.length) return `同一单位只能有一条督查结论：${[...new Set(twice)].map(name).join('、')}`;
  const outside = concluded.filter((id) => !inspected.includes(id));
  if (outside.length) return `以下单位不在本次督查范围内：${outside.map(name).join('、')}`;
  const missing = inspected.filter((id) => !concluded.includes(id));
  if (missing.length) return `督查结论须反馈每个被督查单位，尚缺：${missing.map(name).join('、')}`;
  return null;
}

/** The reply deadline of a 上级督查事项: the working days the higher level set, from the day after it was received. */
export function higherReplyDue(calendar: WorkingCalendar, receivedOn: string, workingDays: number): { dueDate: string | null; provisional: boolean; explanation: string[] } {
  const result = computeDeadline(calendar, { start: receivedOn, amount: workingDays, unit: 'working_days' });
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: [`上级要求 ${workingDays} 个工作日内答复，自接收日次日起算`, ...result.explanation] };
}

/**
 * The 红黄绿灯 of a reply to a 上级督查事项, in the model of the 督办 items: while it is not sent, red once its deadline has
 * passed and yellow within the office's warning threshold (working days); once sent, red if it was sent late, else none;
 * none once withdrawn.
 */
export function higherReplyLight(
  calendar: WorkingCalendar,
  reply: { status: HigherInspectionStatus; dueDate: string | null; sentOn: string | null },
  today: string,
  thresholdWorkingDays: number,
): { light: TrafficLight; reason: string } {
  if (reply.status === 'withdrawn') return { light: 'none', reason: '已撤回' };
  if (reply.status === 'sent') {
    return reply.dueDate && reply.sentOn && reply.sentOn > reply.dueDate ? { light: 'red', reason: `逾期上报：答复期限 ${reply.dueDate}，${reply.sentOn} 上报` } : { light: 'none', reason: '已按期上报' };
  }
  return deadlineLight(calendar, { dueDate: reply.dueDate, today, thresholdWorkingDays });
}
