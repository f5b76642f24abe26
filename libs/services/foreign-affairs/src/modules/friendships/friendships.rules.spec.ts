import { describe, expect, it } from '@jest/globals';
import type { FriendshipStatus, HonoraryTitleStatus } from '@gov/contracts-foreign-affairs';
import {
  agreementDatesOk,
  canTake,
  canTakeTitleStep,
  conferralDateOk,
  isSectionStep,
  statusAfter,
  terminationDateOk,
  titleStatusAfter,
  type FriendshipStep,
  type HonoraryTitleStep,
} from './friendships.rules.js';
import { reasonOf } from '@gov/platform';

describe('国际友好关系: the steps (local setting of 外事科; RULES.md §2.8 [U])', () => {
  const table: [FriendshipStep, FriendshipStatus, boolean, FriendshipStatus][] = [
    ['update', 'intent', true, 'intent'],
    ['update', 'signed', true, 'signed'],
    ['update', 'terminated', false, 'terminated'],
    ['sign', 'intent', true, 'signed'],
    ['sign', 'signed', false, 'signed'],
    ['sign', 'terminated', false, 'signed'],
    ['terminate', 'intent', true, 'terminated'],
    ['terminate', 'signed', true, 'terminated'],
    ['terminate', 'terminated', false, 'terminated'],
    ['addAgreement', 'intent', true, 'intent'],
    ['addAgreement', 'terminated', false, 'terminated'],
    ['addExchange', 'signed', true, 'signed'],
    ['addExchange', 'terminated', false, 'terminated'],
  ];
  it.each(table)('%s from %s: allowed %s, then %s', (step, from, allowed, after) => {
    expect(canTake(step, from)).toBe(allowed);
    if (allowed) expect(statusAfter(step, from)).toBe(after);
  });

  it.each([
    ['2025-01-01', undefined, true],
    ['2025-01-01', null, true],
    ['2025-01-01', '2025-01-01', true],
    ['2025-01-01', '2030-12-31', true],
    ['2025-01-01', '2024-12-31', false],
  ] as const)('an agreement signed %s valid until %s: %s', (signedOn, validUntil, ok) => {
    expect(agreementDatesOk(signedOn, validUntil)).toBe(ok);
  });

  it.each([
    [null, '2020-01-01', true],
    ['2020-05-01', '2020-05-01', true],
    ['2020-05-01', '2020-04-30', false],
  ] as const)('signed %s, terminated %s: %s', (signedOn, terminatedOn, ok) => {
    expect(terminationDateOk(signedOn, terminatedOn)).toBe(ok);
  });

  it.each([
    ['  合作期满  ', '合作期满'],
    [' 无 ', null],
    [undefined, null],
  ] as const)('the reason %p is %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});

describe('荣誉称号: the procedure, in order (local procedure of 外事科)', () => {
  const statuses: HonoraryTitleStatus[] = ['proposed', 'reviewed', 'approved', 'conferred', 'revoked', 'withdrawn'];
  const allowedFrom: Record<HonoraryTitleStep, HonoraryTitleStatus[]> = {
    update: ['proposed'],
    review: ['proposed'],
    approve: ['reviewed'],
    confer: ['approved'],
    revoke: ['conferred'],
    withdraw: ['proposed', 'reviewed', 'approved'],
  };
  const cases = (Object.keys(allowedFrom) as HonoraryTitleStep[]).flatMap((step) => statuses.map((status) => [step, status, allowedFrom[step].includes(status)] as const));
  it.each(cases)('%s from %s: %s', (step, status, allowed) => {
    expect(canTakeTitleStep(step, status)).toBe(allowed);
  });

  it.each([
    ['update', 'proposed', 'proposed'],
    ['review', 'proposed', 'reviewed'],
    ['approve', 'reviewed', 'approved'],
    ['confer', 'approved', 'conferred'],
    ['revoke', 'conferred', 'revoked'],
    ['withdraw', 'approved', 'withdrawn'],
  ] as const)('%s from %s ends in %s', (step, from, to) => {
    expect(titleStatusAfter(step, from)).toBe(to);
  });

  it.each([
    ['review', true],
    ['approve', true],
    ['confer', true],
    ['revoke', true],
    ['update', false],
    ['withdraw', false],
  ] as const)('%s is the section’s only: %s', (step, sectionOnly) => {
    expect(isSectionStep(step)).toBe(sectionOnly);
  });

  it.each([
    [null, '2025-01-01', true],
    ['2025-03-01', '2025-03-01', true],
    ['2025-03-01', '2025-02-28', false],
  ] as const)('approved %s, conferred %s: %s', (approvedOn, conferredOn, ok) => {
    expect(conferralDateOk(approvedOn, conferredOn)).toBe(ok);
  });
});
