import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { TrainingSubjects, InformationPermissions as P, type ListTrainings, type TrainingView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 培训 in information, against real PostgreSQL and the real bus: sessions with their attendance, listed per year. */
describe('information: trainings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.trainingsRead, P.trainingsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.trainingsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const session = {
    heldOn: '2026-06-18',
    topic: '集成测试：政务信息写作培训',
    trainer: '市政府办公室信息科 李老师',
    location: '区政府三楼会议室',
    attendees: [
      { unitId: U1, name: '张三', attended: true },
      { unitId: U2, name: '李四', attended: false, absenceReason: '外出开会' },
      { name: '王五', attended: true },
    ],
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
    for (const [id, code, name] of [
      [U1, 'INF-T1', '培训测试甲局'],
      [U2, 'INF-T2', '培训测试乙镇'],
    ])
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('recorded with attendance, read, listed per year, changed at the version held, withdrawn with a reason; each step an event', async () => {
    const created = await call<TrainingView>(TrainingSubjects.create, session, office);
    expect(created).toMatchObject({ topic: session.topic, status: 'recorded', attendedCount: 2, absentCount: 1, unitNames: ['培训测试甲局', '培训测试乙镇'], version: 1, createdBy: office.username });
    expect(created.attendees[1]).toEqual({ unitId: U2, unitName: '培训测试乙镇', name: '李四', attended: false, absenceReason: '外出开会' });
    expect(await call<TrainingView>(TrainingSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    expect((await call<ListTrainings.Reply>(TrainingSubjects.list, { year: 2026 }, reader)).items.map((r) => r.id)).toEqual([created.id]);
    expect((await call<ListTrainings.Reply>(TrainingSubjects.list, { year: 2025 }, reader)).items).toEqual([]);
    const changed = await call<TrainingView>(TrainingSubjects.update, { ...session, id: created.id, expectedVersion: 1, attendees: session.attendees.map((a) => ({ ...a, attended: true, absenceReason: null })) }, office);
    expect(changed).toMatchObject({ attendedCount: 3, absentCount: 0, version: 2 });
    await expect(call(TrainingSubjects.update, { ...session, id: created.id, expectedVersion: 1 }, office)).rejects.toMatchObject({ spec: { code: 'TRAINING.VERSION_CONFLICT' } });
    const withdrawn = await call<TrainingView>(TrainingSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(TrainingSubjects.update, { ...session, id: created.id, expectedVersion: 3 }, office)).rejects.toMatchObject({ spec: { code: 'TRAINING.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.information.training.created', 'evt.information.training.updated', 'evt.information.training.withdrawn']);
  });

  it('an absence needs a reason, nobody twice, a known unit; only 信息科 records; a liaison has no access', async () => {
    await expect(call(TrainingSubjects.create, { ...session, attendees: [{ name: '赵六', attended: false }] }, office)).rejects.toMatchObject({ spec: { code: 'TRAINING.ABSENCE_REASON' } });
    await expect(call(TrainingSubjects.create, { ...session, attendees: [session.attendees[0], session.attendees[0]] }, office)).rejects.toMatchObject({ spec: { code: 'TRAINING.DUPLICATE_ATTENDEE' } });
    await expect(call(TrainingSubjects.create, { ...session, attendees: [{ unitId: randomUUID(), name: '钱七', attended: true }] }, office)).rejects.toMatchObject({ spec: { code: 'TRAINING.UNKNOWN_UNIT' } });
    await expect(call(TrainingSubjects.create, session, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TrainingSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TrainingSubjects.create, { ...session, heldOn: '2026-13-01', attendees: [] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'heldOn' }), expect.objectContaining({ field: 'attendees' })]),
    });
  });
});
