import { describe, expect, it } from '@jest/globals';
import { needsSecondFactor } from './second-factor.js';

describe('who signs in with a second factor', () => {
  it('the-administrators-always', () => {
    for (const role of ['sys_admin', 'sec_admin', 'audit_admin'] as const) expect(needsSecondFactor({ roles: [role], clearance: 0 })).toBe(true);
  });

  it('staff-from-机密-up-by-default-and-from-the-configured-clearance', () => {
    expect([0, 1, 2, 3].map((clearance) => needsSecondFactor({ roles: ['section_staff'], clearance }))).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3].map((clearance) => needsSecondFactor({ roles: ['district_leader'], clearance }, 3))).toEqual([false, false, false, true]);
    expect(needsSecondFactor({ roles: [], clearance: 1 }, 1)).toBe(true);
  });
});
