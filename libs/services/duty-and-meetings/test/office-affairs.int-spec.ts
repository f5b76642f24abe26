import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  OfficeMeetingSubjects,
  OfficeRuleSubjects,
  PublicitySubjects,
  WorkPlanSubjects,
  DutyAndMeetingsPermissions as P,
  type CountPublicity,
  type ListOfficeMeetings,
  type ListWorkPlanItems,
  type OfficeMeetingView,
  type OfficeRuleView,
  type PublicityView,
  type WorkPlanItemView,
} from '@gov/contracts-duty-and-meetings';
import { caller } from '@gov/testing';
import { dutyTestbed } from './testbed.js';

/** 综合科's office affairs in duty-and-meetings (室务会, 工作计划, 规章制度, 宣传报道), against real PostgreSQL and the real bus. */
describe('duty-and-meetings: office affairs', () => {
  const bed = dutyTestbed();
  const office = caller({ roles: ['section_staff'], sectionCode: 'zonghe', permissions: [P.officeAffairsRead, P.officeAffairsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.officeAffairsRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.officeAffairsRead, P.officeAffairsManage] });
  const outbox = async (where: string, value: string) =>
    (await bed.app.parts.dataSource.query(`SELECT id, subject, envelope->'data' AS data FROM "${bed.app.parts.schema}".outbox WHERE ${where} = $1 ORDER BY seq`, [value])) as {
      id: string;
      subject: string;
      data: Record<string, unknown>;
    }[];
  const meeting = (title: string) => ({
    title,
    meetingDate: '2026-12-07',
    place: '办公室第一会议室',
    chairName: '张明',
    attendees: ['张明', '李华'],
    absentees: [{ name: '王强', reason: '出差' }],
    topics: ['研究年终工作安排'],
  });

  it('arranged → held with decided items → published: one decision-published event per item keyed on its id; steps out of order refused', async () => {
    const created = await bed.call<OfficeMeetingView>(OfficeMeetingSubjects.create, meeting('集成测试室务会'), office);
    expect(created).toMatchObject({ status: 'planned', version: 1, decisions: [], createdBy: office.username });
    await expect(bed.call(OfficeMeetingSubjects.publish, { id: created.id, expectedVersion: 1 }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.INVALID_STEP' } });
    await expect(
      bed.call(OfficeMeetingSubjects.hold, { id: created.id, expectedVersion: 1, minutes: '会议纪要', decisions: [{ content: '某事', leadUnitId: randomUUID(), coUnitIds: [] }] }, office),
    ).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.UNKNOWN_UNIT' } });
    await expect(
      bed.call(OfficeMeetingSubjects.hold, { id: created.id, expectedVersion: 1, minutes: '会议纪要', decisions: [{ content: '某事', leadUnitId: bed.unitA, coUnitIds: [], dueDate: '2026-12-01' }] }, office),
    ).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const held = await bed.call<OfficeMeetingView>(
      OfficeMeetingSubjects.hold,
      {
        id: created.id,
        expectedVersion: 1,
        minutesNumber: '2026年第12期',
        minutes: '会议研究了年终工作安排。',
        decisions: [
          { content: '年底前完成值班安排', leadUnitId: bed.unitA, coUnitIds: [bed.unitB, bed.unitA], dueDate: '2026-12-20' },
          { content: '梳理全年工作总结', leadUnitId: bed.unitB, coUnitIds: [] },
        ],
      },
      office,
    );
    expect(held).toMatchObject({ status: 'held', version: 2, minutesNumber: '2026年第12期' });
    expect(held.decisions.map((d) => [d.sequence, d.coUnitIds])).toEqual([
      [1, [bed.unitB]],
      [2, []],
    ]);
    await expect(bed.call(OfficeMeetingSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '召开后不能撤回' }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.INVALID_STEP' } });
    await expect(bed.call(OfficeMeetingSubjects.publish, { id: created.id, expectedVersion: 1 }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.VERSION_CONFLICT' } });
    await expect(bed.call(OfficeMeetingSubjects.publish, { id: created.id, expectedVersion: 2 }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const published = await bed.call<OfficeMeetingView>(OfficeMeetingSubjects.publish, { id: created.id, expectedVersion: 2 }, office);
    expect(published).toMatchObject({ status: 'published', version: 3 });
    expect(published.history.map((h) => h.step)).toEqual(['create', 'hold', 'publish']);
    await expect(bed.call(OfficeMeetingSubjects.publish, { id: created.id, expectedVersion: 3 }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.INVALID_STEP' } });

    const decisions = await outbox(`envelope->'data'->>'meetingId'`, created.id);
    expect(decisions.map((d) => [d.subject, d.id])).toEqual(held.decisions.map((d) => ['evt.duty-and-meetings.office-meeting.decision-published', d.id]));
    expect(decisions[0].data).toMatchObject({ meetingKind: 'office_meeting', meetingDate: '2026-12-07', sequence: 1, leadUnitId: bed.unitA, coUnitIds: [bed.unitB], dueDate: '2026-12-20', chairName: '张明', minutesNumber: '2026年第12期', secrecyLevel: 0 });
    expect((await outbox(`envelope->'data'->>'id'`, created.id)).map((r) => r.subject)).toEqual([
      'evt.duty-and-meetings.office-meeting.created',
      'evt.duty-and-meetings.office-meeting.held',
      'evt.duty-and-meetings.office-meeting.published',
    ]);
  });

  it('withdrawn before it is held, with a reason; an office leader reads, a liaison sees nothing', async () => {
    const created = await bed.call<OfficeMeetingView>(OfficeMeetingSubjects.create, meeting('集成测试撤回室务会'), office);
    await expect(bed.call(OfficeMeetingSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await bed.call<OfficeMeetingView>(OfficeMeetingSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: '领导出差，改期另行安排' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '领导出差，改期另行安排', version: 2 });
    await expect(bed.call(OfficeMeetingSubjects.hold, { id: created.id, expectedVersion: 2, minutes: '——', decisions: [] }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.INVALID_STEP' } });
    expect((await bed.call<OfficeMeetingView>(OfficeMeetingSubjects.get, { id: created.id }, leader)).status).toBe('withdrawn');
    const listed = await bed.call<ListOfficeMeetings.Reply>(OfficeMeetingSubjects.list, { q: '集成测试撤回', year: 2026 }, leader);
    expect(listed.items.map((m) => m.id)).toEqual([created.id]);
    await expect(bed.call(OfficeMeetingSubjects.get, { id: created.id }, liaison)).rejects.toMatchObject({ spec: { code: 'OFFICE_MEETING.NOT_FOUND' } });
    await expect(bed.call(OfficeMeetingSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(bed.call(OfficeMeetingSubjects.create, meeting('领导不能安排'), leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(bed.call(OfficeMeetingSubjects.create, { ...meeting('缺议题'), topics: [] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'topics' })]),
    });
  });

  it('work plan: overdue flagged, progress recorded with who and when, done is final', async () => {
    const year = 2031;
    const past = await bed.call<WorkPlanItemView>(WorkPlanSubjects.create, { year: 2025, month: 3, content: '已过期的计划事项', sectionCode: 'zonghe', dueDate: '2025-03-31' }, office);
    expect(past).toMatchObject({ status: 'not_started', overdue: true, month: 3 });
    const future = await bed.call<WorkPlanItemView>(WorkPlanSubjects.create, { year, content: '年度计划事项', sectionCode: 'xinxi', dueDate: `${year}-12-31` }, office);
    expect(future).toMatchObject({ status: 'not_started', overdue: false, month: null });
    await expect(bed.call(WorkPlanSubjects.create, { year, month: 6, content: '时限不在计划期', sectionCode: 'zonghe', dueDate: `${year}-05-01` }, office)).rejects.toMatchObject({
      spec: { code: 'WORK_PLAN.DUE_OUTSIDE_PERIOD' },
    });
    const moving = await bed.call<WorkPlanItemView>(WorkPlanSubjects.progress, { id: future.id, expectedVersion: 1, status: 'in_progress', note: '已召开协调会' }, office);
    expect(moving).toMatchObject({ status: 'in_progress', version: 2, progress: [{ status: 'in_progress', note: '已召开协调会', by: office.username }] });
    const done = await bed.call<WorkPlanItemView>(WorkPlanSubjects.progress, { id: future.id, expectedVersion: 2, status: 'done', note: '全部完成' }, office);
    expect(done.progress).toHaveLength(2);
    await expect(bed.call(WorkPlanSubjects.progress, { id: future.id, expectedVersion: 3, status: 'in_progress', note: '重新打开' }, office)).rejects.toMatchObject({ spec: { code: 'WORK_PLAN.INVALID_STATUS' } });
    await expect(bed.call(WorkPlanSubjects.progress, { id: past.id, expectedVersion: 1, status: 'done', note: '科室人员不能改' }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const overdueOnly = await bed.call<ListWorkPlanItems.Reply>(WorkPlanSubjects.list, { year: 2025, month: 3, overdue: 'true' }, leader);
    expect(overdueOnly.items.map((i) => i.id)).toContain(past.id);
    expect(overdueOnly.overdueCount).toBeGreaterThanOrEqual(1);
    const yearList = await bed.call<ListWorkPlanItems.Reply>(WorkPlanSubjects.list, { year, sectionCode: 'xinxi' }, leader);
    expect(yearList.items.map((i) => [i.id, i.status, i.overdue])).toEqual([[future.id, 'done', false]]);
  });

  it('rules keep every version; a repealed rule is neither revised nor repealed again', async () => {
    const rule = await bed.call<OfficeRuleView>(OfficeRuleSubjects.create, { title: '集成测试公文处理办法', content: '第一版正文', effectiveDate: '2026-01-01', documentNumber: '区府办发〔2026〕1号' }, office);
    expect(rule).toMatchObject({ status: 'in_force', version: 1, current: { versionNo: 1, effectiveDate: '2026-01-01' } });
    await expect(bed.call(OfficeRuleSubjects.revise, { id: rule.id, expectedVersion: 1, content: '倒签', effectiveDate: '2025-12-01', note: '倒签测试' }, office)).rejects.toMatchObject({
      spec: { code: 'OFFICE_RULE.EFFECTIVE_DATE_BACKWARDS' },
    });
    const revised = await bed.call<OfficeRuleView>(OfficeRuleSubjects.revise, { id: rule.id, expectedVersion: 1, content: '第二版正文', effectiveDate: '2026-07-01', note: '调整签批流程' }, office);
    expect(revised.versions.map((v) => [v.versionNo, v.content])).toEqual([
      [1, '第一版正文'],
      [2, '第二版正文'],
    ]);
    expect(revised.current).toMatchObject({ versionNo: 2, note: '调整签批流程', createdBy: office.username });
    const repealed = await bed.call<OfficeRuleView>(OfficeRuleSubjects.repeal, { id: rule.id, expectedVersion: 2, reason: '被新办法取代' }, office);
    expect(repealed).toMatchObject({ status: 'repealed', repealReason: '被新办法取代', version: 3 });
    expect(repealed.versions).toHaveLength(2);
    await expect(bed.call(OfficeRuleSubjects.revise, { id: rule.id, expectedVersion: 3, content: '再修订', effectiveDate: '2026-08-01', note: '再修订' }, office)).rejects.toMatchObject({
      spec: { code: 'OFFICE_RULE.REPEALED' },
    });
    await expect(bed.call(OfficeRuleSubjects.get, { id: rule.id }, liaison)).rejects.toMatchObject({ spec: { code: 'OFFICE_RULE.NOT_FOUND' } });
  });

  it('publicity: recorded, voided with a reason, counted per section and level for the year', async () => {
    const year = 2032;
    const record = (sectionCode: string, level: string, title: string) =>
      bed.call<PublicityView>(PublicitySubjects.create, { publishedOn: `${year}-03-01`, title, outlet: '大众日报', level, kind: 'article', sectionCode, link: 'https://example.cn/a' }, office);
    await record('zonghe', 'provincial', '综合科省级稿件');
    await record('zonghe', 'district', '综合科区级稿件');
    await record('xinxi', 'national', '信息科国家级稿件');
    const voided = await record('xinxi', 'city', '将作废的稿件');
    await expect(bed.call(PublicitySubjects.void, { id: voided.id, expectedVersion: 1, reason: '' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await bed.call<PublicityView>(PublicitySubjects.void, { id: voided.id, expectedVersion: 1, reason: '重复登记' }, office)).toMatchObject({ status: 'voided', voidReason: '重复登记' });
    await expect(bed.call(PublicitySubjects.void, { id: voided.id, expectedVersion: 2, reason: '再次作废' }, office)).rejects.toMatchObject({ spec: { code: 'PUBLICITY.VOIDED' } });
    const counts = await bed.call<CountPublicity.Reply>(PublicitySubjects.counts, { year }, leader);
    expect(counts.rows).toEqual([
      { sectionCode: 'zonghe', national: 0, provincial: 1, city: 0, district: 1, total: 2 },
      { sectionCode: 'xinxi', national: 1, provincial: 0, city: 0, district: 0, total: 1 },
    ]);
    expect(counts.totals.total).toBe(3);
    await expect(bed.call(PublicitySubjects.create, { publishedOn: `${year}-03-01`, title: '级别错误', outlet: '大众日报', level: 'county', kind: 'article', sectionCode: 'zonghe' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
  });
});
