import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { GroupSessionSubjects, PersonnelFinancePermissions as P, type GroupSessionView, type ListGroupSessions } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 中心组学习 and 民主生活会 against real PostgreSQL and the real bus: preparation, attendance, 整改清单 to its end. */
describe('personnel-finance: group-sessions', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.groupSessionsRead, P.groupSessionsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.groupSessionsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.groupSessionsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const members = ['孙建国', '杨帆', '钱伟', '李明'];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a 民主生活会: held only after its four preparation steps and with a 整改清单; rectified when the last item is done', async () => {
    let s = await call<GroupSessionView>(GroupSessionSubjects.create, { kind: 'democratic_life', topic: '2025年度民主生活会', plannedOn: '2026-01-20', chairName: '孙建国', members }, renshi);
    expect(s.preparation.map((p) => [p.label, p.doneOn])).toEqual([
      ['会前学习研讨', null],
      ['广泛征求意见', null],
      ['开展谈心谈话', null],
      ['撰写对照检查材料', null],
    ]);
    const held = { heldOn: '2026-01-20', attendees: members.slice(0, 3), absentees: ['李明（病假）'], speeches: [{ speaker: '孙建国', summary: '主要负责同志带头对照检查' }] };
    const list = [
      { content: '建立调研成果转化台账', responsible: '杨帆', dueDate: '2026-03-31' },
      { content: '压减会议文件数量', responsible: '钱伟', dueDate: '2026-04-30' },
    ];
    await expect(call(GroupSessionSubjects.hold, { ...held, rectifications: list, id: s.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({
      spec: { code: 'GROUP_SESSION.PREPARATION_INCOMPLETE' },
      message: expect.stringContaining('民主生活会若干规定'),
    });
    for (const [i, step] of ['study', 'solicit', 'talks', 'materials'].entries()) s = await call<GroupSessionView>(GroupSessionSubjects.prepare, { step, doneOn: `2026-01-0${i + 5}`, note: '已完成', id: s.id, expectedVersion: s.version }, renshi);
    await expect(call(GroupSessionSubjects.prepare, { step: 'talks', doneOn: '2026-01-10', note: '重复', id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.UNKNOWN_ITEM' } });
    await expect(call(GroupSessionSubjects.hold, { ...held, id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.RECTIFICATION_REQUIRED' } });
    s = await call<GroupSessionView>(GroupSessionSubjects.hold, { ...held, rectifications: list, id: s.id, expectedVersion: s.version }, renshi);
    expect(s).toMatchObject({ status: 'held', attendanceRate: 75, absentees: ['李明（病假）'] });
    expect(s.rectifications.map((r) => [r.sequence, r.responsible, r.completedOn])).toEqual([
      [1, '杨帆', null],
      [2, '钱伟', null],
    ]);
    await expect(call(GroupSessionSubjects.withdraw, { id: s.id, expectedVersion: s.version, reason: '召开后撤回' }, renshi)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.INVALID_STATE' } });
    s = await call<GroupSessionView>(GroupSessionSubjects.rectify, { itemId: s.rectifications[0].id, completedOn: '2026-03-20', result: '台账已建立', id: s.id, expectedVersion: s.version }, renshi);
    expect(s.status).toBe('held');
    await expect(call(GroupSessionSubjects.rectify, { itemId: s.rectifications[0].id, completedOn: '2026-03-21', result: '重复', id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.UNKNOWN_ITEM' } });
    s = await call<GroupSessionView>(GroupSessionSubjects.rectify, { itemId: s.rectifications[1].id, completedOn: '2026-04-20', result: '会议文件同比减少三成', id: s.id, expectedVersion: s.version }, renshi);
    expect(s.status).toBe('rectified');
    expect(await subjectsOf(s.id)).toEqual(
      ['created', 'prepared', 'prepared', 'prepared', 'prepared', 'held', 'rectified', 'rectified'].map((e) => `evt.personnel-finance.group-session.${e}`),
    );
    // Each item of the 整改清单 was in 人事科's 待办 with its due date from 召开 until it was completed.
    const tasks = (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data'->'deadline'->>'date' AS due FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [s.id],
    )) as { subject: string; due: string | null }[];
    expect(tasks.map((t) => [t.subject.split('.').at(-1), t.due])).toEqual([
      ['opened', list[0].dueDate],
      ['opened', '2026-04-30'],
      ['closed', null],
      ['closed', null],
    ]);
  });

  it('a 中心组学习 is held without preparation or rectification; withdrawn with a reason before; leaders read, liaisons nothing', async () => {
    let study = await call<GroupSessionView>(GroupSessionSubjects.create, { kind: 'central_group_study', topic: '学习新修订的条例', plannedOn: '2026-02-10', chairName: '孙建国', members }, renshi);
    expect(study.preparation).toEqual([]);
    await expect(call(GroupSessionSubjects.prepare, { step: 'study', doneOn: '2026-02-01', note: '集中学习', id: study.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.INVALID_STATE' } });
    study = await call<GroupSessionView>(GroupSessionSubjects.hold, { heldOn: '2026-02-10', attendees: members, speeches: [{ speaker: '杨帆', summary: '交流研讨发言' }], id: study.id, expectedVersion: 1 }, renshi);
    expect(study).toMatchObject({ status: 'held', attendanceRate: 100, rectifications: [] });

    const later = await call<GroupSessionView>(GroupSessionSubjects.create, { kind: 'central_group_study', topic: '专题学习（延期）', plannedOn: '2026-06-10', chairName: '孙建国', members }, renshi);
    await expect(call(GroupSessionSubjects.withdraw, { id: later.id, expectedVersion: 1, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<GroupSessionView>(GroupSessionSubjects.withdraw, { id: later.id, expectedVersion: 1, reason: '与上级调训冲突，改期' }, renshi)).toMatchObject({ status: 'withdrawn' });
    expect((await call<ListGroupSessions.Reply>(GroupSessionSubjects.list, { kind: 'central_group_study' }, leader)).items.map((i) => i.id).sort()).toEqual([study.id, later.id].sort());
    await expect(call(GroupSessionSubjects.create, { kind: 'central_group_study', topic: '越权', plannedOn: '2026-02-10', chairName: '孙建国', members }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GroupSessionSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GroupSessionSubjects.get, { id: study.id }, liaison)).rejects.toMatchObject({ spec: { code: 'GROUP_SESSION.NOT_FOUND' } });
    await expect(call(GroupSessionSubjects.create, { kind: 'x', topic: '', plannedOn: '2026-02-30', chairName: '孙', members: [] }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'topic' }), expect.objectContaining({ field: 'members' })]),
    });
  });
});
