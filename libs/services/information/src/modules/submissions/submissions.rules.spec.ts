import { describe, expect, it } from '@jest/globals';
import { canTake, reasonOf, statusAfter } from './submissions.rules.js';

describe('报送信息: the rules', () => {
  it('an open record may be changed and withdrawn; a withdrawn one neither', () => {
    expect(canTake('update', 'open')).toBe(true);
    expect(canTake('withdraw', 'open')).toBe(true);
    expect(canTake('update', 'withdrawn')).toBe(false);
    expect(canTake('withdraw', 'withdrawn')).toBe(false);
  });

  it('a withdrawal ends in withdrawn; a change keeps the state', () => {
    expect(statusAfter('withdraw', 'open')).toBe('withdrawn');
    expect(statusAfter('update', 'open')).toBe('open');
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  不再需要  ')).toBe('不再需要');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});
