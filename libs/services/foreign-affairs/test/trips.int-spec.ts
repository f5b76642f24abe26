import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  TripSubjects,
  ForeignAffairsPermissions as P,
  type ExportTripRegister,
  type ListTripRules,
  type ListTrips,
  type TripCheckView,
  type TripFields,
  type TripRuleVersionView,
  type TripStatistics,
  type TripView,
} from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let serial = 0;
/** A fresh 18-digit 身份证号 per call (so the frequency cap of one test does not reach another's people). */
const idNumber = () => `3703041980${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial++ % 100).padStart(2, '0')}`.slice(0, 18);

/** An application that keeps every limit: 1 country, 5 days, 2 people, every day official. */
function application(over: Partial<TripFields> & { days?: number; people?: number } = {}): TripFields {
  const departureDate = over.departureDate ?? '2026-03-16';
  const days = over.days ?? 5;
  const { days: _d, people: _p, ...rest } = over;
  return {
    title: '博山区经贸考察团',
    unitName: '博山区商务局',
    purpose: '考察陶瓷琉璃产业合作',
    planYear: 2026,
    planEntry: '2026年度出访计划第3项',
    countries: [{ name: '德国', region: 'other', transit: false, leavesAirport: false }],
    departureDate,
    returnDate: addDays(departureDate, days - 1),
    itinerary: Array.from({ length: days }, (_, i) => ({ date: addDays(departureDate, i), place: '德国 杜塞尔多夫', business: '与合作方会谈', official: true })),
    members: Array.from({ length: over.people ?? 2 }, (_, i) => ({ name: `团员${i + 1}`, post: '科长', rank: '正科级', unitName: '博山区商务局', leadership: false, role: 'delegate' as const, idNumber: idNumber(), passportNumber: `E1234567${i}` })),
    inviter: '杜塞尔多夫市经济促进局',
    invitationSummary: '邀请我区代表团赴德商谈合作',
    budgetFen: 12_000_000,
    ...rest,
  };
}

/** 因公临时出国 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: trips', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.tripsRead, P.tripsManage] });
  const leader = caller({ roles: ['district_leader'], sectionCode: null, permissions: [P.tripsRead, P.tripsApprove] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.tripsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.tripsOwn] });
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

  it('each limit is accepted at its edge and refused one step beyond it, with its rule', async () => {
    const check = (fields: TripFields) => call<TripCheckView>(TripSubjects.check, fields, office).then((r) => r.breaches.map((b) => b.rule));
    const three = [
      { name: '德国', region: 'other', transit: false, leavesAirport: false },
      { name: '法国', region: 'other', transit: false, leavesAirport: false },
      { name: '意大利', region: 'other', transit: false, leavesAirport: false },
    ] as TripFields['countries'];
    expect(await check(application({ days: 5 }))).toEqual([]);
    expect(await check(application({ days: 6 }))).toEqual(['days']);
    expect(await check(application({ countries: three.slice(0, 2), days: 8 }))).toEqual([]);
    expect(await check(application({ countries: three.slice(0, 2), days: 9 }))).toEqual(['days']);
    expect(await check(application({ countries: three, days: 10 }))).toEqual([]);
    expect(await check(application({ countries: three, days: 11 }))).toEqual(['days']);
    expect(await check(application({ countries: [...three, { name: '奥地利', region: 'other', transit: true, leavesAirport: true }], days: 10 }))).toEqual(['countries']);
    expect(await check(application({ people: 6 }))).toEqual([]);
    expect(await check(application({ people: 7 }))).toEqual(['group']);
    const refused = await call<TripCheckView>(TripSubjects.check, application({ days: 6 }), office);
    expect(refused.breaches[0]).toMatchObject({ rule: 'days', message: expect.stringContaining('6 天'), basis: expect.stringContaining('中办发〔2013〕16号') });
    await expect(call(TripSubjects.check, { ...application(), returnDate: '2026-03-01' }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.BAD_DATE' } });
  });

  it('a breach is shown on the draft and blocks submission; corrected, the trip goes through approval, 公示, briefings, departure, return and report', async () => {
    const draft = await call<TripView>(TripSubjects.create, application({ days: 6 }), office);
    expect(draft).toMatchObject({ status: 'draft', number: expect.stringMatching(/^\d{4}-外-\d{3}$/), check: { days: 6, allowedDays: 5 } });
    expect(draft.check.breaches.map((b) => b.rule)).toEqual(['days']);
    await expect(call(TripSubjects.submit, { id: draft.id, expectedVersion: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'TRIP.RULE_BREACH' },
      fieldErrors: [expect.objectContaining({ field: 'days', message: expect.stringContaining('依据：中办发〔2013〕16号') })],
    });
    const fixed = await call<TripView>(TripSubjects.update, { id: draft.id, expectedVersion: 1, ...application({ days: 5, people: 2 }) }, office);
    expect(fixed.check.breaches).toEqual([]);
    const submitted = await call<TripView>(TripSubjects.submit, { id: draft.id, expectedVersion: 2 }, office);
    expect(submitted.status).toBe('submitted');

    // 审核 by 外事科, 审批 by a district leader (a section member cannot approve; a leader cannot review).
    await expect(call(TripSubjects.review, { id: draft.id, expectedVersion: 3, decision: 'pass', opinion: '同意' }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const reviewed = await call<TripView>(TripSubjects.review, { id: draft.id, expectedVersion: 3, decision: 'pass', opinion: '符合规定，同意报批' }, office);
    await expect(call(TripSubjects.approve, { id: draft.id, expectedVersion: 4, decision: 'pass', opinion: '同意' }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const approved = await call<TripView>(TripSubjects.approve, { id: draft.id, expectedVersion: reviewed.version, decision: 'pass', opinion: '同意出访' }, leader);
    expect(approved.status).toBe('approved');

    // 公示 published Tuesday 2026-03-10: 5 working days end Tuesday 03-17, after the planned departure (03-16).
    const publicized = await call<TripView>(TripSubjects.publicize, { id: draft.id, expectedVersion: approved.version, publishedOn: '2026-03-10' }, office);
    expect(publicized).toMatchObject({ status: 'publicized', publicityFrom: '2026-03-10', publicityEndsOn: '2026-03-17', publicityInTime: false });
    expect(publicized.publicityExplanation.join('')).toContain('5 个工作日');
    let version = publicized.version;
    for (const member of [0, 1]) {
      version = (await call<TripView>(TripSubjects.brief, { id: draft.id, expectedVersion: version, member, briefedOn: '2026-03-12', note: '外事纪律与保密教育' }, office)).version;
    }
    await expect(call(TripSubjects.depart, { id: draft.id, expectedVersion: version, departedOn: '2026-03-17' }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.PUBLICITY_NOT_OVER' } });
    const departed = await call<TripView>(TripSubjects.depart, { id: draft.id, expectedVersion: version, departedOn: '2026-03-18' }, office);
    expect(departed.status).toBe('departed');
    const returned = await call<TripView>(TripSubjects.return, { id: draft.id, expectedVersion: departed.version, returnedOn: '2026-03-22' }, office);
    expect(returned).toMatchObject({ status: 'returned', reportDueOn: '2026-04-22', passportDueOn: '2026-03-30', reportOverdue: true });
    const passports = await call<TripView>(TripSubjects.returnPassports, { id: draft.id, expectedVersion: returned.version, returnedOn: '2026-03-25' }, office);
    const reported = await call<TripView>(TripSubjects.report, { id: draft.id, expectedVersion: passports.version, report: '代表团按计划完成了各项公务活动。', publicSummary: '代表团赴德国杜塞尔多夫商谈陶瓷琉璃产业合作。' }, office);
    expect(reported).toMatchObject({ status: 'reported', reportOverdue: false, passportsReturnedOn: '2026-03-25' });
    expect(reported.timeline.map((h) => h.step)).toEqual(['create', 'update', 'submit', 'review', 'approve', 'publicize', 'brief', 'brief', 'depart', 'return', 'returnPassports', 'report']);

    const events = await outbox(draft.id);
    const trip = events.filter((e) => e.subject.startsWith('evt.foreign-affairs.trip.')).map((e) => e.subject.replace('evt.foreign-affairs.trip.', ''));
    expect(trip).toEqual(['created', 'updated', 'submitted', 'reviewed', 'approved', 'publicized', 'briefed', 'briefed', 'departed', 'returned', 'passports-returned', 'reported']);
    expect(events.find((e) => e.subject.endsWith('trip.reported'))?.data).toMatchObject({ publicSummary: expect.stringContaining('杜塞尔多夫'), late: true });
    const opened = events.filter((e) => e.subject.endsWith('task.opened')).map((e) => e.data.kind);
    expect(opened).toEqual(expect.arrayContaining(['trip_review', 'trip_approval', 'trip_publicity', 'trip_briefing', 'trip_report', 'trip_passport_return']));
    const reportTask = events.find((e) => e.subject.endsWith('task.opened') && e.data.kind === 'trip_report');
    expect(reportTask?.data).toMatchObject({ deadline: { date: '2026-04-22', explanation: expect.stringContaining('1 个月') } });
    const closed = events.filter((e) => e.subject.endsWith('task.closed')).map((e) => e.data.kind);
    expect(closed).toEqual(expect.arrayContaining(['trip_review', 'trip_approval', 'trip_publicity', 'trip_briefing', 'trip_report', 'trip_passport_return']));
  });

  it('an unbriefed traveller blocks departure; a send-back returns the draft with its reason; a withdrawal needs a reason', async () => {
    const trip = await call<TripView>(TripSubjects.create, application({ departureDate: '2026-04-20' }), office);
    let t = await call<TripView>(TripSubjects.submit, { id: trip.id, expectedVersion: 1 }, office);
    t = await call<TripView>(TripSubjects.review, { id: trip.id, expectedVersion: t.version, decision: 'return', opinion: '邀请函须附译文' }, office);
    expect(t).toMatchObject({ status: 'draft', returnReason: '邀请函须附译文' });
    t = await call<TripView>(TripSubjects.submit, { id: trip.id, expectedVersion: t.version }, office);
    t = await call<TripView>(TripSubjects.review, { id: trip.id, expectedVersion: t.version, decision: 'pass', opinion: '同意' }, office);
    t = await call<TripView>(TripSubjects.approve, { id: trip.id, expectedVersion: t.version, decision: 'pass', opinion: '同意' }, leader);
    t = await call<TripView>(TripSubjects.publicize, { id: trip.id, expectedVersion: t.version, publishedOn: '2026-04-01' }, office);
    expect(t.publicityInTime).toBe(true);
    t = await call<TripView>(TripSubjects.brief, { id: trip.id, expectedVersion: t.version, member: 0, briefedOn: '2026-04-10', note: '外事纪律教育' }, office);
    await expect(call(TripSubjects.brief, { id: trip.id, expectedVersion: t.version, member: 5, briefedOn: '2026-04-10', note: '外事纪律教育' }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.UNKNOWN_MEMBER' } });
    await expect(call(TripSubjects.depart, { id: trip.id, expectedVersion: t.version, departedOn: '2026-04-20' }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.BRIEFING_MISSING' } });
    await expect(call(TripSubjects.withdraw, { id: trip.id, expectedVersion: t.version, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<TripView>(TripSubjects.withdraw, { id: trip.id, expectedVersion: t.version, reason: '外方日程调整，取消出访' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '外方日程调整，取消出访' });
    await expect(call(TripSubjects.update, { id: trip.id, expectedVersion: withdrawn.version, ...application() }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.INVALID_STATE' } });
    await expect(call(TripSubjects.submit, { id: trip.id, expectedVersion: 1 }, office)).rejects.toMatchObject({ spec: { code: 'TRIP.VERSION_CONFLICT' } });
  });

  it('the frequency cap finds a person on another trip by a keyed hash; 身份证号 and 护照号 are encrypted at rest and masked in lists', async () => {
    const fields = application({ departureDate: '2026-06-01' });
    const first = await call<TripView>(TripSubjects.create, fields, office);
    await call<TripView>(TripSubjects.submit, { id: first.id, expectedVersion: 1 }, office);
    const again = await call<TripCheckView>(TripSubjects.check, { ...application({ departureDate: '2026-09-01' }), members: [fields.members[0]] }, office);
    expect(again.breaches.map((b) => b.rule)).toEqual(['frequency']);
    expect(again.breaches[0].message).toContain(fields.members[0].name);

    const [stored] = (await app.parts.dataSource.query(`SELECT members::text AS members, member_keys FROM "${app.parts.schema}".trip WHERE id = $1`, [first.id])) as { members: string; member_keys: string[] }[];
    expect(stored.members).not.toContain(fields.members[0].idNumber);
    expect(stored.members).not.toContain(fields.members[0].passportNumber);
    expect(stored.member_keys[0]).toMatch(/^[0-9a-f]{64}$/);
    const listed = await call<ListTrips.Reply>(TripSubjects.list, { q: first.number }, office);
    expect(listed.items[0].members[0].idNumber).toBe(`${fields.members[0].idNumber.slice(0, 6)}********${fields.members[0].idNumber.slice(-4)}`);
    expect((await call<TripView>(TripSubjects.get, { id: first.id }, office)).members[0]).toMatchObject({ idNumber: fields.members[0].idNumber, passportNumber: fields.members[0].passportNumber });
    expect((await call<TripView>(TripSubjects.get, { id: first.id }, reader)).members[0].idNumber).toContain('********');
  });

  it("a liaison applies for their own unit and sees only its trips; a reader cannot apply; bad input is refused in Chinese", async () => {
    const mine = await call<TripView>(TripSubjects.create, application({ title: '可见性测试甲团' }), liaison(U1));
    const theirs = await call<TripView>(TripSubjects.create, application({ title: '可见性测试乙团' }), liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListTrips.Reply>(TripSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListTrips.Reply>(TripSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(TripSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'TRIP.NOT_FOUND' } });
    await expect(call(TripSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'TRIP.NOT_FOUND' } });
    await expect(call(TripSubjects.create, application(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TripSubjects.create, { ...application(), title: '甲', members: [{ name: '某', idNumber: '123' }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ message: expect.stringContaining('身份证号应为 18 位') })]),
    });
  });

  it('a new rule version applies from its date; the register and the statistics come from the records', async () => {
    const rules = await call<ListTripRules.Reply>(TripSubjects.listRules, {}, reader);
    expect(rules.items[0]).toMatchObject({ effectiveFrom: '2013-10-01', limits: { daysByCountries: [5, 8, 10], maxGroupSize: 6, publicityWorkingDays: 5 } });
    await expect(call(TripSubjects.createRule, { effectiveFrom: '2030-01-01', source: '测试', limits: { ...rules.items[0].limits, daysByCountries: [5, 4, 10] } }, office)).rejects.toMatchObject({ spec: { code: 'TRIP_RULE.BAD_LIMITS' } });
    await expect(call(TripSubjects.createRule, { effectiveFrom: '2030-01-01', source: '测试', limits: rules.items[0].limits }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const later = await call<TripRuleVersionView>(TripSubjects.createRule, { effectiveFrom: '2099-01-01', source: '某地实施细则（测试）', limits: { ...rules.items[0].limits, maxGroupSize: 5 } }, office);
    expect(later.limits.maxGroupSize).toBe(5);
    // Not in force yet: today's check still allows 6.
    expect((await call<TripCheckView>(TripSubjects.check, application({ people: 6 }), office)).breaches).toEqual([]);

    const file = await call<ExportTripRegister.Reply>(TripSubjects.exportRegister, { year: 2026 }, office);
    expect(file).toMatchObject({ filename: '2026年因公临时出国台账.xlsx', rows: expect.any(Number) });
    expect(file.rows).toBeGreaterThan(3);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const stats = await call<TripStatistics.Reply>(TripSubjects.statistics, { year: 2026 }, office);
    expect(stats.byUnit).toEqual(expect.arrayContaining([expect.objectContaining({ name: '博山区商务局', done: 1 })]));
    expect(stats.plan).toEqual(expect.arrayContaining([expect.objectContaining({ planEntry: '2026年度出访计划第3项' })]));
    const own = await call<ExportTripRegister.Reply>(TripSubjects.exportRegister, { year: 2026 }, liaison(U1));
    expect(own.rows).toBe(1);
  });
});
