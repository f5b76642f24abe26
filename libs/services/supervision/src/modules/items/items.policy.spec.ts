import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { canManage, canSeeItem, itemScope, unitRole } from './items.policy.js';
import type { ItemRow } from './items.repository.js';

const [A, B, C] = [randomUUID(), randomUUID(), randomUUID()];
const who = (partial: Partial<CallerContext>): CallerContext => ({ userId: randomUUID(), username: 'u', displayName: 'u', roles: ['section_staff'], permissions: [], clearance: 0, ...partial });
const item = (partial: Partial<ItemRow>) => ({ leadUnitId: A, coUnitIds: [B], secrecyLevel: 0, ...partial }) as ItemRow;
const liaison = (unitId: string) => who({ roles: ['unit_liaison'], unitId, permissions: ['supervision:read-own', 'supervision:report-own'] });
const office = who({ sectionCode: 'ducha', permissions: ['supervision:read', 'supervision:manage'], clearance: 1 });

describe('who sees and handles a supervision item', () => {
  it('the office sees all items within its clearance; a liaison only its own unit as lead or co-unit', () => {
    expect(itemScope(office)).toBe('all');
    expect(canSeeItem(office, item({ leadUnitId: C, coUnitIds: [] }))).toBe(true);
    expect(canSeeItem(office, item({ secrecyLevel: 2 }))).toBe(false);
    expect(canSeeItem(liaison(A), item({}))).toBe(true);
    expect(canSeeItem(liaison(B), item({}))).toBe(true);
    expect(canSeeItem(liaison(C), item({}))).toBe(false);
    expect(canSeeItem(liaison(A), item({ leadUnitId: null, coUnitIds: [] }))).toBe(false);
  });

  it('a liaison never gets the office scope, even holding its permissions', () => {
    const odd = who({ unitId: A, permissions: ['supervision:read', 'supervision:manage'] });
    expect(itemScope(odd)).toBe('none');
    expect(canManage(odd)).toBe(false);
    expect(canSeeItem(odd, item({ leadUnitId: C, coUnitIds: [] }))).toBe(false);
  });

  it('the lead unit reports; a co-unit only adds its input; others nothing', () => {
    expect(unitRole(liaison(A), item({}))).toBe('lead');
    expect(unitRole(liaison(B), item({}))).toBe('co');
    expect(unitRole(liaison(C), item({}))).toBeNull();
    expect(unitRole(office, item({}))).toBeNull();
    expect(canManage(office)).toBe(true);
  });

  it('someone without supervision permissions sees nothing', () => {
    expect(itemScope(who({ sectionCode: 'caiwu' }))).toBe('none');
  });
});
