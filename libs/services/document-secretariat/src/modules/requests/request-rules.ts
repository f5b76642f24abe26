import { REQUEST_STATE_LABELS, type RequestState } from '@gov/contracts-document-secretariat';
import { deadlineLight, type DeadlineLight, type WorkingCalendar } from '@gov/calendar';

export type RequestAction = 'propose' | 'decide' | 'reply';

const LABELS: Record<RequestAction, string> = { propose: '拟办', decide: '作出领导决定', reply: '批复' };

/** 请示: 拟办意见 (may be revised until the leader decides) → the leader's decision → 批复. */
const TRANSITIONS: Record<RequestState, Partial<Record<RequestAction, RequestState>>> = {
  submitted: { propose: 'proposed' },
  proposed: { propose: 'proposed', decide: 'decided' },
  decided: { reply: 'replied' },
  replied: {},
};

export function nextRequestState(state: RequestState, action: RequestAction): RequestState | null {
  return TRANSITIONS[state][action] ?? null;
}

export function requestStepRefusal(state: RequestState, action: RequestAction): string {
  return `当前状态“${REQUEST_STATE_LABELS[state]}”不能${LABELS[action]}`;
}

/** Yellow from this many working days before the 请示's handling deadline (the 待办 model's warning window). */
export const REQUEST_WARNING_WORKING_DAYS = 2;

export interface RequestClock {
  light: DeadlineLight;
  reason: string;
  /** Past the handling deadline and not yet answered (overdue from the day after the due day, 《民法典》第203条). */
  overdue: boolean;
}

/**
 * The 批复 clock of a 请示 on `today`: answered 请示 are green; an open one is red once its due day has passed, yellow in
 * the last {@link REQUEST_WARNING_WORKING_DAYS} working days, green otherwise (the traffic light of 督办 and 待办).
 */
export function requestClock(calendar: WorkingCalendar, input: { state: RequestState; dueDate: string | null; today: string }): RequestClock {
  if (input.state === 'replied') return { light: 'green', reason: '已批复', overdue: false };
  const { light, reason } = deadlineLight(calendar, { dueDate: input.dueDate, today: input.today, thresholdWorkingDays: REQUEST_WARNING_WORKING_DAYS });
  return { light, reason, overdue: light === 'red' };
}
