import { describe, expect, it } from '@jest/globals';
import type { InstitutionAssessmentStatus, InstitutionGrade } from '@gov/contracts-personnel-finance';
import { bandGrade, canTake, configOn, excellentAllowed, reviewGrade, schemeRefusal, scoresRefusal, statusAfter, type InstitutionAssessmentStep } from './institution-assessments.rules.js';

const bands = { excellentMin: 90, goodMin: 80, passMin: 60 };
const indicators = [
  { key: 'duty', name: '履职尽责', weight: 40 },
  { key: 'management', name: '内部管理', weight: 30 },
  { key: 'service', name: '服务质量', weight: 30 },
];

describe('the scheme: weights sum to 100, bands descend', () => {
  it.each([
    ['weights 40+30+30', indicators, bands, null],
    ['weights 40+30+20', [indicators[0], indicators[1], { ...indicators[2], weight: 20 }], bands, 'indicators'],
    ['weights 40+30+40', [indicators[0], indicators[1], { ...indicators[2], weight: 40 }], bands, 'indicators'],
    ['a key twice', [indicators[0], { ...indicators[1], key: 'duty' }, indicators[2]], bands, 'indicators'],
    ['bands not descending', indicators, { excellentMin: 80, goodMin: 80, passMin: 60 }, 'bands'],
  ])('%s → refused on %s', (_, list, b, field) => {
    expect(schemeRefusal(list, b)?.field ?? null).toBe(field);
  });
  it('the configured defaults: 30 % 优秀, 90/80/60 (a local setting)', () => {
    expect(configOn('2026-12-31')).toMatchObject({ version: 'SYDW-KH-2026', excellentQuotaPercent: 30, bands });
  });
});

describe('scores: each indicator once, within its weight; a review deduction needs its reason', () => {
  const full = [
    { indicatorKey: 'duty', score: 40 },
    { indicatorKey: 'management', score: 30 },
    { indicatorKey: 'service', score: 30 },
  ];
  it.each([
    ['full marks, self', full, false, null],
    ['a deduction in a self-score needs no reason', [{ ...full[0], score: 35 }, full[1], full[2]], false, null],
    ['a review deduction without a reason', [{ ...full[0], score: 35 }, full[1], full[2]], true, '扣 5 分'],
    ['a review deduction with its reason', [{ ...full[0], score: 35, note: '重点任务滞后' }, full[1], full[2]], true, null],
    ['above the weight', [{ ...full[0], score: 41 }, full[1], full[2]], false, '不能超过'],
    ['a missing indicator', [full[0], full[1]], false, '缺少：服务质量'],
    ['an unknown indicator', [...full, { indicatorKey: 'other', score: 0 }], false, '没有指标'],
    ['an indicator twice', [full[0], full[0], full[1], full[2]], false, '重复'],
  ])('%s', (_, scores, review, message) => {
    const refusal = scoresRefusal(indicators, scores, review);
    if (message === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toContain(message);
  });
});

describe('grades from the bands, 优秀 within the quota', () => {
  it.each<[number, InstitutionGrade]>([
    [100, 'excellent'],
    [90, 'excellent'],
    [89, 'good'],
    [80, 'good'],
    [79, 'pass'],
    [60, 'pass'],
    [59, 'fail'],
  ])('%s points → %s', (total, grade) => {
    expect(bandGrade(total, bands)).toBe(grade);
  });
  it.each([
    [10, 30, 3],
    [7, 30, 2],
    [3, 30, 0],
    [4, 25, 1],
  ])('%s units at %s %% → %s 优秀', (units, percent, allowed) => {
    expect(excellentAllowed(units, percent)).toBe(allowed);
  });
  const base = { bands, units: 10, percent: 30, configVersion: 'SYDW-KH-2026' };
  it.each<[string, number, InstitutionGrade | undefined, number, InstitutionGrade | 'quota' | 'above']>([
    ['优秀 within the quota', 95, undefined, 2, 'excellent'],
    ['优秀 beyond the quota', 95, undefined, 3, 'quota'],
    ['a lower grade chosen when the quota is full', 95, 'good', 3, 'good'],
    ['a grade above the band', 85, 'excellent', 0, 'above'],
    ['良好 from the band', 85, undefined, 3, 'good'],
  ])('%s', (_, total, chosen, excellentOthers, expected) => {
    const decided = reviewGrade({ ...base, total, chosen, excellentOthers });
    if (expected === 'quota') expect(decided).toMatchObject({ refusal: { quota: true, message: expect.stringContaining('不超过 30%，即 3 个') } });
    else if (expected === 'above') expect(decided).toMatchObject({ refusal: { quota: false } });
    else expect(decided).toEqual({ grade: expected });
  });
});

describe('states: 自评 → 审核 → 结果确定; nothing after the results', () => {
  it.each<[InstitutionAssessmentStep, InstitutionAssessmentStatus, boolean, InstitutionAssessmentStatus]>([
    ['selfScore', 'self_assessment', true, 'self_assessment'],
    ['selfScore', 'reviewing', false, 'reviewing'],
    ['startReview', 'self_assessment', true, 'reviewing'],
    ['review', 'self_assessment', false, 'self_assessment'],
    ['review', 'reviewing', true, 'reviewing'],
    ['finalize', 'reviewing', true, 'finalized'],
    ['review', 'finalized', false, 'finalized'],
    ['withdraw', 'finalized', false, 'finalized'],
    ['withdraw', 'reviewing', true, 'withdrawn'],
    ['update', 'withdrawn', false, 'withdrawn'],
  ])('%s from %s → allowed %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (allowed) expect(statusAfter(step, status)).toBe(after);
  });
});
