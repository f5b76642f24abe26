import { describe, expect, it } from '@jest/globals';
import type { MeetingStatus } from '@gov/contracts-duty-and-meetings';
import { attendanceProblems, organiserProblem, stepProblem } from './meeting-rules.js';

const needsApproval = (status: MeetingStatus) => ({ status, requiresApproval: true });
const ordinary = (status: MeetingStatus) => ({ status, requiresApproval: false });

describe('meeting workflow', () => {
  it.each<MeetingStatus>(['draft', 'pending_approval', 'rejected'])('a 一类 meeting cannot send its notice while %s', (status) => {
    expect(stepProblem('notice', needsApproval(status))?.code).toBe('notice_before_approval');
  });

  it('a 一类 meeting sends its notice once approved, an ordinary one from draft', () => {
    expect(stepProblem('notice', needsApproval('approved'))).toBeNull();
    expect(stepProblem('notice', ordinary('draft'))).toBeNull();
    expect(stepProblem('submit', ordinary('draft'))?.code).toBe('approval_not_required');
  });

  it('minutes are published once: a second publish is refused as already published', () => {
    expect(stepProblem('minutes', ordinary('held'))).toBeNull();
    expect(stepProblem('minutes', ordinary('minutes_published'))?.code).toBe('minutes_published');
    expect(stepProblem('minutes', ordinary('draft'))?.code).toBe('invalid_state');
  });

  it('a cancelled meeting takes no more steps', () => {
    for (const step of ['submit', 'approve', 'notice', 'signIn', 'topic', 'decision', 'minutes', 'reschedule', 'cancel'] as const) {
      expect(stepProblem(step, needsApproval('cancelled'))?.code).toBe('invalid_state');
    }
  });

  it.each<MeetingStatus>(['draft', 'pending_approval', 'approved', 'rejected', 'notified'])('a meeting may be rescheduled while %s', (status) => {
    expect(stepProblem('reschedule', needsApproval(status))).toBeNull();
  });

  it('a meeting held, closed or cancelled cannot be rescheduled', () => {
    for (const status of ['held', 'minutes_published', 'cancelled'] as const) expect(stepProblem('reschedule', ordinary(status))?.code).toBe('invalid_state');
  });

  it('an absence needs a reason and a substitute needs a name', () => {
    expect(
      attendanceProblems([
        { name: '甲', status: 'present' },
        { name: '乙', status: 'absent' },
        { name: '丙', status: 'substitute', absenceReason: '出差' },
      ]).map((p) => p.field),
    ).toEqual(['entries.1.absenceReason', 'entries.2.substituteName']);
  });
});

describe('who organises a meeting', () => {
  it.each([
    ['ducha', 'plenary', null],
    ['ducha', 'executive', null],
    ['ducha', 'mayor_office', null],
    ['ducha', 'special_topic', '督查室只办理区政府全体会议、常务会议和区长办公会的会务，专题会议由综合科办理'],
    ['ducha', 'other', '督查室只办理区政府全体会议、常务会议和区长办公会的会务，其他会议由综合科办理'],
    ['zonghe', 'special_topic', null],
    ['zonghe', 'plenary', null],
  ] as const)('%s organising a %s meeting → %j', (section, kind, expected) => {
    expect(organiserProblem(section, kind)).toBe(expected);
  });
});
