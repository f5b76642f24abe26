import { describe, expect, it } from '@jest/globals';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import { caller as testCaller } from '@gov/testing';
import { canSee, visibilitySql } from './access.js';

const UNIT_A = '11111111-1111-4111-8111-111111111111';
const UNIT_B = '22222222-2222-4222-8222-222222222222';
const USER = '33333333-3333-4333-8333-333333333333';
const caller = (over: Partial<CallerContext>): CallerContext => testCaller({ userId: USER, ...over });

describe('who sees a document record', () => {
  const secret = { secrecyLevel: 2, unitIds: [UNIT_A], userIds: [] };

  it('nobody sees a record above their clearance, not even with documents:read', () => {
    expect(canSee(caller({ permissions: ['documents:read'], clearance: Clearance.Secret }), secret)).toBe(false);
    expect(canSee(caller({ permissions: ['documents:read'], clearance: Clearance.Confidential }), secret)).toBe(true);
  });

  it('a liaison sees only records of their own unit, and a person the records routed to them', () => {
    const liaisonA = caller({ roles: ['unit_liaison'], permissions: ['documents:read-own'], unitId: UNIT_A, clearance: Clearance.TopSecret });
    const liaisonB = caller({ roles: ['unit_liaison'], permissions: ['documents:read-own'], unitId: UNIT_B, clearance: Clearance.TopSecret });
    expect(canSee(liaisonA, secret)).toBe(true);
    expect(canSee(liaisonB, secret)).toBe(false);
    expect(canSee(caller({}), { secrecyLevel: 0, unitIds: [], userIds: [USER] })).toBe(true);
    expect(canSee(caller({}), { secrecyLevel: 0, unitIds: [UNIT_A], userIds: [] })).toBe(false);
  });

  it('a liaison granted documents:read still sees only their own unit’s records, by id and in lists', () => {
    const liaisonB = caller({ roles: ['unit_liaison'], permissions: ['documents:read', 'documents:read-own'], unitId: UNIT_B, clearance: Clearance.TopSecret });
    expect(canSee(liaisonB, secret)).toBe(false);
    expect(canSee(liaisonB, { ...secret, unitIds: [UNIT_B] })).toBe(true);
    expect(visibilitySql(liaisonB, 1).sql).toBe('(secrecy_level <= $1 AND (user_ids @> ARRAY[$2]::uuid[] OR unit_ids @> ARRAY[$3]::uuid[]))');
  });

  it('gives the same rule as SQL with numbered parameters', () => {
    expect(visibilitySql(caller({ permissions: ['documents:read'], clearance: Clearance.Secret }), 3, 'r')).toEqual({ sql: 'r.secrecy_level <= $3', params: [1] });
    const liaison = visibilitySql(caller({ permissions: ['documents:read-own'], unitId: UNIT_A }), 1);
    expect(liaison.sql).toBe('(secrecy_level <= $1 AND (user_ids @> ARRAY[$2]::uuid[] OR unit_ids @> ARRAY[$3]::uuid[]))');
    expect(liaison.params).toEqual([0, USER, UNIT_A]);
  });

  it('office staff see the records routed to their section — only where the table keeps sections, never above their clearance, never a liaison', () => {
    const routed = { secrecyLevel: 1, unitIds: [], userIds: [], sectionCodes: ['zonghe'] };
    expect(canSee(caller({ sectionCode: 'zonghe', clearance: Clearance.Secret }), routed)).toBe(true);
    expect(canSee(caller({ sectionCode: 'zonghe', clearance: Clearance.None }), routed)).toBe(false);
    expect(canSee(caller({ sectionCode: 'xinxi', clearance: Clearance.Secret }), routed)).toBe(false);
    expect(canSee(caller({ sectionCode: 'zonghe', unitId: UNIT_A, permissions: ['documents:read-own'], clearance: Clearance.Secret }), routed)).toBe(false);

    const staff = caller({ sectionCode: 'zonghe' });
    expect(visibilitySql(staff, 1)).toEqual({ sql: '(secrecy_level <= $1 AND user_ids @> ARRAY[$2]::uuid[])', params: [0, USER] });
    expect(visibilitySql(staff, 2, 'r', { sectionCodes: true })).toEqual({
      sql: '(r.secrecy_level <= $2 AND (r.user_ids @> ARRAY[$3]::uuid[] OR r.section_codes @> ARRAY[$4]::text[]))',
      params: [0, USER, 'zonghe'],
    });
    const liaison = caller({ sectionCode: 'zonghe', permissions: ['documents:read-own'], unitId: UNIT_A });
    expect(visibilitySql(liaison, 1, undefined, { sectionCodes: true }).sql).toBe('(secrecy_level <= $1 AND (user_ids @> ARRAY[$2]::uuid[] OR unit_ids @> ARRAY[$3]::uuid[]))');
    expect(visibilitySql(caller({ sectionCode: 'zonghe', permissions: ['documents:read'] }), 1, undefined, { sectionCodes: true }).sql).toBe('secrecy_level <= $1');
  });
});
