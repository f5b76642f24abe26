import { describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import { caller } from '@gov/testing';
import { canManageCommittee, canSeeCommittee, COMMITTEE_MANAGE, COMMITTEE_READ } from './committee.policy.js';

/** The committee's meetings and reports are the office's own: the section runs them, leaders read, no liaison sees them. */
describe('外事委办公室: who sees and who runs the meetings and reports', () => {
  const cases: [string, CallerContext, boolean, boolean][] = [
    ['外事科 staff (manage)', caller({ sectionCode: 'waishi', permissions: [COMMITTEE_READ, COMMITTEE_MANAGE] }), true, true],
    ['an office leader (read)', caller({ roles: ['office_leader'], sectionCode: null, permissions: [COMMITTEE_READ] }), true, false],
    ['another section (nothing)', caller({ sectionCode: 'ducha', permissions: ['supervision:read'] }), false, false],
    ['a liaison, even holding the permissions', caller({ roles: ['unit_liaison'], sectionCode: null, unitId: '00000000-0000-4000-8000-000000000001', permissions: [COMMITTEE_READ, COMMITTEE_MANAGE] }), false, false],
  ];
  it.each(cases)('%s: sees %s, runs %s', (_who, who, sees, runs) => {
    expect(canSeeCommittee(who)).toBe(sees);
    expect(canManageCommittee(who)).toBe(runs);
  });
});
