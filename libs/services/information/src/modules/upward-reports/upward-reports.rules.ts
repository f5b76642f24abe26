import { INFO_UPWARD_ADOPTION_LEVEL, type AdoptionLevel, type InfoUpwardOffice, type InfoUpwardStatus } from '@gov/contracts-information';

/**
 * 上报登记 rules (issue 16 §7; RULES.md §2.7: adoptions by the higher offices are scored — 市采用, 省采用, 国办采用 — and
 * items sent to the city count as 报市).
 */

/** The steps of one 报送, and the states each is allowed from. */
export type InfoUpwardStep = 'feedback' | 'withdraw';

const ALLOWED: Record<InfoUpwardStep, readonly InfoUpwardStatus[]> = {
  feedback: ['sent'],
  withdraw: ['sent'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: InfoUpwardStep, status: InfoUpwardStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** What sending records on each item at once: to the city's 信息科 it is 报市 (scored); to the province or 国办, nothing until they adopt. */
export function levelOnSending(office: InfoUpwardOffice): AdoptionLevel | null {
  return office === 'city_info' ? 'reported_city' : null;
}

/** The level a 采用 feedback from `office` records on the item. */
export function levelOnAdoption(office: InfoUpwardOffice): AdoptionLevel {
  return INFO_UPWARD_ADOPTION_LEVEL[office];
}

/** Dates as YYYY-MM-DD: a 报送 is not dated after today; its feedback not before it was sent. */
export function dateRefusal(kind: 'sent' | 'feedback', date: string, bound: string): boolean {
  return kind === 'sent' ? date > bound : date < bound;
}
