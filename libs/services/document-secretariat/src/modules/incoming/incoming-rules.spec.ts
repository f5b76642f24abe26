import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TIME_LIMITS, incomingStepRefusal, nextIncomingState, nextRoutingStatus, routingStepRefusal, timeLimitFor } from './incoming-rules.js';

describe('收文 state machine', () => {
  it('runs 初审 → 拟办 → 批办 → 分办 → 催办 → 办结 → 答复', () => {
    expect(nextIncomingState('registered', 'accept')).toBe('accepted');
    expect(nextIncomingState('accepted', 'propose')).toBe('proposed');
    expect(nextIncomingState('proposed', 'instruct')).toBe('instructed');
    expect(nextIncomingState('instructed', 'distribute')).toBe('distributed');
    expect(nextIncomingState('distributed', 'chase')).toBe('distributed');
    expect(nextIncomingState('distributed', 'complete')).toBe('completed');
    expect(nextIncomingState('completed', 'reply')).toBe('replied');
  });

  it('a 阅知件 may be distributed straight after 初审, a 批办件 only after the 批办', () => {
    expect(nextIncomingState('accepted', 'distribute')).toBe('distributed');
    expect(nextIncomingState('proposed', 'distribute')).toBeNull();
  });

  it('returning to the sender at 初审 ends the flow', () => {
    expect(nextIncomingState('registered', 'return')).toBe('returned');
    for (const action of ['accept', 'propose', 'distribute', 'complete', 'reply'] as const) expect(nextIncomingState('returned', action)).toBeNull();
  });

  it('refuses skipped steps with a Chinese reason', () => {
    expect(nextIncomingState('registered', 'complete')).toBeNull();
    expect(nextIncomingState('accepted', 'chase')).toBeNull();
    expect(nextIncomingState('replied', 'reply')).toBeNull();
    expect(incomingStepRefusal('registered', 'complete')).toBe('当前状态“已登记待初审”不能办结');
  });
});

describe('承办 time limits', () => {
  it('urgent documents get shorter limits than ordinary ones', () => {
    expect(timeLimitFor('very_urgent')).toEqual({ workingDays: 3, basis: expect.stringContaining('特急 3') });
    expect(timeLimitFor('urgent').workingDays).toBe(5);
    expect(timeLimitFor('normal').workingDays).toBe(15);
    expect(DEFAULT_TIME_LIMITS.very_urgent).toBeLessThan(DEFAULT_TIME_LIMITS.urgent);
  });

  it('a limit set at 分办 wins and says so', () => {
    expect(timeLimitFor('normal', 7)).toEqual({ workingDays: 7, basis: '分办时指定 7 个工作日' });
  });
});

describe('a recipient copy', () => {
  it('is signed for, read, reported on and finished', () => {
    expect(nextRoutingStatus('pending', 'sign', 'lead')).toBe('signed');
    expect(nextRoutingStatus('signed', 'progress', 'lead')).toBe('handling');
    expect(nextRoutingStatus('handling', 'done', 'lead')).toBe('done');
    expect(nextRoutingStatus('done', 'progress', 'lead')).toBeNull();
  });

  it('a 传阅 copy is read, not handled', () => {
    expect(nextRoutingStatus('pending', 'read', 'read')).toBe('read');
    expect(nextRoutingStatus('read', 'done', 'read')).toBeNull();
    expect(routingStepRefusal('read', 'done', 'read')).toBe('传阅件只需签收和阅读，不办理');
  });

  it('cannot be finished before it is signed for', () => {
    expect(nextRoutingStatus('pending', 'done', 'co')).toBeNull();
  });
});
