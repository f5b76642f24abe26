import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  EducationSessionSubjects,
  RegulationSubjects,
  ForeignAffairsPermissions as P,
  type EducationSessionFields,
  type EducationSessionView,
  type ListEducationSessions,
  type ListRegulationRevisions,
  type ListRegulations,
  type PersonEducationHistory,
  type RegulationFields,
  type RegulationView,
} from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

const text = (over: Partial<RegulationFields> = {}): RegulationFields => ({
  title: '因公出国（境）管理办法',
  documentNumber: '区外办发〔2024〕1号',
  kind: 'measures',
  effectiveOn: '2024-03-01',
  body: '第一条 为规范因公出国（境）管理……',
  ...over,
});

/** 外事制度规则 and 外事教育 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: regulations and education', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.regulationsRead, P.regulationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.regulationsRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.regulationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const person = `测试人${randomUUID().slice(0, 6)}`;
  const session = (over: Partial<EducationSessionFields> = {}): EducationSessionFields => ({
    heldOn: '2025-04-10',
    topic: '外事纪律专题教育',
    kind: 'discipline',
    speaker: '外事科科长',
    attendees: [
      { name: person, unitName: '区发改局', present: true },
      { name: '李四', unitName: '区教育局', present: false, absenceReason: '因公出差' },
    ],
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, foreignAffairsDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a rule document: registered, revised (the old text kept in the history), repealed with a reason; each step an event', async () => {
    const created = await call<RegulationView>(RegulationSubjects.create, text(), office);
    expect(created).toMatchObject({ revision: 1, status: 'in_force', kindLabel: '办法', version: 1 });
    await expect(call(RegulationSubjects.revise, { id: created.id, expectedVersion: 1, ...text({ effectiveOn: '2023-01-01' }) }, office)).rejects.toMatchObject({ spec: { code: 'REGULATION.BAD_DATES' } });
    const revised = await call<RegulationView>(RegulationSubjects.revise, { id: created.id, expectedVersion: 1, ...text({ documentNumber: '区外办发〔2025〕2号', effectiveOn: '2025-01-01', body: '修订后正文' }), note: '按新规定修订' }, office);
    expect(revised).toMatchObject({ revision: 2, documentNumber: '区外办发〔2025〕2号', body: '修订后正文', version: 2 });
    await expect(call(RegulationSubjects.revise, { id: created.id, expectedVersion: 1, ...text() }, office)).rejects.toMatchObject({ spec: { code: 'REGULATION.VERSION_CONFLICT' } });
    const history = await call<ListRegulationRevisions.Reply>(RegulationSubjects.revisions, { id: created.id }, liaison);
    expect(history.items.map((r) => [r.revision, r.documentNumber, r.note])).toEqual([
      [2, '区外办发〔2025〕2号', '按新规定修订'],
      [1, '区外办发〔2024〕1号', null],
    ]);
    expect(history.items[1].body).toBe(text().body);
    await expect(call(RegulationSubjects.repeal, { id: created.id, expectedVersion: 2, reason: '已被新办法替代', repealedOn: '2024-12-31' }, office)).rejects.toMatchObject({
      spec: { code: 'REGULATION.BAD_DATES' },
    });
    const repealed = await call<RegulationView>(RegulationSubjects.repeal, { id: created.id, expectedVersion: 2, reason: '已被新办法替代', repealedOn: '2026-01-01' }, office);
    expect(repealed).toMatchObject({ status: 'repealed', repealReason: '已被新办法替代', repealedOn: '2026-01-01', version: 3 });
    await expect(call(RegulationSubjects.revise, { id: created.id, expectedVersion: 3, ...text({ effectiveOn: '2026-02-01' }) }, office)).rejects.toMatchObject({ spec: { code: 'REGULATION.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.foreign-affairs.regulation.created', 'evt.foreign-affairs.regulation.revised', 'evt.foreign-affairs.regulation.repealed']);
    expect((await call<ListRegulations.Reply>(RegulationSubjects.list, { status: 'repealed', q: '2025〕2号' }, reader)).items.map((r) => r.id)).toContain(created.id);
  });

  it('liaisons read the rules but change nothing; bad input is refused in Chinese', async () => {
    const created = await call<RegulationView>(RegulationSubjects.create, text({ title: '外事接待工作规定', kind: 'provision' }), office);
    expect(await call<RegulationView>(RegulationSubjects.get, { id: created.id }, liaison)).toMatchObject({ id: created.id, kindLabel: '规定' });
    await expect(call(RegulationSubjects.create, text(), liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(RegulationSubjects.repeal, { id: created.id, expectedVersion: 1, reason: '越权', repealedOn: '2026-01-01' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(RegulationSubjects.create, text({ kind: 'law' as never, effectiveOn: '2024-13-01' }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'effectiveOn' })]),
    });
  });

  it('education sessions: attendance with reasons for absences, a person’s history, withdrawn with a reason; office only', async () => {
    await expect(call(EducationSessionSubjects.create, session({ attendees: [{ name: '王五', unitName: '区发改局', present: false }] }), office)).rejects.toMatchObject({
      spec: { code: 'EDUCATION_SESSION.BAD_ATTENDANCE' },
      fieldErrors: [expect.objectContaining({ field: 'attendees[0]', code: 'absenceReasonMissing' })],
    });
    const first = await call<EducationSessionView>(EducationSessionSubjects.create, session(), office);
    expect(first).toMatchObject({ presentCount: 1, absentCount: 1, kindLabel: '外事纪律教育', status: 'recorded', version: 1 });
    const second = await call<EducationSessionView>(
      EducationSessionSubjects.create,
      session({ heldOn: '2025-05-10', kind: 'pre_departure', topic: '赴法团组行前教育', tripId: randomUUID(), attendees: [{ name: person, unitName: '区发改局', present: false, absenceReason: '病假' }] }),
      office,
    );
    const updated = await call<EducationSessionView>(EducationSessionSubjects.update, { id: first.id, expectedVersion: 1, ...session({ topic: '外事纪律专题教育（第一期）' }) }, office);
    expect(updated).toMatchObject({ topic: '外事纪律专题教育（第一期）', version: 2 });
    const history = await call<PersonEducationHistory.Reply>(EducationSessionSubjects.personHistory, { name: person }, reader);
    expect(history.items.map((h) => [h.sessionId, h.kind, h.present, h.absenceReason])).toEqual([
      [second.id, 'pre_departure', false, '病假'],
      [first.id, 'discipline', true, null],
    ]);
    expect((await call<PersonEducationHistory.Reply>(EducationSessionSubjects.personHistory, { name: person, unitName: '区教育局' }, office)).items).toEqual([]);
    await call(EducationSessionSubjects.withdraw, { id: second.id, expectedVersion: 1, reason: '误登记' }, office);
    expect((await call<PersonEducationHistory.Reply>(EducationSessionSubjects.personHistory, { name: person }, office)).items.map((h) => h.sessionId)).toEqual([first.id]);
    await expect(call(EducationSessionSubjects.update, { id: second.id, expectedVersion: 2, ...session() }, office)).rejects.toMatchObject({ spec: { code: 'EDUCATION_SESSION.INVALID_STATE' } });
    expect((await call<ListEducationSessions.Reply>(EducationSessionSubjects.list, { kind: 'discipline', from: '2025-04-01', to: '2025-04-30' }, office)).items.map((s) => s.id)).toContain(first.id);
    await expect(call(EducationSessionSubjects.get, { id: first.id }, liaison)).rejects.toMatchObject({ spec: { code: 'EDUCATION_SESSION.NOT_FOUND' } });
    await expect(call(EducationSessionSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect(await subjectsOf(first.id)).toEqual(['evt.foreign-affairs.education-session.recorded', 'evt.foreign-affairs.education-session.updated']);
    const [event] = (await app.parts.dataSource.query(`SELECT envelope::text AS e FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 LIMIT 1`, [first.id])) as { e: string }[];
    expect(event.e).not.toContain(person);
  });
});
