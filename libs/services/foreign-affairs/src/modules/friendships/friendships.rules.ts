import type { FriendshipStatus, HonoraryTitleStatus } from '@gov/contracts-foreign-affairs';

/*
 * RULES.md §2.8 names 友好城市 only among the approval routes it could not verify ([U]); the steps below are what 外事科
 * keeps as a register and are local settings of the section, not a cited national rule.
 */

/** The steps of one 国际友好关系, and the states each is allowed from (local). */
export type FriendshipStep = 'update' | 'sign' | 'terminate' | 'addAgreement' | 'addExchange';

const FRIENDSHIP_ALLOWED: Record<FriendshipStep, readonly FriendshipStatus[]> = {
  update: ['intent', 'signed'],
  sign: ['intent'],
  terminate: ['intent', 'signed'],
  addAgreement: ['intent', 'signed'],
  addExchange: ['intent', 'signed'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). A terminated relation is closed: nothing more is recorded. */
export function canTake(step: FriendshipStep, status: FriendshipStatus): boolean {
  return FRIENDSHIP_ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: FriendshipStep, status: FriendshipStatus): FriendshipStatus {
  if (step === 'sign') return 'signed';
  if (step === 'terminate') return 'terminated';
  return status;
}

/** An agreement's validity ends on or after its signing (null when it runs without an end). */
export function agreementDatesOk(signedOn: string, validUntil: string | undefined | null): boolean {
  return !validUntil || validUntil >= signedOn;
}

/** A relation cannot end before it was signed. */
export function terminationDateOk(signedOn: string | null, terminatedOn: string): boolean {
  return !signedOn || terminatedOn >= signedOn;
}

/**
 * 荣誉称号: proposed → reviewed (外事科) → approved (approver, body/meeting, date) → conferred (date, certificate); a
 * proposal is withdrawn before conferral, a conferred title revoked; both with a reason. Local procedure (RULES.md §2.8 silent).
 */
export type HonoraryTitleStep = 'update' | 'review' | 'approve' | 'confer' | 'revoke' | 'withdraw';

const TITLE_ALLOWED: Record<HonoraryTitleStep, readonly HonoraryTitleStatus[]> = {
  update: ['proposed'],
  review: ['proposed'],
  approve: ['reviewed'],
  confer: ['approved'],
  revoke: ['conferred'],
  withdraw: ['proposed', 'reviewed', 'approved'],
};

const TITLE_AFTER: Record<HonoraryTitleStep, HonoraryTitleStatus | null> = {
  update: null,
  review: 'reviewed',
  approve: 'approved',
  confer: 'conferred',
  revoke: 'revoked',
  withdraw: 'withdrawn',
};

export function canTakeTitleStep(step: HonoraryTitleStep, status: HonoraryTitleStatus): boolean {
  return TITLE_ALLOWED[step].includes(status);
}

export function titleStatusAfter(step: HonoraryTitleStep, status: HonoraryTitleStatus): HonoraryTitleStatus {
  return TITLE_AFTER[step] ?? status;
}

/** The steps only 外事科 takes (a liaison proposes, changes and withdraws their unit's proposal only). */
export function isSectionStep(step: HonoraryTitleStep): boolean {
  return step === 'review' || step === 'approve' || step === 'confer' || step === 'revoke';
}

/** A title is conferred on or after its approval. */
export function conferralDateOk(approvedOn: string | null, conferredOn: string): boolean {
  return !approvedOn || conferredOn >= approvedOn;
}
