import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@gov/platform';
import { isUpward, nextOutgoingStatus, OUTGOING_TRANSITIONS, type OutgoingAction } from './outgoing-state.js';

function refusal(status: Parameters<typeof nextOutgoingStatus>[0], action: OutgoingAction): DomainError {
  try {
    nextOutgoingStatus(status, action);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${status} --${action}--> was allowed`);
}

describe('outgoing document steps', () => {
  it.each([
    ['drafting', 'submit', 'reviewing'],
    ['reviewing', 'reviewPass', 'reviewed'],
    ['reviewing', 'reviewFail', 'reviewing'],
    ['reviewing', 'return', 'drafting'],
    ['reviewed', 'requestCountersign', 'countersigning'],
    ['reviewed', 'sign', 'signed'],
    ['countersigning', 'sign', 'signed'],
    ['countersigning', 'return', 'drafting'],
    ['signed', 'number', 'numbered'],
    ['numbered', 'print', 'printed'],
    ['printed', 'seal', 'sealed'],
    ['printed', 'issueUnsealed', 'issued'],
    ['sealed', 'issue', 'issued'],
    ['numbered', 'setDisclosure', 'numbered'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextOutgoingStatus(from, action)).toBe(to);
  });

  it.each([
    ['drafting', 'sign'],
    ['reviewing', 'sign'],
    ['reviewed', 'number'],
    ['signed', 'issue'],
    ['numbered', 'seal'],
    ['drafting', 'reviewPass'],
  ] as const)('refuses %s --%s--> with a Chinese 422 naming the state', (from, action) => {
    const error = refusal(from, action);
    expect(error.spec.code).toBe('DOCUMENT.INVALID_STATE');
    expect(error.spec.kind).toBe('rule_violation');
    expect(error.detail).toMatch(/^当前状态“.+”不能/);
  });

  it('an issued document refuses every action with OUTGOING.ISSUED_IMMUTABLE', () => {
    for (const action of ['edit', 'submit', 'return', 'sign', 'number', 'print', 'seal', 'setDisclosure', 'issue'] as const) {
      const error = refusal('issued', action);
      expect(error.spec.code).toBe('OUTGOING.ISSUED_IMMUTABLE');
      expect(error.detail).toContain('已核发');
    }
    expect(Object.keys(OUTGOING_TRANSITIONS.issued)).toEqual([]);
  });

  it('a body may only be edited while drafting', () => {
    const editable = Object.entries(OUTGOING_TRANSITIONS).filter(([, actions]) => actions.edit).map(([status]) => status);
    expect(editable).toEqual(['drafting']);
  });

  it('请示 and 报告 are upward; so is anything addressed to a superior body', () => {
    expect(isUpward('请示', ['peer'])).toBe(true);
    expect(isUpward('报告', [])).toBe(true);
    expect(isUpward('函', ['superior'])).toBe(true);
    expect(isUpward('通知', ['subordinate', 'peer'])).toBe(false);
  });
});
