import { describe, expect, it } from '@jest/globals';
import { nextRequestState, requestStepRefusal } from './request-rules.js';

describe('请示 state machine', () => {
  it('拟办意见 → 领导决定 → 批复', () => {
    expect(nextRequestState('submitted', 'propose')).toBe('proposed');
    expect(nextRequestState('proposed', 'decide')).toBe('decided');
    expect(nextRequestState('decided', 'reply')).toBe('replied');
  });

  it('no decision without a 拟办意见, no 批复 before the decision, nothing after the 批复', () => {
    expect(nextRequestState('submitted', 'decide')).toBeNull();
    expect(nextRequestState('proposed', 'reply')).toBeNull();
    expect(nextRequestState('replied', 'propose')).toBeNull();
    expect(requestStepRefusal('submitted', 'reply')).toBe('当前状态“待拟办”不能批复');
  });
});
