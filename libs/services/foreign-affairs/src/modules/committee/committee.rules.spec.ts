import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { CommitteeMeetingStatus, CommitteeReportStatus } from '@gov/contracts-foreign-affairs';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import {
  approverRefusal,
  canTakeMeetingStep,
  canTakeReportStep,
  DECIDED_ITEM_SOURCE_KIND,
  decidedItemChangeLine,
  decisionsDueBeforeMeeting,
  meetingStatusAfter,
  minutesRefusal,
  noticeRefusal,
  reportDue,
  reportLight,
  reportStatusAfter,
  sentOnRefusal,
  type MeetingStep,
  type ReportStep,
} from './committee.rules.js';
import { reasonOf } from '@gov/platform';

const calendar = new WorkingCalendar(seedYearsFromChineseDays().filter((y) => y.year === 2026));

describe('外事委会议: the steps in order (议题征集 → 通知 → 召开 → 发布), withdrawal only before the meeting is held', () => {
  const cases: [MeetingStep, CommitteeMeetingStatus, CommitteeMeetingStatus | null][] = [
    ['update', 'planned', 'planned'],
    ['update', 'notified', null],
    ['notify', 'planned', 'notified'],
    ['notify', 'notified', null],
    ['recordMinutes', 'planned', null], // no minutes before the notice
    ['recordMinutes', 'notified', 'held'],
    ['publish', 'notified', null], // nothing to publish before it is held
    ['publish', 'held', 'published'],
    ['publish', 'published', null], // published once
    ['withdraw', 'planned', 'withdrawn'],
    ['withdraw', 'notified', 'withdrawn'],
    ['withdraw', 'held', null],
    ['withdraw', 'published', null],
    ['notify', 'withdrawn', null],
  ];
  it.each(cases)('%s from %s → %s', (step, from, to) => {
    expect(canTakeMeetingStep(step, from)).toBe(to !== null);
    if (to) expect(meetingStatusAfter(step, from)).toBe(to);
  });
});

describe('外事委会议: dates of the notice, the meeting and the decided items', () => {
  it.each([
    ['2026-11-02', '2026-11-10', '2026-11-03', null],
    ['2026-11-10', '2026-11-10', '2026-11-10', null], // issued on the day itself
    ['2026-11-11', '2026-11-10', '2026-11-12', '通知须在会议日期 2026-11-10 之前（或当天）印发'],
    ['2026-11-04', '2026-11-10', '2026-11-03', '通知印发日期 2026-11-04 不能晚于今天'],
  ])('notice issued %s for a meeting on %s, today %s → %s', (issuedOn, meetingDate, today, refusal) => {
    expect(noticeRefusal(issuedOn, meetingDate, today)).toBe(refusal);
  });

  it.each([
    ['2026-11-10', '2026-11-02', '2026-11-10', null], // on the meeting day
    ['2026-11-10', '2026-11-02', '2026-11-20', null], // after it
    ['2026-11-10', '2026-11-02', '2026-11-09', '会议于 2026-11-10 召开，召开后才能登记纪要和议定事项'], // the day before
    ['2026-11-01', '2026-11-02', '2026-11-09', '召开日期 2026-11-01 不能早于通知印发日期 2026-11-02'],
  ])('held %s (notice %s), recorded %s → %s', (heldOn, noticeIssuedOn, today, refusal) => {
    expect(minutesRefusal(heldOn, noticeIssuedOn, today)).toBe(refusal);
  });

  it('a decided item is not due before the meeting (its own day is allowed, none is allowed)', () => {
    expect(decisionsDueBeforeMeeting([{ dueDate: '2026-11-10' }, {}, { dueDate: '2026-11-09' }, { dueDate: '2026-12-31' }], '2026-11-10')).toEqual([3]);
    expect(decisionsDueBeforeMeeting([], '2026-11-10')).toEqual([]);
  });
});

describe('外事委报告: the steps, four eyes, the due date from the deadline engine and the light', () => {
  const cases: [ReportStep, CommitteeReportStatus, CommitteeReportStatus | null][] = [
    ['update', 'drafted', 'drafted'],
    ['update', 'approved', null],
    ['approve', 'drafted', 'approved'],
    ['approve', 'approved', null],
    ['send', 'drafted', null], // not sent before it is approved
    ['send', 'approved', 'sent'],
    ['withdraw', 'drafted', 'withdrawn'],
    ['withdraw', 'approved', 'withdrawn'],
    ['withdraw', 'sent', null], // a report sent stays sent
    ['approve', 'withdrawn', null],
  ];
  it.each(cases)('%s from %s → %s', (step, from, to) => {
    expect(canTakeReportStep(step, from)).toBe(to !== null);
    if (to) expect(reportStatusAfter(step, from)).toBe(to);
  });

  it('approved by someone other than the drafter', () => {
    expect(approverRefusal('li', 'li')).toBe('报告须由起草人以外的人员审定');
    expect(approverRefusal('li', 'wang')).toBeNull();
  });

  // RULES.md §2.0: the day of the request is not counted; only working days are (法定节假日 skipped, 调休上班 counted).
  it.each([
    ['2026-11-06', 5, '2026-11-13'], // Friday: Mon 9 … Fri 13
    ['2026-11-10', 1, '2026-11-11'], // the next working day
    ['2026-11-13', 1, '2026-11-16'], // Friday → Monday, the weekend skipped
    ['2026-09-30', 1, '2026-10-08'], // 国庆节 2026-10-01…07 are skipped
  ])('requested %s within %i working days → due %s', (requestedOn, workingDays, due) => {
    const result = reportDue(calendar, requestedOn, workingDays);
    expect(result).toMatchObject({ dueDate: due, provisional: false });
    expect(result.explanation[0]).toContain(`${workingDays} 个工作日`);
  });

  it('a due date in a year whose holidays are not published is provisional', () => {
    expect(reportDue(calendar, '2027-03-01', 5).provisional).toBe(true);
  });

  it.each([
    ['2026-11-20', '2026-11-10', '2026-11-12', null],
    ['2026-11-20', '2026-11-10', '2026-11-10', null], // sent the day it was requested
    ['2026-11-20', '2026-11-10', '2026-11-09', '报送日期不能早于通知日期 2026-11-10'],
    ['2026-11-20', '2026-11-10', '2026-11-21', '报送日期 2026-11-21 不能晚于今天'],
  ])('today %s, requested %s, sent %s → %s', (today, requestedOn, sentOn, refusal) => {
    expect(sentOnRefusal(sentOn, requestedOn, today)).toBe(refusal);
  });

  it.each([
    // status, due, sent, today → light, overdue
    ['drafted', '2026-11-13', null, '2026-11-02', 'green', false],
    ['drafted', '2026-11-13', null, '2026-11-10', 'yellow', false], // 3 working days left
    ['approved', '2026-11-13', null, '2026-11-13', 'yellow', false], // the due day itself
    ['approved', '2026-11-13', null, '2026-11-14', 'red', true], // the day after
    ['sent', '2026-11-13', '2026-11-13', '2026-11-30', 'none', false],
    ['sent', '2026-11-13', '2026-11-16', '2026-11-30', 'red', true], // sent late
    ['withdrawn', '2026-11-13', null, '2026-11-30', 'none', false],
  ] as const)('%s due %s sent %s, on %s → %s (overdue %s)', (status, dueDate, sentOn, today, light, overdue) => {
    expect(reportLight(calendar, { status, dueDate, sentOn }, today)).toMatchObject({ light, overdue });
  });
});

describe('withdrawal reasons', () => {
  it.each([
    ['  会议取消  ', '会议取消'],
    [' ', null],
    ['甲', null],
    [undefined, null],
  ])('%p → %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});

describe('外事委会议: the timeline line of a 督办 change on a decided item', () => {
  const change = (over: Partial<SupervisionItemChanged.Event>): SupervisionItemChanged.Event => ({
    id: '0b9d1c1e-6a0e-4c39-9b7a-0d6f3c1c2a10',
    kind: 'meeting_decision',
    title: '外事委全体会议议定事项（1）',
    status: 'closed',
    sourceKind: DECIDED_ITEM_SOURCE_KIND,
    sourceId: '5f0c8a8e-2f1e-4a53-9e43-3c0f6f9a7b21',
    leadUnitId: null,
    coUnitIds: [],
    dueDate: '2027-01-15',
    light: 'none',
    leaderName: null,
    version: 6,
    action: 'closed',
    note: '销号：各项措施已落实',
    actor: 'ducha_jia',
    at: '2026-12-05T02:00:00.000Z',
    lightReason: null,
    units: [],
    ...over,
  });

  it('is a supervision step (not a step on the meeting) naming the decided item, the change and the state after it', () => {
    expect(decidedItemChangeLine(3, change({}))).toEqual({
      step: 'supervision_closed',
      note: '议定事项（3）督办事项已办结（销号）；督办状态：已销号；灯色：不再预警（已销号或已撤销）；期限：2027-01-15；销号：各项措施已落实',
      by: 'ducha_jia',
      at: new Date('2026-12-05T02:00:00.000Z'),
    });
  });

  it('shows 系统 for the system\'s changes (a light turning yellow)', () => {
    const line = decidedItemChangeLine(1, change({ action: 'light_changed', status: 'in_progress', light: 'yellow', note: null, actor: 'system' }));
    expect(line).toMatchObject({ step: 'supervision_light_changed', by: '系统' });
    expect(line.note).toBe('议定事项（1）督办灯色变化；督办状态：办理中；灯色：黄灯（临近期限）；期限：2027-01-15');
  });
});
