import { REQUEST_STATE_LABELS, type RequestState } from '@gov/contracts-document-secretariat';

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
