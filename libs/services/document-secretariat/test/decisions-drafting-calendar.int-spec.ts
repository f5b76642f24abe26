import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CalendarYearPublished } from '@gov/contracts-common';
import { computeDeadline, seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { DecisionsService, documentSecretariatDefinition, DraftingService, Timeline } from '../src/index.js';

/** A corrected calendar year re-dates the open deadlines of 文稿 (working days) and 公众参与 periods (calendar days), in its transaction. */
describe('calendar changes re-date open drafting deadlines and comment periods', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  const unitId = randomUUID();
  const seed2026 = seedYearsFromChineseDays().find((y) => y.year === 2026)!;
  const secretary = caller({ username: 'mishu01', displayName: '秘书甲', sectionCode: 'mishu_yi', permissions: ['documents:read', 'drafting:write'], clearance: Clearance.Secret });
  const legal = caller({ username: 'wenmi01', displayName: '政策法规甲', sectionCode: 'wenmi', permissions: ['documents:read', 'legal-affairs:manage'], clearance: Clearance.Secret });

  const publish = async (year: CalendarYearPublished.Event) => {
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  };
  const currentVersion = async (): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT version FROM "${app.parts.schema}".calendar_year_copy WHERE year = 2026`);
    return row?.version ?? 0;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, 'dsd-cal', '区发展和改革局', 'department', 'active', 1)`, [unitId]);
    await publish({ ...seed2026, version: (await currentVersion()) + 1 });
  });

  afterAll(async () => {
    await app?.stop();
    await environment?.dispose();
  });

  it('a new holiday moves the due date of an open text and the end of an open comment period, with the new explanation on the timeline', async () => {
    const drafting = app.nest.get(DraftingService);
    const decisions = app.nest.get(DecisionsService);
    const task = await drafting.create(
      {
        kind: 'speech',
        title: '在国庆节后全区重点工作推进会上的讲话',
        leader: { userId: randomUUID(), name: '张区长', title: '区长' },
        reviewers: [],
        deadline: { workingDays: 5, from: '2026-09-30' },
        secrecyLevel: 0,
      },
      secretary,
    );
    expect(task.dueDate).toBe('2026-10-13');
    const finished = await drafting.create(
      { kind: 'other', title: '已撤销的文稿', leader: { userId: randomUUID(), name: '张区长', title: '区长' }, reviewers: [], deadline: { workingDays: 5, from: '2026-09-30' }, secrecyLevel: 0 },
      secretary,
    );
    await drafting.transition({ id: finished.id, expectedVersion: 1, action: 'cancel', note: '会议取消' }, secretary);

    const decision = await decisions.create(
      { year: 2026, title: '关于城区集中供热价格调整的决策', undertakingUnitId: unitId, plannedTime: '2026年第四季度', secrecyLevel: 0, notApplicable: [] },
      legal,
    );
    const started = await decisions.startStage({ id: decision.id, stage: 'public_participation', expectedVersion: 1, periodStart: '2026-09-01', periodDays: 30 }, legal);
    const period = started.stages.find((s) => s.stage === 'public_participation')!;
    // 30 days after 09-01 is 10-01, a 法定节假日: the period ends on the first working day after (《民法典》第203条).
    expect(period.periodEnd).toBe('2026-10-08');

    const corrected = { ...seed2026, holidays: [...seed2026.holidays, { date: '2026-10-08', name: '测试假日' }, { date: '2026-10-13', name: '测试假日' }], version: (await currentVersion()) + 1 };
    await publish(corrected);
    const calendar = new WorkingCalendar([corrected]);

    const redatedTask = await drafting.get(task.id, secretary);
    const expectedDue = computeDeadline(calendar, { start: '2026-09-30', amount: 5, unit: 'working_days' });
    expect(redatedTask.dueDate).toBe(expectedDue.dueDate);
    expect(redatedTask.dueDate).not.toBe('2026-10-13');
    expect(redatedTask.deadlineExplanation).toEqual(expectedDue.explanation);
    expect(redatedTask.version).toBe(2);
    expect((await drafting.get(finished.id, secretary)).version).toBe(2); // cancelled: not re-dated

    const redatedDecision = await decisions.get(decision.id, legal);
    const redatedPeriod = redatedDecision.stages.find((s) => s.stage === 'public_participation')!;
    expect(redatedPeriod.periodEnd).toBe(computeDeadline(calendar, { start: '2026-09-01', amount: 30, unit: 'calendar_days' }).dueDate);
    expect(redatedPeriod.periodEnd).toBe('2026-10-09');
    expect(redatedDecision.version).toBe(started.version + 1);

    const timeline = app.nest.get(Timeline);
    expect((await timeline.entries('drafting', task.id)).at(-1)).toMatchObject({ actionLabel: '日历调整，重新计算完成期限', actorName: '系统', detail: { before: '2026-10-13', after: expectedDue.dueDate } });
    expect((await timeline.entries('major_decision', decision.id)).at(-1)).toMatchObject({ actionLabel: '日历调整，重新计算征求意见截止日', detail: { before: '2026-10-08', after: '2026-10-09' } });

    // The same version again changes nothing (the copy ignores it; no listener runs).
    await publish(corrected);
    expect((await drafting.get(task.id, secretary)).version).toBe(2);
  });
});
