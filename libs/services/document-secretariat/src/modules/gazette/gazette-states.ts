import { GAZETTE_STATUS_LABELS, type GazetteStatus } from '@gov/contracts-document-secretariat';
import type { StateMachine } from '../archives/state-machine.js';

export type GazetteAction = 'edit' | 'publish' | 'cancel';

/** A draft issue is edited, then published (numbered, immutable) or cancelled; nothing follows either. */
export const GAZETTE_MACHINE: StateMachine<GazetteStatus, GazetteAction> = {
  table: {
    draft: { edit: 'draft', publish: 'published', cancel: 'cancelled' },
  },
  stateLabels: GAZETTE_STATUS_LABELS,
  actionLabels: { edit: '编辑内容', publish: '出版', cancel: '撤销' },
};

/** 2026年第3期; a draft has no number yet. */
export function gazetteIssueLabel(year: number, issueNumber: number | null): string {
  return issueNumber ? `${year}年第${issueNumber}期` : `${year}年（草稿，出版时编期号）`;
}
