import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { SolicitationSubjects, SubmissionSubjects, InformationPermissions as P, type ListSolicitations, type MonthlyReport, type SolicitationView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 约稿 in information, against real PostgreSQL and the real bus: assigned with the engine's deadline, answered, late flagged, replied, 待办. */
describe('information: solicitations', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2, U3] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.solicitationsRead, P.solicitationsManage, P.submissionsRead, P.submissionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.solicitationsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.solicitationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const taskEvents = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; data: { taskId: string; assignee?: { type: string; id: string }; deadline?: { date?: string; explanation?: string }; kind: string } }[];
  const today = shanghaiDate(new Date());
  const request = { title: '关于优化营商环境典型做法的约稿', source: '淄博市人民政府办公室信息科', requirements: '每单位报送 1 篇，1500 字以内，附典型数据。' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('assigned with the internal deadline from the engine; a late answer is flagged and deducted; the reply marks the silent unit 未报; every step is in 待办', async () => {
    await expect(call(SolicitationSubjects.create, { ...request, receivedOn: '2026-11-09', upperDeadline: '2026-11-11', internalWorkingDays: 3, unitIds: [U1] }, office)).rejects.toMatchObject({
      spec: { code: 'SOLICITATION.INTERNAL_AFTER_UPPER' },
    });
    await expect(call(SolicitationSubjects.create, { ...request, receivedOn: '2026-11-09', upperDeadline: '2026-11-20', internalWorkingDays: 3, unitIds: [U1] }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    const created = await call<SolicitationView>(SolicitationSubjects.create, { ...request, receivedOn: '2026-11-09', upperDeadline: '2026-11-20', internalWorkingDays: 3, unitIds: [U1, U2, U2] }, office);
    expect(created).toMatchObject({ status: 'open', version: 1 });
    expect(created.assignments.map((a) => [a.unitId, a.dueDate, a.status]).sort()).toEqual([[U1, '2026-11-12', 'pending'], [U2, '2026-11-12', 'pending']].sort());
    expect(created.assignments[0].dueExplanation.join('')).toContain('2026-11-20');
    expect(created.assignments.every((a) => a.overdue === today > '2026-11-12')).toBe(true);

    const opened = await taskEvents(created.id);
    expect(opened.map((e) => [e.subject, e.data.kind, e.data.assignee?.id ?? null]).sort()).toEqual(
      [
        ['evt.information.task.opened', 'information_solicitation', U1],
        ['evt.information.task.opened', 'information_solicitation', U2],
        ['evt.information.task.opened', 'information_solicitation_reply', 'section_staff'],
      ].sort(),
    );
    expect(opened.find((e) => e.data.assignee?.id === U1)?.data.deadline?.date).toBe('2026-11-12');

    // A liaison sees only their own unit's part; another unit's 约稿 is 404.
    const mine = await call<SolicitationView>(SolicitationSubjects.get, { id: created.id }, liaison(U1));
    expect(mine.assignments.map((a) => a.unitId)).toEqual([U1]);
    await expect(call(SolicitationSubjects.get, { id: created.id }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'SOLICITATION.NOT_FOUND' } });
    expect((await call<ListSolicitations.Reply>(SolicitationSubjects.list, {}, liaison(U3))).items).toEqual([]);
    expect((await call<ListSolicitations.Reply>(SolicitationSubjects.list, { q: '营商环境' }, reader)).items.map((s) => s.id)).toEqual([created.id]);

    const answered = await call<SolicitationView>(SolicitationSubjects.answer, { id: created.id, expectedVersion: 1, content: '我单位推行"一窗受理"改革，审批时限压缩 60%。' }, liaison(U1));
    const part = answered.assignments.find((a) => a.unitId === U1)!;
    const late = today > '2026-11-12';
    expect(part).toMatchObject({ status: 'answered', late, deduction: late ? 2 : 0, overdue: false });
    await expect(call(SolicitationSubjects.answer, { id: created.id, expectedVersion: 2, content: '再报一次的内容，应被拒绝。' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'SOLICITATION.ALREADY_ANSWERED' },
    });
    await expect(call(SolicitationSubjects.answer, { id: created.id, expectedVersion: 1, content: '过期版本的报送内容。' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SOLICITATION.VERSION_CONFLICT' } });
    await expect(call(SolicitationSubjects.reply, { id: created.id, expectedVersion: 2, summary: '汇总稿', repliedOn: today }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });

    const replied = await call<SolicitationView>(SolicitationSubjects.reply, { id: created.id, expectedVersion: 2, summary: '博山区优化营商环境典型做法汇总稿，共 1 篇。', repliedOn: '2026-11-19' }, office);
    expect(replied).toMatchObject({ status: 'replied', repliedOn: '2026-11-19', repliedLate: false, version: 3 });
    expect(replied.assignments.find((a) => a.unitId === U2)).toMatchObject({ status: 'missed', deduction: 5, weightVersion: 'BS-XX-2025-1' });
    await expect(call(SolicitationSubjects.answer, { id: created.id, expectedVersion: 3, content: '上报之后再报的内容。' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SOLICITATION.INVALID_STATE' } });

    const closed = (await taskEvents(created.id)).filter((e) => e.subject === 'evt.information.task.closed');
    expect(closed).toHaveLength(3);

    // The monthly notice deducts the late and the missing answers of the month the parts were due in.
    const report = await call<MonthlyReport.Reply>(SubmissionSubjects.monthly, { month: '2026-11' }, office);
    expect(report.rows.find((r) => r.unitId === U2)).toMatchObject({ deduction: 5, score: -5 });
    expect(report.rows.find((r) => r.unitId === U1)).toMatchObject({ deduction: late ? 2 : 0 });
  });

  it('withdrawn with a reason closes its 待办; bad input is refused in Chinese', async () => {
    const created = await call<SolicitationView>(SolicitationSubjects.create, { ...request, title: '撤回测试约稿', receivedOn: today, upperDeadline: '2099-12-31', internalWorkingDays: 2, unitIds: [U3] }, office);
    await expect(call(SolicitationSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(SolicitationSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: '上级取消约稿' }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const withdrawn = await call<SolicitationView>(SolicitationSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: '上级取消约稿' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '上级取消约稿' });
    const events = await taskEvents(created.id);
    expect(events.filter((e) => e.subject === 'evt.information.task.closed')).toHaveLength(2);
    await expect(call(SolicitationSubjects.create, { ...request, receivedOn: '2026-11-31', upperDeadline: '2026-11-01', internalWorkingDays: 0, unitIds: [] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'receivedOn' }),
        expect.objectContaining({ field: 'internalWorkingDays' }),
        expect.objectContaining({ field: 'unitIds' }),
      ]),
    });
    await expect(call(SolicitationSubjects.create, { ...request, receivedOn: '2026-11-10', upperDeadline: '2026-11-01', internalWorkingDays: 1, unitIds: [U1] }, office)).rejects.toMatchObject({
      spec: { code: 'SOLICITATION.UPPER_BEFORE_RECEIVED' },
    });
  });
});
