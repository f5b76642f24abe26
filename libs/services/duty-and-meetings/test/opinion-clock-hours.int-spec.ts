import { describe, expect, it } from '@jest/globals';
import { OpinionSubjects, type ListOpinionRules, type OpinionView } from '@gov/contracts-duty-and-meetings';
import { caller, eventually } from '@gov/testing';
import { OpinionService } from '../src/index.js';
import { dutyTestbed } from './testbed.js';

const OFFICE = ['duty:read', 'duty:write', 'opinion:read', 'opinion:manage'];
const staff = caller({ username: 'zhiban02', roles: ['section_staff'], sectionCode: 'zonghe', permissions: OFFICE });
const chief = caller({ username: 'zonghe-kz2', roles: ['section_chief'], sectionCode: 'zonghe', permissions: [...OFFICE, 'duty:approve'] });

/** Issue 21 §3: 重大舆情 in clock hours from receipt (5 to the first response, 24 to the reply), against real PostgreSQL. */
describe('重大舆情 response limits in clock hours (国办发〔2016〕61号)', () => {
  const bed = dutyTestbed();
  const opinion = () => bed.app.nest.get(OpinionService);
  const make = async (title: string, foundAt: string) =>
    (await bed.call<OpinionView>(OpinionSubjects.create, { title, source: 'social_media', level: 'major', summary: '网传消息引发关注', foundAt }, staff)).id;

  it('the rule in force is a versioned configuration with its source; the old calendar-day version stays for the items decided under it', async () => {
    const rules = await bed.call<ListOpinionRules.Reply>(OpinionSubjects.rules, {}, chief);
    const major = rules.items.filter((r) => r.level === 'major').sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    expect(major.map((r) => [r.effectiveFrom, r.amount, r.unit, r.firstResponseHours])).toEqual([
      ['2016-08-12', 1, 'calendar_days', null],
      ['2026-12-05', 24, 'clock_hours', 5],
    ]);
    expect(major[1].source).toContain('国办发〔2016〕61号');
    await expect(
      bed.call(OpinionSubjects.createRule, { level: 'important', amount: 2, unit: 'calendar_days', firstResponseHours: 5, effectiveFrom: '2027-01-01', source: '测试依据' }, chief),
    ).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });

  it('received at 22:00 on New Year’s Eve: first response due 03:00, the reply 22:00 on the holiday itself; a late first response shows', async () => {
    await eventually(async () => (await bed.app.parts.dataSource.query(`SELECT 1 FROM "${bed.app.parts.schema}".calendar_year_copy WHERE year = 2026`)).length > 0, 15_000, 'calendar copy');
    const id = await make('网传某化工厂爆炸', '2026-12-31T14:00:00Z');
    const assigned = await opinion().assign({ id, expectedVersion: 1, unitId: bed.unitA }, staff, new Date('2026-12-31T14:30:00Z'));
    expect(assigned).toMatchObject({
      firstResponseDueAt: '2026-12-31T19:00:00.000Z',
      responseDueAt: '2027-01-01T14:00:00.000Z',
      responseDue: '2027-01-01',
      deadlineProvisional: false,
      firstResponseOverdue: false,
      overdue: false,
    });
    expect(assigned.deadlineExplanation).toEqual([
      '接报（发现）时间 2026-12-31 22:00，重大舆情',
      '首次回应（发布权威信息）时限 5 小时，至 2027-01-01 03:00',
      '回应时限 24 小时，至 2027-01-01 22:00',
      '按自然小时连续计算，不因夜间、休息日或节假日顺延',
      expect.stringContaining('依据：国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知（国办发〔2016〕61号）'),
    ]);
    // The unit answers an hour after the first-response limit, well within the 24 hours.
    const answered = await opinion().respond({ id, expectedVersion: 2, response: '已发布权威信息：系锅炉检修放空，无人员伤亡' }, staff, new Date('2026-12-31T20:00:00Z'));
    expect(answered).toMatchObject({ firstRespondedAt: '2026-12-31T20:00:00.000Z', firstResponseOverdue: true, overdue: false });
  });

  it('an unanswered item is overdue a second after the 24th hour, and counted so in the statistics', async () => {
    const id = await make('网传某桥梁垮塌', '2027-02-01T02:00:00Z');
    await opinion().assign({ id, expectedVersion: 1, unitId: bed.unitB }, staff, new Date('2027-02-01T02:10:00Z'));
    const stats = async (now: string) => (await opinion().statistics({ from: '2027-02-01', to: '2027-02-01' }, staff, new Date(now))).items.find((i) => i.unitId === bed.unitB);
    expect(await stats('2027-02-02T02:00:00Z')).toMatchObject({ assigned: 1, responded: 0, overdue: 0 });
    expect(await stats('2027-02-02T02:00:01Z')).toMatchObject({ assigned: 1, responded: 0, overdue: 1 });
  });
});
