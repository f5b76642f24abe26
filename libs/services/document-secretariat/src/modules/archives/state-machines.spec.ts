import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@gov/platform';
import { AGREEMENT_MACHINE } from '../agreements/agreement-states.js';
import { FILING_MACHINE } from '../filings/filing-states.js';
import { GAZETTE_MACHINE, gazetteIssueLabel } from '../gazette/gazette-states.js';
import { ARCHIVE_ITEM_MACHINE } from './archive-item-states.js';
import { allowedActions, nextState, transition } from './state-machine.js';

describe('record state machines', () => {
  it('archive item: filed → corrected/voided/handed over; a voided or handed-over item takes no step', () => {
    expect(nextState(ARCHIVE_ITEM_MACHINE, 'filed', 'void')).toBe('voided');
    expect(nextState(ARCHIVE_ITEM_MACHINE, 'filed', 'hand_over')).toBe('handed_over');
    expect(nextState(ARCHIVE_ITEM_MACHINE, 'filed', 'correct')).toBe('filed');
    expect(allowedActions(ARCHIVE_ITEM_MACHINE, 'voided')).toEqual([]);
    expect(allowedActions(ARCHIVE_ITEM_MACHINE, 'handed_over')).toEqual([]);
  });

  it('gazette: only a draft is edited, published or cancelled; a published issue is immutable', () => {
    expect(transition(GAZETTE_MACHINE, 'draft', 'publish')).toBe('published');
    expect(transition(GAZETTE_MACHINE, 'draft', 'cancel')).toBe('cancelled');
    for (const action of ['edit', 'publish', 'cancel'] as const) {
      expect(nextState(GAZETTE_MACHINE, 'published', action)).toBeNull();
      expect(nextState(GAZETTE_MACHINE, 'cancelled', action)).toBeNull();
    }
    expect(gazetteIssueLabel(2026, 3)).toBe('2026年第3期');
    expect(gazetteIssueLabel(2026, null)).toContain('草稿');
  });

  it('filing: pending → submitted → accepted or returned → submitted again; withdrawn only before submission', () => {
    expect(transition(FILING_MACHINE, 'pending', 'submit')).toBe('submitted');
    expect(transition(FILING_MACHINE, 'submitted', 'return')).toBe('returned');
    expect(transition(FILING_MACHINE, 'returned', 'submit')).toBe('submitted');
    expect(transition(FILING_MACHINE, 'submitted', 'accept')).toBe('accepted');
    expect(transition(FILING_MACHINE, 'returned', 'withdraw')).toBe('withdrawn');
    expect(nextState(FILING_MACHINE, 'pending', 'accept')).toBeNull();
    expect(nextState(FILING_MACHINE, 'submitted', 'withdraw')).toBeNull();
    expect(allowedActions(FILING_MACHINE, 'accepted')).toEqual([]);
  });

  it('agreement review: opinions move it into review; a conclusion or a withdrawal ends it', () => {
    expect(transition(AGREEMENT_MACHINE, 'submitted', 'add_opinion')).toBe('in_review');
    expect(transition(AGREEMENT_MACHINE, 'in_review', 'add_opinion')).toBe('in_review');
    expect(transition(AGREEMENT_MACHINE, 'in_review', 'conclude')).toBe('concluded');
    expect(nextState(AGREEMENT_MACHINE, 'submitted', 'conclude')).toBeNull();
    expect(allowedActions(AGREEMENT_MACHINE, 'concluded')).toEqual([]);
    expect(allowedActions(AGREEMENT_MACHINE, 'withdrawn')).toEqual([]);
  });

  it('an illegal step is DOCUMENT.INVALID_STATE naming the state and the action in Chinese', () => {
    let error: unknown;
    try {
      transition(FILING_MACHINE, 'accepted', 'submit');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).spec.code).toBe('DOCUMENT.INVALID_STATE');
    expect((error as DomainError).detail).toBe('当前状态“已备案”不能报送');
  });
});
