import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { InvitationSubjects, ForeignAffairsPermissions as P, type InvitationFields, type InvitationView, type ListInvitations } from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

const facts = (over: Partial<InvitationFields> = {}): InvitationFields => ({
  title: '邀请德国陶瓷专家来博山技术交流',
  unitName: '博山区科学技术局',
  purpose: '陶瓷釉料技术交流',
  arrivalDate: '2026-09-01',
  departureDate: '2026-09-05',
  guests: [{ name: 'Klaus Müller', nationality: '德国', organization: '某陶瓷研究所', post: '研究员', passportNumber: 'C01234567' }],
  ...over,
});

/** 外国人来华邀请 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: invitations', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.invitationsRead, P.invitationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.invitationsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.invitationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
      subject: string;
      data: Record<string, unknown>;
    }[];

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

  it('a unit drafts and submits; 外事科 sends it back, then approves and records the letter; passports encrypted and masked', async () => {
    const created = await call<InvitationView>(InvitationSubjects.create, facts(), liaison(U1));
    expect(created).toMatchObject({ status: 'draft', unitId: U1, guests: [{ passportNumber: 'C01234567' }] });
    const [stored] = (await app.parts.dataSource.query(`SELECT guests::text AS guests FROM "${app.parts.schema}".invitation WHERE id = $1`, [created.id])) as { guests: string }[];
    expect(stored.guests).not.toContain('C01234567');
    expect((await call<ListInvitations.Reply>(InvitationSubjects.list, { q: '陶瓷专家' }, office)).items[0].guests[0].passportNumber).toBe('C******67');
    let v = await call<InvitationView>(InvitationSubjects.submit, { id: created.id, expectedVersion: 1 }, liaison(U1));
    await expect(call(InvitationSubjects.decide, { id: created.id, expectedVersion: v.version, decision: 'approve', opinion: '同意' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    v = await call<InvitationView>(InvitationSubjects.decide, { id: created.id, expectedVersion: v.version, decision: 'return', opinion: '请补充日程安排' }, office);
    expect(v).toMatchObject({ status: 'draft', opinion: '请补充日程安排' });
    v = await call<InvitationView>(InvitationSubjects.update, { id: created.id, expectedVersion: v.version, ...facts({ purpose: '陶瓷釉料技术交流，附日程安排' }) }, liaison(U1));
    v = await call<InvitationView>(InvitationSubjects.submit, { id: created.id, expectedVersion: v.version }, liaison(U1));
    await expect(call(InvitationSubjects.issue, { id: created.id, expectedVersion: v.version, letterNumber: '博外邀〔2026〕3号', issuedOn: '2026-08-01' }, office)).rejects.toMatchObject({ spec: { code: 'INVITATION.INVALID_STATE' } });
    v = await call<InvitationView>(InvitationSubjects.decide, { id: created.id, expectedVersion: v.version, decision: 'approve', opinion: '同意邀请' }, office);
    v = await call<InvitationView>(InvitationSubjects.issue, { id: created.id, expectedVersion: v.version, letterNumber: '博外邀〔2026〕3号', issuedOn: '2026-08-01' }, office);
    expect(v).toMatchObject({ status: 'issued', letterNumber: '博外邀〔2026〕3号', letterIssuedOn: '2026-08-01' });

    const events = await outbox(created.id);
    expect(events.filter((e) => e.subject.startsWith('evt.foreign-affairs.invitation.')).map((e) => e.subject.replace('evt.foreign-affairs.invitation.', ''))).toEqual([
      'created',
      'submitted',
      'sent-back',
      'updated',
      'submitted',
      'approved',
      'issued',
    ]);
    expect(events.filter((e) => e.subject.endsWith('task.opened')).map((e) => e.data.kind)).toEqual(['invitation_review', 'invitation_review', 'invitation_letter']);
    expect(JSON.stringify(events)).not.toContain('C01234567');
  });

  it("a liaison sees only their own unit's invitations; withdrawals need a reason; bad input is refused in Chinese", async () => {
    const mine = await call<InvitationView>(InvitationSubjects.create, facts({ title: '可见性测试甲邀请' }), liaison(U1));
    const theirs = await call<InvitationView>(InvitationSubjects.create, facts({ title: '可见性测试乙邀请' }), liaison(U2));
    expect((await call<ListInvitations.Reply>(InvitationSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    await expect(call(InvitationSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'INVITATION.NOT_FOUND' } });
    expect((await call<InvitationView>(InvitationSubjects.get, { id: mine.id }, reader)).guests[0].passportNumber).toBe('C******67');
    await expect(call(InvitationSubjects.create, facts(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InvitationSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: ' ' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<InvitationView>(InvitationSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '外方行程取消' }, liaison(U1))).toMatchObject({ status: 'withdrawn' });
    await expect(call(InvitationSubjects.create, facts({ departureDate: '2026-08-01' }), office)).rejects.toMatchObject({ spec: { code: 'INVITATION.BAD_DATES' } });
    await expect(call(InvitationSubjects.create, { ...facts(), guests: [{ name: 'X', nationality: '德国', passportNumber: '!!' }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('护照号应为') })]),
    });
  });
});
