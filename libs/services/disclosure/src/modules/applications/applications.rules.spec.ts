import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { ApplicationStatus } from '@gov/contracts-disclosure';
import {
  answerDeadline,
  canTake,
  checkAbandonment,
  checkAnswer,
  checkCorrectionNotice,
  checkExtensionDecision,
  checkExtensionRequest,
  checkFee,
  checkSupervision,
  checkOpinion,
  consultationDeadline,
  correctionNoticeDeadline,
  FEE_SCALES,
  feeByCount,
  feeByPages,
  feeScaleOn,
  receiptDateOf,
  type ApplicationStep,
  type ConsultationRecord,
  type ReceiptInput,
} from './applications.rules.js';
import { reasonOf } from '@gov/platform';

// The State Council's arrangements (国庆 2025 with 调休 09-28 and 10-11; 春节 2026 with 调休 02-14 and 02-28).
const calendar = new WorkingCalendar(seedYearsFromChineseDays());
const scale = FEE_SCALES[0];

const consultation = (over: Partial<ConsultationRecord>): ConsultationRecord => ({
  id: 'c1',
  kind: 'third_party',
  party: '某公司',
  sentOn: '2025-10-09',
  dueOn: '2025-10-31',
  dueExplanation: [],
  repliedOn: null,
  opinion: null,
  note: null,
  ...over,
});

describe('第三十一条: the date of receipt follows the channel', () => {
  it.each<[string, ReceiptInput, string | null, string | null]>([
    ['in person: the day handed in', { channel: 'in_person', submittedOn: '2026-03-02' }, '2026-03-02', null],
    ['registered post: the day the office signs', { channel: 'registered_post', submittedOn: '2026-03-02', signedOn: '2026-03-05' }, '2026-03-05', null],
    ['registered post without the signing day', { channel: 'registered_post', submittedOn: '2026-03-02' }, null, 'signedOn'],
    ['registered post signed before it was sent', { channel: 'registered_post', submittedOn: '2026-03-05', signedOn: '2026-03-02' }, null, 'signedOn'],
    ['ordinary letter: the day confirmed with the applicant', { channel: 'ordinary_letter', submittedOn: '2026-03-02', signedOn: '2026-03-04', confirmedOn: '2026-03-06' }, '2026-03-06', null],
    ['ordinary letter unconfirmed', { channel: 'ordinary_letter', submittedOn: '2026-03-02', signedOn: '2026-03-04' }, null, 'confirmedOn'],
    ['online: the day both sides confirm', { channel: 'online', submittedOn: '2026-03-02', confirmedOn: '2026-03-03' }, '2026-03-03', null],
    ['fax unconfirmed', { channel: 'fax', submittedOn: '2026-03-02' }, null, 'confirmedOn'],
  ])('%s', (_name, input, receivedOn, field) => {
    const result = receiptDateOf(input);
    if (receivedOn) expect(result).toMatchObject({ ok: true, receivedOn });
    else {
      expect(result).toMatchObject({ ok: false, field });
      if (!result.ok) expect(result.message).toContain('第三十一条');
    }
  });
});

describe('第三十条: 补正 — one notice within 7 working days, the clock restarts, abandonment after the set time', () => {
  it.each([
    ['2026-09-24', '2026-10-12', '7 working days across 中秋 and 国庆 2026'],
    ['2026-02-12', '2026-02-28', '7 working days across 春节 2026, ending on the make-up Saturday 02-28 (02-14 counts too)'],
  ])('received %s → notice by %s (%s)', (receivedOn, due) => {
    expect(correctionNoticeDeadline(calendar, receivedOn).dueDate).toBe(due);
  });

  it.each([
    ['within the window', { receivedOn: '2026-09-24', noticeOn: '2026-10-12', noticesSent: 0, noticeDeadline: '2026-10-12' }, true],
    ['one day late', { receivedOn: '2026-09-24', noticeOn: '2026-10-13', noticesSent: 0, noticeDeadline: '2026-10-12' }, false],
    ['a second notice', { receivedOn: '2026-09-24', noticeOn: '2026-09-25', noticesSent: 1, noticeDeadline: '2026-10-12' }, false],
    ['before receipt', { receivedOn: '2026-09-24', noticeOn: '2026-09-23', noticesSent: 0, noticeDeadline: '2026-10-12' }, false],
  ])('%s', (_name, input, ok) => {
    const check = checkCorrectionNotice(input);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.message).toContain('第三十条');
  });

  it.each([
    [null, '2026-05-01', false],
    ['2026-04-30', '2026-04-30', false],
    ['2026-04-30', '2026-05-01', true],
  ])('补正期限 %s, decided %s → may treat as abandoned: %s', (due, decided, ok) => {
    expect(checkAbandonment(due, decided).ok).toBe(ok);
  });

  it('while the supplement is awaited the clock is stopped; after it, 20 working days run from the supplement', () => {
    const waiting = answerDeadline(calendar, { clockStart: '2026-02-12', correctionNoticeOn: '2026-02-13', awaitingCorrection: true, consultations: [], extensionApproved: false, extensionReason: null });
    expect(waiting.dueDate).toBeNull();
    expect(waiting.explanation.join('；')).toContain('等待补正');
    const restarted = answerDeadline(calendar, { clockStart: '2026-03-02', correctionNoticeOn: '2026-02-13', awaitingCorrection: false, consultations: [], extensionApproved: false, extensionReason: null });
    expect(restarted.dueDate).toBe('2026-03-30');
  });
});

describe('第三十三条: 20 working days, consultations not counted, one extension of 20', () => {
  const base = { correctionNoticeOn: null, awaitingCorrection: false, consultations: [] as ConsultationRecord[], extensionApproved: false, extensionReason: null };
  it.each([
    ['2025-09-26', '2025-10-30', '国庆/中秋 2025 with make-up days 09-28 (Sun) and 10-11 (Sat)'],
    ['2026-02-12', '2026-03-18', '春节 2026 with make-up Saturdays 02-14 and 02-28'],
    ['2026-09-28', '2026-10-30', '国庆 2026 with make-up Saturday 10-10'],
  ])('received %s → answer by %s (%s)', (clockStart, due) => {
    const result = answerDeadline(calendar, { ...base, clockStart });
    expect(result.dueDate).toBe(due);
    expect(result.explanation[0]).toContain('第三十三条');
  });

  it('the +20 extension runs on from the original due date', () => {
    const result = answerDeadline(calendar, { ...base, clockStart: '2025-09-26', extensionApproved: true, extensionReason: '需调取档案' });
    expect(result.dueDate).toBe('2025-11-27');
    expect(result.explanation.join('；')).toContain('延期 20 个工作日');
  });

  it('a third-party consultation stops the clock from the day after the letter to the day of the reply, and the explanation shows both', () => {
    const replied = answerDeadline(calendar, { ...base, clockStart: '2025-09-26', consultations: [consultation({ repliedOn: '2025-10-20', opinion: 'agree' })] });
    expect(replied.dueDate).toBe('2025-11-11');
    expect(replied.explanation.join('；')).toContain('暂停 8 个工作日（2025-10-10 至 2025-10-20 不计入）');
    const open = answerDeadline(calendar, { ...base, clockStart: '2025-09-26', consultations: [consultation({})] });
    expect(open).toMatchObject({ dueDate: null, provisional: true });
    expect(open.explanation.join('；')).toContain('暂停中');
  });

  it('the consulted party has 15 working days (第三十二条), across 国庆 2025', () => {
    expect(consultationDeadline(calendar, '2025-09-26').dueDate).toBe('2025-10-23');
  });

  it.each([
    [null, true],
    ['requested', false],
    ['approved', false],
    ['refused', true],
  ] as const)('extension status %s → another request allowed: %s', (status, ok) => {
    expect(checkExtensionRequest(status).ok).toBe(ok);
  });

  it.each([
    ['head approves with a notice in time', { status: 'requested', approve: true, isHead: true, noticeOn: '2025-10-30', dueDate: '2025-10-30' }, true],
    ['staff cannot approve', { status: 'requested', approve: true, isHead: false, noticeOn: '2025-10-30', dueDate: '2025-10-30' }, false],
    ['notice after the due date', { status: 'requested', approve: true, isHead: true, noticeOn: '2025-10-31', dueDate: '2025-10-30' }, false],
    ['approval without a notice', { status: 'requested', approve: true, isHead: true, dueDate: '2025-10-30' }, false],
    ['refusal needs no notice', { status: 'requested', approve: false, isHead: true, dueDate: '2025-10-30' }, true],
    ['nothing requested', { status: null, approve: true, isHead: true, noticeOn: '2025-10-30', dueDate: '2025-10-30' }, false],
  ] as const)('%s', (_name, input, ok) => {
    const check = checkExtensionDecision(input);
    expect(check.ok).toBe(ok);
  });
});

describe('第三十二条: opinions of the consulted party', () => {
  it.each([
    ['an opinion received', consultation({}), '2025-10-20', 'agree', true],
    ['no reply before the 15 days ran out', consultation({}), '2025-10-20', 'no_reply', false],
    ['no reply once they ran out', consultation({}), '2025-10-31', 'no_reply', true],
    ['already answered', consultation({ repliedOn: '2025-10-15', opinion: 'agree' }), '2025-10-20', 'agree', false],
    ['unknown consultation', undefined, '2025-10-20', 'agree', false],
  ] as const)('%s', (_name, c, repliedOn, opinion, ok) => {
    expect(checkOpinion(c, repliedOn, opinion).ok).toBe(ok);
  });
});

describe('第三十六、三十七条 and 保密审查: the answer', () => {
  const base = { answeredOn: '2026-03-10', clockStart: '2026-03-02', secrecyConclusion: null, openConsultations: 0, objectingThirdParty: false } as const;
  it.each([
    ['disclosure without 保密审查', { ...base, answerCode: 'disclosed' }, false],
    ['disclosure after a cleared review', { ...base, answerCode: 'disclosed', secrecyConclusion: 'cleared' }, true],
    ['partial disclosure after a failed review', { ...base, answerCode: 'partial', secrecyConclusion: 'not_cleared' }, false],
    ['not held: no review needed', { ...base, answerCode: 'unavailable_not_held' }, true],
    ['withheld for a state secret', { ...base, answerCode: 'withheld_state_secret' }, true],
    ['while a consultation is open', { ...base, answerCode: 'withheld_third_party', openConsultations: 1 }, false],
    ['full disclosure over a third party objection', { ...base, answerCode: 'disclosed', secrecyConclusion: 'cleared', objectingThirdParty: true }, false],
    ['abandonment is not an answer', { ...base, answerCode: 'other_overdue_correction' }, false],
    ['answered before the clock started', { ...base, answerCode: 'not_processed_repeat', answeredOn: '2026-03-01' }, false],
  ] as const)('%s', (_name, input, ok) => {
    expect(checkAnswer(input).ok).toBe(ok);
  });
});

describe('第四十二条; 国办函〔2020〕109号: 信息处理费 in 分', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 10_000],
    [30, 10_000],
    [31, 20_000],
    [40, 20_000],
    [41, 30_000],
  ])('按件: the applicant’s %i-th request in the month costs %i 分', (index, fen) => {
    expect(feeByCount(scale, index)).toBe(fen);
  });

  it.each([
    [0, 0],
    [30, 0],
    [31, 1_000],
    [100, 70_000],
    [101, 72_000],
    [200, 270_000],
    [201, 274_000],
  ])('按量, progressive: %i pages cost %i 分', (pages, fen) => {
    expect(feeByPages(scale, pages)).toBe(fen);
  });

  it('the scale in force on a day, and no fee on a refusal', () => {
    expect(feeScaleOn('2020-12-31')).toBeNull();
    expect(feeScaleOn('2026-03-10')?.version).toBe('国办函〔2020〕109号');
    expect(checkFee('by_count', 'withheld_state_secret', undefined).ok).toBe(false);
    expect(checkFee('by_pages', 'disclosed', undefined).ok).toBe(false);
    expect(checkFee('by_pages', 'partial', 120).ok).toBe(true);
    expect(checkFee('none', 'withheld_state_secret', undefined).ok).toBe(true);
  });
});

describe('the states', () => {
  it.each<[ApplicationStep, ApplicationStatus, boolean]>([
    ['request-correction', 'processing', true],
    ['request-correction', 'awaiting_correction', false],
    ['supplement', 'awaiting_correction', true],
    ['answer', 'consulting', false],
    ['answer', 'processing', true],
    ['deliver', 'answered', true],
    ['deliver', 'processing', false],
    ['withdraw', 'closed', false],
    ['file-challenge', 'closed', true],
    ['file-challenge', 'processing', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('a reason needs two characters', () => {
    expect(reasonOf('  申请人来电撤回  ')).toBe('申请人来电撤回');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});

describe('转督办 of a red case', () => {
  const base = { isHead: true, dueDate: '2026-10-27', today: '2026-12-05', alreadyOn: null };
  it('is the section head’s choice, once, on an open case past its answer deadline', () => {
    expect(checkSupervision(base)).toEqual({ ok: true });
    expect(checkSupervision({ ...base, isHead: false })).toMatchObject({ ok: false, message: expect.stringContaining('大数据科科长') });
    expect(checkSupervision({ ...base, alreadyOn: new Date() })).toMatchObject({ ok: false, message: '该申请已转督办，不能重复转办' });
  });

  it('is refused while the clock is paused or before the deadline has passed (the due day itself is not late)', () => {
    expect(checkSupervision({ ...base, dueDate: null })).toMatchObject({ ok: false, message: expect.stringContaining('暂停') });
    expect(checkSupervision({ ...base, dueDate: '2026-12-05' })).toMatchObject({ ok: false, message: expect.stringContaining('尚未届满') });
    expect(checkSupervision({ ...base, dueDate: '2026-12-04' })).toEqual({ ok: true });
  });

  it('refuses a 督办期限 in the past, on its field', () => {
    expect(checkSupervision({ ...base, itemDueDate: '2026-12-04' })).toMatchObject({ ok: false, field: 'dueDate' });
    expect(checkSupervision({ ...base, itemDueDate: '2026-12-05' })).toEqual({ ok: true });
  });
});
