import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '@gov/contracts-document-secretariat';
import type { StateMachine } from '../archives/state-machine.js';

export type AgreementAction = 'add_opinion' | 'conclude' | 'withdraw';

/** 合作协议审核: submitted → in review (opinions) → concluded; withdrawn by the unit before the conclusion. */
export const AGREEMENT_MACHINE: StateMachine<AgreementStatus, AgreementAction> = {
  table: {
    submitted: { add_opinion: 'in_review', withdraw: 'withdrawn' },
    in_review: { add_opinion: 'in_review', conclude: 'concluded', withdraw: 'withdrawn' },
  },
  stateLabels: AGREEMENT_STATUS_LABELS,
  actionLabels: { add_opinion: '添加审核意见', conclude: '出具审核结论', withdraw: '撤回' },
};
