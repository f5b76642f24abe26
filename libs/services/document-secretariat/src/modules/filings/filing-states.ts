import { FILING_ACTION_LABELS, FILING_STATUS_LABELS, type FilingAction, type FilingStatus } from '@gov/contracts-document-secretariat';
import type { StateMachine } from '../archives/state-machine.js';

/** 报备: pending → submitted → accepted, or returned (then submitted again); pending or returned may be withdrawn. */
export const FILING_MACHINE: StateMachine<FilingStatus, FilingAction> = {
  table: {
    pending: { submit: 'submitted', withdraw: 'withdrawn' },
    submitted: { accept: 'accepted', return: 'returned' },
    returned: { submit: 'submitted', withdraw: 'withdrawn' },
  },
  stateLabels: FILING_STATUS_LABELS,
  actionLabels: FILING_ACTION_LABELS,
};

/** Open: the statutory period still matters (the due date is kept current when the calendar changes). */
export const OPEN_FILING_STATUSES: readonly FilingStatus[] = ['pending', 'returned'];
