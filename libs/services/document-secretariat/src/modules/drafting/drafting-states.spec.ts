import { describe, expect, it } from '@jest/globals';
import { DRAFTING_ACTIONS, DRAFTING_STATUSES, type DraftingAction, type DraftingStatus } from '@gov/contracts-document-secretariat';
import { bodyEditable, DRAFTING_TRANSITIONS, nextDraftingStatus } from './drafting-states.js';

describe('文稿 state machine', () => {
  it.each<[DraftingStatus, DraftingAction, DraftingStatus]>([
    ['drafting', 'submit_for_review', 'in_review'],
    ['in_review', 'request_revision', 'revising'],
    ['revising', 'submit_for_review', 'in_review'],
    ['in_review', 'submit_to_leader', 'submitted'],
    ['revising', 'submit_to_leader', 'submitted'],
    ['submitted', 'return_for_revision', 'revising'],
    ['submitted', 'finalize', 'finalized'],
    ['drafting', 'cancel', 'cancelled'],
    ['submitted', 'cancel', 'cancelled'],
  ])('%s —%s→ %s', (from, action, to) => {
    expect(nextDraftingStatus(from, action)).toEqual({ to });
  });

  it.each<[DraftingStatus, DraftingAction, string]>([
    ['drafting', 'submit_to_leader', '当前状态“起草中”不能呈送领导'],
    ['drafting', 'finalize', '当前状态“起草中”不能定稿'],
    ['in_review', 'finalize', '当前状态“审核中”不能定稿'],
    ['finalized', 'return_for_revision', '当前状态“已定稿”不能领导退回修改'],
    ['finalized', 'cancel', '当前状态“已定稿”不能撤销'],
    ['cancelled', 'submit_for_review', '当前状态“已撤销”不能送审'],
  ])('%s cannot %s', (from, action, message) => {
    expect(nextDraftingStatus(from, action)).toEqual({ refused: message });
  });

  it('a finalized or cancelled text is final: no action leads out of it', () => {
    for (const action of DRAFTING_ACTIONS) {
      expect('refused' in nextDraftingStatus('finalized', action)).toBe(true);
      expect('refused' in nextDraftingStatus('cancelled', action)).toBe(true);
    }
  });

  it('every state is in the table and every target is a known state', () => {
    expect(Object.keys(DRAFTING_TRANSITIONS).sort()).toEqual([...DRAFTING_STATUSES].sort());
    for (const targets of Object.values(DRAFTING_TRANSITIONS)) {
      for (const to of Object.values(targets)) expect(DRAFTING_STATUSES).toContain(to);
    }
  });

  it('the body is editable only while drafting or revising', () => {
    expect(DRAFTING_STATUSES.filter(bodyEditable)).toEqual(['drafting', 'revising']);
  });
});
