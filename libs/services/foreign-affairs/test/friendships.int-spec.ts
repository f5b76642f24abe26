import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  FriendshipSubjects,
  HonoraryTitleSubjects,
  ForeignAffairsPermissions as P,
  type FriendshipFields,
  type FriendshipView,
  type HonoraryTitleFields,
  type HonoraryTitleView,
  type ListFriendships,
  type ListHonoraryTitles,
} from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

const relation = (over: Partial<FriendshipFields> = {}): FriendshipFields => ({
  partnerName: '法国利摩日市',
  partnerOriginalName: 'Limoges',
  partnerType: 'city',
  country: '法国',
  kind: 'sister_city',
  responsibleUnitName: '区外事办公室',
  ...over,
});

const nominee = (over: Partial<HonoraryTitleFields> = {}): HonoraryTitleFields => ({
  titleName: '荣誉市民',
  nomineeName: 'Jean Dupont',
  nationality: '法国',
  passportNumber: '18AB12345',
  contribution: '长期推动两地陶瓷文化交流',
  proposingUnitName: '区文化和旅游局',
  ...over,
});

/** 国际友好关系 and 荣誉称号 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: friendships and honorary titles', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.friendshipsRead, P.friendshipsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.friendshipsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.friendshipsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

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

  it('a relation: intent → agreement, exchange → signed → terminated with a reason; versions held; each step an event', async () => {
    const created = await call<FriendshipView>(FriendshipSubjects.create, relation(), office);
    expect(created).toMatchObject({ partnerName: '法国利摩日市', status: 'intent', statusLabel: '意向', kindLabel: '友好城市', unitId: null, version: 1, agreements: [], exchanges: [] });
    expect(await call<FriendshipView>(FriendshipSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const agreement = { title: '建立友好城市关系协议书', signedOn: '2025-05-20', place: '利摩日', signatories: ['区长', 'Maire de Limoges'], validUntil: '2030-05-19' };
    await expect(call(FriendshipSubjects.addAgreement, { id: created.id, expectedVersion: 1, ...agreement, validUntil: '2025-01-01' }, office)).rejects.toMatchObject({ spec: { code: 'FRIENDSHIP.BAD_DATES' } });
    const withAgreement = await call<FriendshipView>(FriendshipSubjects.addAgreement, { id: created.id, expectedVersion: 1, ...agreement }, office);
    expect(withAgreement.agreements).toEqual([expect.objectContaining({ ...agreement, addedBy: office.username })]);
    const withExchange = await call<FriendshipView>(
      FriendshipSubjects.addExchange,
      { id: created.id, expectedVersion: 2, date: '2025-06-01', direction: 'inbound', delegationHead: 'Émile Laurent', summary: '来访考察陶瓷产业' },
      office,
    );
    expect(withExchange).toMatchObject({ version: 3, exchanges: [expect.objectContaining({ direction: 'inbound', delegationHead: 'Émile Laurent' })] });
    await expect(call(FriendshipSubjects.sign, { id: created.id, expectedVersion: 2, signedOn: '2025-05-20' }, office)).rejects.toMatchObject({ spec: { code: 'FRIENDSHIP.VERSION_CONFLICT' } });
    const signed = await call<FriendshipView>(FriendshipSubjects.sign, { id: created.id, expectedVersion: 3, signedOn: '2025-05-20' }, office);
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2025-05-20', version: 4 });
    await expect(call(FriendshipSubjects.sign, { id: created.id, expectedVersion: 4, signedOn: '2025-05-21' }, office)).rejects.toMatchObject({ spec: { code: 'FRIENDSHIP.INVALID_STATE' } });
    await expect(call(FriendshipSubjects.terminate, { id: created.id, expectedVersion: 4, reason: '  ', terminatedOn: '2026-01-01' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(call(FriendshipSubjects.terminate, { id: created.id, expectedVersion: 4, reason: '对方城市合并', terminatedOn: '2025-01-01' }, office)).rejects.toMatchObject({
      spec: { code: 'FRIENDSHIP.BAD_DATES' },
    });
    const ended = await call<FriendshipView>(FriendshipSubjects.terminate, { id: created.id, expectedVersion: 4, reason: '对方城市合并', terminatedOn: '2026-01-01' }, office);
    expect(ended).toMatchObject({ status: 'terminated', terminationReason: '对方城市合并', terminatedOn: '2026-01-01', version: 5 });
    await expect(call(FriendshipSubjects.update, { id: created.id, expectedVersion: 5, ...relation() }, office)).rejects.toMatchObject({ spec: { code: 'FRIENDSHIP.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.foreign-affairs.friendship.created',
      'evt.foreign-affairs.friendship.agreement-added',
      'evt.foreign-affairs.friendship.exchange-added',
      'evt.foreign-affairs.friendship.signed',
      'evt.foreign-affairs.friendship.terminated',
    ]);
    const history = (await app.parts.dataSource.query(`SELECT step, by FROM "${app.parts.schema}".friendship_history WHERE friendship_id = $1 ORDER BY id`, [created.id])) as { step: string; by: string }[];
    expect(history.map((h) => h.step)).toEqual(['create', 'addAgreement', 'addExchange', 'sign', 'terminate']);
    const filtered = await call<ListFriendships.Reply>(FriendshipSubjects.list, { status: 'terminated', kind: 'sister_city', country: '法国', q: '利摩日' }, office);
    expect(filtered.items.map((r) => r.id)).toContain(created.id);
  });

  it("a liaison registers and sees only their unit's relations; signing is the section's; bad input is refused in Chinese", async () => {
    const mine = await call<FriendshipView>(FriendshipSubjects.create, relation({ partnerName: '可见性测试甲市' }), liaison(U1));
    const theirs = await call<FriendshipView>(FriendshipSubjects.create, relation({ partnerName: '可见性测试乙市' }), liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListFriendships.Reply>(FriendshipSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListFriendships.Reply>(FriendshipSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(FriendshipSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'FRIENDSHIP.NOT_FOUND' } });
    await expect(call(FriendshipSubjects.sign, { id: mine.id, expectedVersion: 1, signedOn: '2025-01-01' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(FriendshipSubjects.create, relation(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(FriendshipSubjects.create, relation({ kind: 'enemy' as never, partnerName: '甲' }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'partnerName' })]),
    });
  });

  it('an honorary title: proposed → reviewed → approved → conferred → revoked, in order only; the passport encrypted and masked', async () => {
    const proposed = await call<HonoraryTitleView>(HonoraryTitleSubjects.propose, nominee(), liaison(U1));
    expect(proposed).toMatchObject({ status: 'proposed', unitId: U1, passportNumber: '18AB12345', version: 1 });
    const [stored] = (await app.parts.dataSource.query(`SELECT passport_encrypted, passport_masked FROM "${app.parts.schema}".honorary_title WHERE id = $1`, [proposed.id])) as {
      passport_encrypted: string;
      passport_masked: string;
    }[];
    expect(stored.passport_encrypted).not.toContain('18AB12345');
    expect(stored.passport_masked).not.toBe('18AB12345');
    const listed = await call<ListHonoraryTitles.Reply>(HonoraryTitleSubjects.list, { q: 'Dupont' }, office);
    expect(listed.items.find((t) => t.id === proposed.id)?.passportNumber).toBe(stored.passport_masked);
    expect((await call<HonoraryTitleView>(HonoraryTitleSubjects.get, { id: proposed.id }, reader)).passportNumber).toBe(stored.passport_masked);

    await expect(call(HonoraryTitleSubjects.approve, { id: proposed.id, expectedVersion: 1, approver: '区长', approvingBody: '区政府常务会议', approvedOn: '2025-07-01' }, office)).rejects.toMatchObject({
      spec: { code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER' },
    });
    await expect(call(HonoraryTitleSubjects.review, { id: proposed.id, expectedVersion: 1, opinion: '同意报批' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const reviewed = await call<HonoraryTitleView>(HonoraryTitleSubjects.review, { id: proposed.id, expectedVersion: 1, opinion: '同意报批' }, office);
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewOpinion: '同意报批', reviewedBy: office.username });
    await expect(call(HonoraryTitleSubjects.confer, { id: proposed.id, expectedVersion: 2, conferredOn: '2025-08-01', certificateNumber: 'RY-2025-001' }, office)).rejects.toMatchObject({
      spec: { code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER' },
    });
    const approved = await call<HonoraryTitleView>(HonoraryTitleSubjects.approve, { id: proposed.id, expectedVersion: 2, approver: '区长', approvingBody: '区政府常务会议', approvedOn: '2025-07-01' }, office);
    expect(approved).toMatchObject({ status: 'approved', approvingBody: '区政府常务会议', approvedOn: '2025-07-01' });
    await expect(call(HonoraryTitleSubjects.confer, { id: proposed.id, expectedVersion: 3, conferredOn: '2025-06-30', certificateNumber: 'RY-2025-001' }, office)).rejects.toMatchObject({
      spec: { code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER' },
    });
    const conferred = await call<HonoraryTitleView>(HonoraryTitleSubjects.confer, { id: proposed.id, expectedVersion: 3, conferredOn: '2025-08-01', certificateNumber: 'RY-2025-001' }, office);
    expect(conferred).toMatchObject({ status: 'conferred', certificateNumber: 'RY-2025-001', passportNumber: '18AB12345' });
    await expect(call(HonoraryTitleSubjects.withdraw, { id: proposed.id, expectedVersion: 4, reason: '授予后不能撤回' }, office)).rejects.toMatchObject({
      spec: { code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER' },
    });
    const revoked = await call<HonoraryTitleView>(HonoraryTitleSubjects.revoke, { id: proposed.id, expectedVersion: 4, reason: '有损友好关系的行为' }, office);
    expect(revoked).toMatchObject({ status: 'revoked', endReason: '有损友好关系的行为', version: 5 });
    expect(await subjectsOf(proposed.id)).toEqual([
      'evt.foreign-affairs.honorary-title.proposed',
      'evt.foreign-affairs.honorary-title.reviewed',
      'evt.foreign-affairs.honorary-title.approved',
      'evt.foreign-affairs.honorary-title.conferred',
      'evt.foreign-affairs.honorary-title.revoked',
    ]);
    const [event] = (await app.parts.dataSource.query(`SELECT envelope::text AS e FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 LIMIT 1`, [proposed.id])) as { e: string }[];
    expect(event.e).not.toContain('18AB12345');
  });

  it("an honorary title's link to a relation must be one the caller sees; a liaison withdraws their own proposal", async () => {
    const theirs = await call<FriendshipView>(FriendshipSubjects.create, relation({ partnerName: '他单位友城' }), liaison(U2));
    await expect(call(HonoraryTitleSubjects.propose, nominee({ friendshipId: theirs.id }), liaison(U1))).rejects.toMatchObject({ spec: { code: 'HONORARY_TITLE.FRIENDSHIP_NOT_FOUND' } });
    const linked = await call<HonoraryTitleView>(HonoraryTitleSubjects.propose, nominee({ friendshipId: theirs.id, nomineeName: 'Anna Schmidt' }), office);
    expect(linked.friendshipId).toBe(theirs.id);
    expect((await call<ListHonoraryTitles.Reply>(HonoraryTitleSubjects.list, { friendshipId: theirs.id }, office)).items.map((t) => t.id)).toEqual([linked.id]);
    const own = await call<HonoraryTitleView>(HonoraryTitleSubjects.propose, nominee({ nomineeName: 'Marco Rossi' }), liaison(U1));
    await expect(call(HonoraryTitleSubjects.get, { id: own.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'HONORARY_TITLE.NOT_FOUND' } });
    const withdrawn = await call<HonoraryTitleView>(HonoraryTitleSubjects.withdraw, { id: own.id, expectedVersion: 1, reason: '材料不全' }, liaison(U1));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', endReason: '材料不全' });
  });
});
