import {
  DRAFTING_ACTION_LABELS,
  DRAFTING_STATUS_LABELS,
  RESEARCH_TOPIC_STATUS_LABELS,
  type DraftingAction,
  type DraftingStatus,
  type ResearchTopicStatus,
} from '@gov/contracts-document-secretariat';

/**
 * The life of a 文稿: 起草 → 送审 → 修改 → 呈送领导 → 定稿, as an explicit table (from-state, action → to-state). A leader may
 * send a submitted text back for revision; a text not yet finalized may be cancelled (with a reason, never deleted).
 */
export const DRAFTING_TRANSITIONS: Readonly<Record<DraftingStatus, Partial<Record<DraftingAction, DraftingStatus>>>> = {
  drafting: { submit_for_review: 'in_review', cancel: 'cancelled' },
  in_review: { request_revision: 'revising', submit_to_leader: 'submitted', cancel: 'cancelled' },
  revising: { submit_for_review: 'in_review', submit_to_leader: 'submitted', cancel: 'cancelled' },
  submitted: { return_for_revision: 'revising', finalize: 'finalized', cancel: 'cancelled' },
  finalized: {},
  cancelled: {},
};

/** The state after `action`, or the Chinese reason it is not allowed now. */
export function nextDraftingStatus(from: DraftingStatus, action: DraftingAction): { to: DraftingStatus } | { refused: string } {
  const to = DRAFTING_TRANSITIONS[from][action];
  return to ? { to } : { refused: `当前状态“${DRAFTING_STATUS_LABELS[from]}”不能${DRAFTING_ACTION_LABELS[action]}` };
}

/** The body may be changed only while the author holds the text. */
export function bodyEditable(status: DraftingStatus): boolean {
  return status === 'drafting' || status === 'revising';
}

export function isOpen(status: DraftingStatus): boolean {
  return status !== 'finalized' && status !== 'cancelled';
}

/** A research topic: 计划中 → 调研中 → 已完成, or 已取消 (with a reason) while not completed. */
export const TOPIC_TRANSITIONS: Readonly<Record<ResearchTopicStatus, readonly ResearchTopicStatus[]>> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function topicTransitionRefused(from: ResearchTopicStatus, to: ResearchTopicStatus): string | null {
  if (from === to || TOPIC_TRANSITIONS[from].includes(to)) return null;
  return `调研课题当前为“${RESEARCH_TOPIC_STATUS_LABELS[from]}”，不能改为“${RESEARCH_TOPIC_STATUS_LABELS[to]}”`;
}
