import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { RoleCode } from '@gov/contracts-common';
import { assigneeCondition, isAssignee, taskLight, type TaskAssignment, type TaskReader } from './tasks.rules.js';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

const liaisonA: TaskReader = { userId: 'u-liaison-a', roles: ['unit_liaison'], sectionCode: null, unitId: 'unit-a', clearance: 1 };
const duchaStaff: TaskReader = { userId: 'u-ducha', roles: ['section_staff'], sectionCode: 'ducha', unitId: null, clearance: 1 };
const zongheStaff: TaskReader = { userId: 'u-zonghe', roles: ['section_staff'], sectionCode: 'zonghe', unitId: null, clearance: 1 };
const officeLeader: TaskReader = { userId: 'u-leader', roles: ['office_leader' as RoleCode], sectionCode: null, unitId: null, clearance: 2 };

const task = (assigneeType: TaskAssignment['assigneeType'], assigneeId: string, extra: Partial<TaskAssignment> = {}): TaskAssignment => ({
  assigneeType,
  assigneeId,
  section: null,
  clearance: 0,
  ...extra,
});

describe('whose task it is (assignee resolution)', () => {
  it.each([
    ['a unit task is its liaisons’', task('unit', 'unit-a'), liaisonA, true],
    ['another unit’s task is not', task('unit', 'unit-b'), liaisonA, false],
    ['a unit task is not the office staff’s', task('unit', 'unit-a'), duchaStaff, false],
    ['a person task is that account’s', task('person', 'u-ducha'), duchaStaff, true],
    ['a person task is nobody else’s', task('person', 'u-ducha'), zongheStaff, false],
    ['a role task within a section is that section’s holders’', task('role', 'section_staff', { section: 'ducha' }), duchaStaff, true],
    ['… and not another section’s', task('role', 'section_staff', { section: 'ducha' }), zongheStaff, false],
    ['a role task without a section is every holder’s', task('role', 'office_leader'), officeLeader, true],
    ['a role task is not for those without the role', task('role', 'office_leader'), duchaStaff, false],
    ['a task about a record above the reader’s clearance is not theirs', task('unit', 'unit-a', { clearance: 2 }), liaisonA, false],
    ['… at their clearance it is', task('unit', 'unit-a', { clearance: 1 }), liaisonA, true],
  ])('%s', (_name, given, reader, expected) => {
    expect(isAssignee(given, reader)).toBe(expected);
  });

  it('states the same rule as SQL with numbered parameters', () => {
    const { sql, params } = assigneeCondition(duchaStaff, 4);
    expect(sql).toContain('$4::text');
    expect(sql).toContain('$8::smallint');
    expect(sql).not.toContain('$9');
    expect(params).toEqual(['u-ducha', null, ['section_staff'], 'ducha', 1]);
  });
});

describe('the light of a task (督办’s model: yellow 3 working days ahead, red the day after the due day)', () => {
  // 2026: 中秋 Sep 25–27 and 国庆 Oct 1–7 are rest days.
  const at = (iso: string) => new Date(iso);
  it.each([
    ['2026-09-22T02:00:00Z', '2026-09-30', 'green'],
    ['2026-09-24T02:00:00Z', '2026-09-30', 'yellow'],
    ['2026-09-30T15:00:00Z', '2026-09-30', 'yellow'], // 23:00 in Shanghai: still the due day
    ['2026-09-30T16:30:00Z', '2026-09-30', 'red'], // 00:30 on Oct 1 in Shanghai
    ['2026-10-08T02:00:00Z', null, 'green'],
  ])('at %s, due %s: %s', (now, dueDate, expected) => {
    expect(taskLight(calendar, { dueDate, dueAt: null }, at(now)).light).toBe(expected);
  });

  it('a due time is red once it has passed, yellow on its day before it', () => {
    const dueAt = at('2026-12-04T06:00:00Z'); // 14:00 in Shanghai
    expect(taskLight(calendar, { dueDate: null, dueAt }, at('2026-12-04T05:00:00Z'))).toEqual({ light: 'yellow', reason: '今天（2026-12-04）是办理期限' });
    expect(taskLight(calendar, { dueDate: null, dueAt }, at('2026-12-04T06:01:00Z'))).toEqual({ light: 'red', reason: '已超过办理时限 2026-12-04 14:00' });
    expect(taskLight(calendar, { dueDate: null, dueAt }, at('2026-11-20T06:01:00Z')).light).toBe('green');
  });

  it('explains a red light in working days late', () => {
    expect(taskLight(calendar, { dueDate: '2026-09-30', dueAt: null }, at('2026-10-09T02:00:00Z')).reason).toBe('已超过办理期限 2026-09-30（逾期 2 个工作日）');
  });
});
