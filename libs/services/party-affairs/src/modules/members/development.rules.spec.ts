import { describe, expect, it } from '@jest/globals';
import type { DevelopmentStep } from '@gov/contracts-party-affairs';
import { checkStep, nextStep, probationEndsOn, type DevelopmentDates, type StepInput } from './development.rules.js';

const base: DevelopmentDates = { stage: 'applicant', appliedOn: '2024-03-01', talkedOn: null, activistOn: null, candidateOn: null, admittedOn: null, approvedOn: null, probationExtensionMonths: 0 };
const today = '2026-12-01';

/** 《发展党员工作细则》 and 党章第七条: each time rule on both sides of its edge. */
describe('发展党员: the time rules', () => {
  const cases: [string, DevelopmentStep, Partial<DevelopmentDates>, StepInput, string | null][] = [
    ['a talk with the applicant (第九条)', 'talk', {}, { on: '2024-03-20' }, null],
    ['a talk before the application is refused', 'talk', {}, { on: '2024-02-20' }, 'MEMBER.DATE_ORDER'],
    ['an activist needs the talk first (第九条)', 'activist', {}, { on: '2024-04-01' }, 'MEMBER.TALK_REQUIRED'],
    ['an activist after the talk', 'activist', { talkedOn: '2024-03-20' }, { on: '2024-04-01' }, null],
    ['发展对象 one day before a full year of training is refused (第十五条)', 'candidate', { stage: 'activist', activistOn: '2024-04-01' }, { on: '2025-03-31' }, 'MEMBER.TOO_EARLY'],
    ['发展对象 on the day the year is full', 'candidate', { stage: 'activist', activistOn: '2024-04-01' }, { on: '2025-04-01' }, null],
    ['发展对象 from 29 February counts to 28 February (民法典第202条)', 'candidate', { stage: 'activist', activistOn: '2024-02-29' }, { on: '2025-02-28' }, null],
    ['a step from the wrong stage', 'candidate', { stage: 'applicant' }, { on: '2025-04-01' }, 'MEMBER.WRONG_STAGE'],
    ['a date in the future', 'talk', {}, { on: '2027-01-01' }, 'MEMBER.FUTURE_DATE'],
  ];
  const candidate: Partial<DevelopmentDates> = { stage: 'candidate', activistOn: '2024-04-01', candidateOn: '2025-04-01' };
  const admit = { on: '2025-07-10', trainingHours: 24, politicalReviewOn: '2025-05-01', preReviewedOn: '2025-06-20' };
  cases.push(
    ['admission with 24 hours of training, a review and a pre-review', 'admit', candidate, admit, null],
    ['23 hours of training are not enough (第十九条)', 'admit', candidate, { ...admit, trainingHours: 23 }, 'MEMBER.TRAINING_REQUIRED'],
    ['no political review (第十八条)', 'admit', candidate, { ...admit, politicalReviewOn: null }, 'MEMBER.REVIEW_REQUIRED'],
    ['a review older than a year', 'admit', candidate, { ...admit, on: '2026-05-02', preReviewedOn: '2026-04-20' }, 'MEMBER.REVIEW_EXPIRED'],
    ['a review exactly a year old is still valid', 'admit', candidate, { ...admit, on: '2026-05-01', preReviewedOn: '2026-04-20' }, null],
    ['no pre-review (第二十条)', 'admit', candidate, { ...admit, preReviewedOn: null }, 'MEMBER.PRE_REVIEW_REQUIRED'],
    ['支部大会 a month and a day after the pre-review', 'admit', candidate, { ...admit, on: '2025-07-21' }, 'MEMBER.CONGRESS_LATE'],
    ['支部大会 a month after the pre-review', 'admit', candidate, { ...admit, on: '2025-07-20' }, null],
  );
  const probationary: Partial<DevelopmentDates> = { stage: 'probationary', admittedOn: '2025-07-10' };
  cases.push(
    ['approval within 6 months (第二十八条)', 'approve', probationary, { on: '2026-01-10' }, null],
    ['approval after 6 months is refused', 'approve', probationary, { on: '2026-01-11' }, 'MEMBER.APPROVAL_LATE'],
    ['转正 without the approval', 'full', probationary, { on: '2026-07-10' }, 'MEMBER.APPROVAL_REQUIRED'],
    ['转正 one day before the year (党章第七条)', 'full', { ...probationary, approvedOn: '2025-08-01' }, { on: '2026-07-09' }, 'MEMBER.TOO_EARLY'],
    ['转正 when the year is full', 'full', { ...probationary, approvedOn: '2025-08-01' }, { on: '2026-07-10' }, null],
    ['转正 after a 6-month extension waits 18 months', 'full', { ...probationary, approvedOn: '2025-08-01', probationExtensionMonths: 6 }, { on: '2026-07-10' }, 'MEMBER.TOO_EARLY'],
    ['an extension up to a year in all', 'extend', { ...probationary, probationExtensionMonths: 6 }, { on: '2026-07-10', months: 6 }, null],
    ['an extension beyond a year in all', 'extend', { ...probationary, probationExtensionMonths: 6 }, { on: '2026-07-10', months: 7 }, 'MEMBER.EXTENSION_TOO_LONG'],
  );

  it.each(cases)('%s', (_name, step, dates, input, refusal) => {
    const result = checkStep(step, { ...base, ...dates }, input, today);
    expect(result.ok ? null : result.code).toBe(refusal);
  });

  it('a refusal cites its article', () => {
    const result = checkStep('candidate', { ...base, stage: 'activist', activistOn: '2024-04-01' }, { on: '2024-10-01' }, today);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('第十五条') });
    expect(result).toMatchObject({ message: expect.stringContaining('2025-04-01 起') });
  });

  it("each stage's next step with its earliest day", () => {
    expect(nextStep(base)).toMatchObject({ step: 'talk', deadline: { from: '2024-03-01', months: 1 } });
    expect(nextStep({ ...base, stage: 'activist', activistOn: '2024-04-01' })).toMatchObject({ step: 'candidate', earliestOn: '2025-04-01' });
    expect(nextStep({ ...base, stage: 'probationary', admittedOn: '2025-07-10' })).toMatchObject({ step: 'approve', deadline: { from: '2025-07-10', months: 3 } });
    expect(nextStep({ ...base, stage: 'probationary', admittedOn: '2025-07-10', approvedOn: '2025-08-01', probationExtensionMonths: 3 })).toMatchObject({ step: 'full', earliestOn: '2026-10-10' });
    expect(nextStep({ ...base, stage: 'full' })).toBeNull();
    expect(probationEndsOn('2024-02-29', 0)).toBe('2025-02-28');
  });
});
