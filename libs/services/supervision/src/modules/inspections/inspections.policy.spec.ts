import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { canManageInspections, canSeeHigherInspections, canSeeInspection, inspectionAccess, visibleConclusions } from './inspections.policy.js';

const [A, B] = [randomUUID(), randomUUID()];
const who = (partial: Partial<CallerContext>): CallerContext => ({ userId: randomUUID(), username: 'u', displayName: 'u', roles: ['section_staff'], permissions: [], clearance: 0, ...partial });
const office = who({ sectionCode: 'ducha', permissions: ['supervision:read', 'supervision:manage'] });
const reader = who({ sectionCode: 'zonghe', permissions: ['supervision:read'] });
const liaison = (unitId: string) => who({ roles: ['unit_liaison'], unitId, permissions: ['supervision:read-own', 'supervision:report-own'] });
const admin = who({ roles: ['sys_admin'], permissions: [] });
const approved = { unitIds: [A], approvedAt: new Date() };
const draft = { unitIds: [A], approvedAt: null };

describe('who sees and does what in 督查', () => {
  it.each([
    ['督查室', office, { kind: 'all' }, true, true, true],
    ['an office reader', reader, { kind: 'all' }, false, true, true],
    ["unit A's liaison", liaison(A), { kind: 'unit', unitId: A }, false, false, true],
    ['an administrator', admin, { kind: 'none' }, false, false, false],
  ] as const)('%s', (_who, caller, access, manages, seesHigher, seesApproved) => {
    expect(inspectionAccess(caller)).toEqual(access);
    expect(canManageInspections(caller)).toBe(manages);
    expect(canSeeHigherInspections(caller)).toBe(seesHigher);
    expect(canSeeInspection(caller, approved)).toBe(seesApproved);
  });

  it('a liaison sees neither a draft 方案 nor another unit’s inspection', () => {
    expect(canSeeInspection(liaison(A), draft)).toBe(false);
    expect(canSeeInspection(liaison(B), approved)).toBe(false);
    expect(canSeeInspection(office, draft)).toBe(true);
  });

  it('a liaison holding the office permissions still only gets their unit', () => {
    const odd = who({ unitId: A, permissions: ['supervision:read', 'supervision:manage', 'supervision:read-own'] });
    expect(inspectionAccess(odd)).toEqual({ kind: 'unit', unitId: A });
    expect(canManageInspections(odd)).toBe(false);
  });

  it('each unit reads only the conclusion about its own work; the office reads all', () => {
    const conclusions = [{ unitId: A, conclusion: 'A 的结论' }, { unitId: B, conclusion: 'B 的结论' }];
    expect(visibleConclusions(liaison(A), conclusions).map((c) => c.conclusion)).toEqual(['A 的结论']);
    expect(visibleConclusions(liaison(B), conclusions).map((c) => c.conclusion)).toEqual(['B 的结论']);
    expect(visibleConclusions(reader, conclusions)).toHaveLength(2);
    expect(visibleConclusions(admin, conclusions)).toEqual([]);
  });
});
