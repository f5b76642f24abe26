import { describe, expect, it } from '@jest/globals';
import type { ManuscriptStatus } from '@gov/contracts-disclosure';
import { canTake, countManuscripts, dateProblem, isSectionStep, statusAfter, type ManuscriptStep } from './manuscripts.rules.js';

describe('政务公开稿件: the rules', () => {
  it.each<[ManuscriptStep, ManuscriptStatus, boolean]>([
    ['update', 'pending', true],
    ['update', 'submitted', false],
    ['submit', 'pending', true],
    ['submit', 'submitted', false],
    ['adopt', 'submitted', true],
    ['adopt', 'pending', false],
    ['adopt', 'not_adopted', false],
    ['reject', 'submitted', true],
    ['reject', 'adopted', false],
    ['withdraw', 'pending', true],
    ['withdraw', 'submitted', true],
    ['withdraw', 'adopted', false],
    ['withdraw', 'not_adopted', false],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it.each<[ManuscriptStep, ManuscriptStatus, ManuscriptStatus]>([
    ['update', 'pending', 'pending'],
    ['submit', 'pending', 'submitted'],
    ['adopt', 'submitted', 'adopted'],
    ['reject', 'submitted', 'not_adopted'],
    ['withdraw', 'submitted', 'withdrawn'],
  ])('%s from %s → %s', (step, status, after) => {
    expect(statusAfter(step, status)).toBe(after);
  });

  it.each<[ManuscriptStep, ManuscriptStatus, boolean]>([
    ['submit', 'pending', true],
    ['adopt', 'submitted', true],
    ['reject', 'submitted', true],
    ['withdraw', 'submitted', true],
    ['withdraw', 'pending', false],
    ['update', 'pending', false],
  ])('%s from %s is 政务公开科’s only: %s', (step, status, sectionOnly) => {
    expect(isSectionStep(step, status)).toBe(sectionOnly);
  });

  it.each<[string, string | null, string | null]>([
    ['2026-05-10', '2026-05-01', null],
    ['2026-05-01', '2026-05-01', null],
    ['2026-04-30', '2026-05-01', 'adoptedOn：不能早于报送日期（2026-05-01）'],
    ['2026-07-01', null, 'adoptedOn：日期不能晚于今天'],
  ])('adopted on %s after sending on %s: %s', (on, after, message) => {
    expect(dateProblem('adoptedOn', on, '2026-06-30', { on: after, what: '报送日期' })).toBe(message);
  });

  it('the yearly count: by the year sent, per unit and target; sent = 已报送 + 已采用 + 未采用, adopted = 已采用', () => {
    const A = 'aaaaaaaa-0000-4000-8000-000000000001';
    const B = 'bbbbbbbb-0000-4000-8000-000000000002';
    const rows = [
      { unitId: A, target: 'exchange', status: 'adopted' as const, submittedOn: '2026-03-01' },
      { unitId: A, target: 'exchange', status: 'not_adopted' as const, submittedOn: '2026-04-01' },
      { unitId: A, target: 'exchange', status: 'submitted' as const, submittedOn: '2026-12-31' },
      { unitId: A, target: 'city', status: 'adopted' as const, submittedOn: '2026-01-01' },
      { unitId: A, target: 'city', status: 'adopted' as const, submittedOn: '2025-12-31' },
      { unitId: B, target: 'provincial', status: 'withdrawn' as const, submittedOn: '2026-05-01' },
      { unitId: B, target: 'provincial', status: 'pending' as const, submittedOn: null },
      { unitId: null, target: 'provincial', status: 'adopted' as const, submittedOn: '2026-06-01' },
    ];
    expect(countManuscripts(rows, 2026)).toEqual([
      { unitId: null, target: 'provincial', submitted: 1, adopted: 1 },
      { unitId: A, target: 'city', submitted: 1, adopted: 1 },
      { unitId: A, target: 'exchange', submitted: 3, adopted: 1 },
    ]);
    expect(countManuscripts(rows, 2025)).toEqual([{ unitId: A, target: 'city', submitted: 1, adopted: 1 }]);
  });
});
