import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import {
  DutyAndMeetingsEvents,
  DutySubjects,
  OpinionSubjects,
  UpwardReportSubjects,
  type DutyDayView,
  type DutyInstructionView,
  type DutySwapView,
  type OpinionStatistics,
  type OpinionView,
  type UnitRosterView,
  type UpwardReportView,
  type UrgentMatterView,
} from '@gov/contracts-duty-and-meetings';
import type { RpcClient, RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, eventually, liaisonOf, startTestApp, type TestEnvironment } from '@gov/testing';
import { dutyAndMeetingsDefinition, OpinionService, UrgentMattersService } from '../src/index.js';

const SERVICE = 'duty-and-meetings';
const OFFICE = ['duty:read', 'duty:write', 'duty:instruct', 'opinion:read', 'opinion:manage'];
const staff = caller({ username: 'zhiban01', roles: ['section_staff'], sectionCode: 'zonghe', permissions: OFFICE });
const chief = caller({ username: 'zonghe-kz', roles: ['section_chief'], sectionCode: 'zonghe', permissions: [...OFFICE, 'duty:approve'] });
const minutes = (at: string, n: number) => new Date(Date.parse(at) + n * 60_000).toISOString();

/** The duty office through request-reply, against real PostgreSQL and the bus. */
describe('24-hour duty, urgent matters, public opinion and reports upward', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let rpc: RpcClient;
  let close: () => Promise<void>;
  const units: Record<string, string> = {};
  const call = <T>(subject: string, payload: object, who: CallerContext) => rpc.call<T>(SERVICE, subject, payload, who);
  const outbox = (subject: string) =>
    app.parts.dataSource.query(`SELECT id, envelope FROM "${app.parts.schema}".outbox WHERE subject = $1 ORDER BY seq`, [subject]) as Promise<{ id: string; envelope: { id: string; data: Record<string, unknown> } }[]>;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, dutyAndMeetingsDefinition);
    ({ rpc, close } = await connectTestClient(environment));
    const rows: { id: string; code: string }[] = await app.parts.dataSource.query(`SELECT id, code FROM "${app.parts.schema}".unit`);
    for (const row of rows) units[row.code] = row.id;
  });

  afterAll(async () => {
    await close?.();
    await app?.stop();
    await environment?.dispose();
  });

  describe('urgent matters: report-to-leader time limits in minutes', () => {
    const receivedAt = '2026-10-01T16:07:00.000Z'; // 00:07 on 2 October, Beijing time: a holiday night

    it('a 重大 matter received at 00:07 shows its 初报 deadline 15 minutes later, a 一般 one 30 minutes later, with a countdown', async () => {
      const major = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '某化工企业泄漏', level: 'major', occurredAt: minutes(receivedAt, -5), receivedAt, unitId: units['BS-YJJ'], summary: '初步了解无人员伤亡' }, staff);
      expect(major).toMatchObject({ deadline: '2026-10-01T16:22:00.000Z', writtenDeadline: '2026-10-01T16:37:00.000Z', phoneMinutes: 15, writtenMinutes: 30, status: 'open', version: 1 });
      expect(major.deadlineExplanation).toContain('电话初报时限 15 分钟，至 2026-10-02 00:22');
      const general = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '道路积水', level: 'general', occurredAt: receivedAt, receivedAt, summary: '某路段积水' }, staff);
      expect(general.deadline).toBe('2026-10-01T16:37:00.000Z');

      const matters = app.nest.get(UrgentMattersService);
      expect(await matters.get(major.id, staff, new Date(minutes(receivedAt, 10)))).toMatchObject({ remainingSeconds: 300, overdue: false });
      expect(await matters.get(major.id, staff, new Date(minutes(receivedAt, 15)))).toMatchObject({ remainingSeconds: 0, overdue: false });
      expect(await matters.get(major.id, staff, new Date(minutes(receivedAt, 16)))).toMatchObject({ remainingSeconds: -60, overdue: true });
      // Read now (long after): overdue, the countdown negative.
      const now = await call<UrgentMatterView>(DutySubjects.urgentGet, { id: major.id }, staff);
      expect(now.overdue).toBe(true);
      expect(now.remainingSeconds).toBeLessThan(0);
    });

    it('is flagged overdue by the scheduled check only after its deadline, and published once', async () => {
      const at = '2030-03-02T01:00:00.000Z';
      const matter = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '山火', level: 'large', occurredAt: at, receivedAt: at, summary: '林区起火' }, staff);
      expect(matter.deadline).toBe('2030-03-02T01:30:00.000Z');
      const matters = app.nest.get(UrgentMattersService);
      const events = async () => (await outbox(DutyAndMeetingsEvents.urgentMatterOverdue)).filter((e) => e.envelope.data.matterId === matter.id);

      await matters.flagOverdue(new Date('2030-03-02T01:29:59.000Z'));
      expect(await events()).toHaveLength(0);
      await matters.flagOverdue(new Date('2030-03-02T01:30:01.000Z'));
      expect((await events()).map((e) => e.envelope.data)).toEqual([
        expect.objectContaining({ matterId: matter.id, which: 'phone', level: 'large', deadline: '2030-03-02T01:30:00.000Z', detectedAt: '2030-03-02T01:30:01.000Z' }),
      ]);
      await matters.flagOverdue(new Date('2030-03-02T01:45:00.000Z'));
      expect((await events()).map((e) => e.envelope.data.which)).toEqual(['phone']);
      await matters.flagOverdue(new Date('2030-03-02T02:00:01.000Z'));
      expect((await events()).map((e) => e.envelope.data.which)).toEqual(['phone', 'written']);
      await matters.flagOverdue(new Date('2030-03-03T00:00:00.000Z'));
      expect(await events()).toHaveLength(2);

      const overdue = await matters.list({ overdue: 'true', q: '山火' }, staff, new Date('2030-03-02T01:31:00.000Z'));
      expect(overdue.items.map((m) => m.id)).toEqual([matter.id]);
      const notYet = await matters.list({ overdue: 'true', q: '山火' }, staff, new Date('2030-03-02T01:20:00.000Z'));
      expect(notYet.items).toEqual([]);
    });

    it('a 初报 made in time stops the clock: never flagged; 续报 are numbered; 终报 closes the chain', async () => {
      const at = '2030-04-01T02:00:00.000Z';
      const matter = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '交通事故', level: 'major', occurredAt: at, receivedAt: at, summary: '两车相撞' }, staff);
      await expect(call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 1, stage: 'follow_up', channel: 'phone', reportedAt: minutes(at, 5), leaderName: '王区长', content: '续报' }, staff)).rejects.toMatchObject({
        spec: { code: 'URGENT_MATTER.REPORT_ORDER' },
      });
      let view = await call<UrgentMatterView>(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 1, stage: 'initial', channel: 'phone', reportedAt: minutes(at, 12), leaderName: '王区长', content: '电话初报' }, staff);
      expect(view).toMatchObject({ initialReportedAt: minutes(at, 12), remainingSeconds: 180, overdue: false, version: 2 });
      await expect(call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 1, stage: 'initial', channel: 'written', reportedAt: minutes(at, 20), leaderName: '王区长', content: '书面' }, staff)).rejects.toMatchObject({
        spec: { code: 'URGENT_MATTER.VERSION_CONFLICT' },
      });
      view = await call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 2, stage: 'initial', channel: 'written', reportedAt: minutes(at, 25), leaderName: '王区长', content: '书面初报' }, staff);
      view = await call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 3, stage: 'follow_up', channel: 'written', reportedAt: minutes(at, 90), leaderName: '王区长', content: '伤员已送医' }, staff);
      view = await call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 4, stage: 'follow_up', channel: 'written', reportedAt: minutes(at, 180), leaderName: '王区长', content: '道路已恢复' }, staff);
      view = await call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 5, stage: 'final', channel: 'written', reportedAt: minutes(at, 240), leaderName: '王区长', content: '处置完毕' }, staff);
      expect(view.reports.map((r) => r.label)).toEqual(['初报', '初报', '续报一', '续报二', '终报']);
      expect(view).toMatchObject({ status: 'closed', writtenOverdue: false, writtenRemainingSeconds: 300 });
      await expect(call(DutySubjects.urgentReport, { id: matter.id, expectedVersion: 6, stage: 'follow_up', channel: 'phone', reportedAt: minutes(at, 300), leaderName: '王区长', content: '再报' }, staff)).rejects.toMatchObject({
        spec: { code: 'URGENT_MATTER.CLOSED' },
      });

      await app.nest.get(UrgentMattersService).flagOverdue(new Date('2030-04-02T00:00:00.000Z'));
      expect((await outbox(DutyAndMeetingsEvents.urgentMatterOverdue)).filter((e) => e.envelope.data.matterId === matter.id)).toEqual([]);
      const history = await app.parts.dataSource.query(`SELECT action, changed_by FROM "${app.parts.schema}".duty_history WHERE record_id = $1 ORDER BY version`, [matter.id]);
      expect(history.map((h: { action: string }) => h.action)).toEqual(['received', 'reported', 'reported', 'reported', 'reported', 'reported']);
    });

    it('the matter keeps the rule it was received under; a new rule applies from its effective date; only the chief sets rules', async () => {
      await expect(call(DutySubjects.ruleCreate, { level: 'major', phoneMinutes: 20, writtenMinutes: 40, effectiveFrom: '2031-01-01', source: '某县规定' }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
      await call(DutySubjects.ruleCreate, { level: 'major', phoneMinutes: 20, writtenMinutes: 40, effectiveFrom: '2031-01-01', source: '区政府值班室关于报告时限的通知（2030年修订）' }, chief);
      const before = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '旧规则', level: 'major', occurredAt: '2030-12-31T15:00:00.000Z', receivedAt: '2030-12-31T15:00:00.000Z', summary: '北京时间 23:00' }, staff);
      const after = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '新规则', level: 'major', occurredAt: '2030-12-31T16:00:00.000Z', receivedAt: '2030-12-31T16:00:00.000Z', summary: '北京时间次日 00:00' }, staff);
      expect([before.phoneMinutes, after.phoneMinutes]).toEqual([15, 20]);
      expect(after.deadline).toBe('2030-12-31T16:20:00.000Z');
      expect(before.ruleId).not.toBe(after.ruleId);
    });

    it('refuses bad input with Chinese field messages, and a liaison sees no duty records', async () => {
      const refused = await call(DutySubjects.urgentCreate, { title: '缺等级', level: 'huge', occurredAt: 'x', receivedAt: '2030-01-01T00:00:00Z', summary: '' }, staff).catch((error: unknown) => error);
      expect(refused).toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
      const fieldErrors = (refused as { fieldErrors: { field: string; message: string }[] }).fieldErrors;
      expect(fieldErrors.map((e) => e.field)).toEqual(expect.arrayContaining(['level', 'occurredAt', 'summary']));
      expect(fieldErrors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
      await expect(call(DutySubjects.urgentList, {}, liaisonOf(units['BS-YJJ'], { permissions: ['duty:unit-roster'] }))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    });
  });

  describe('roster, swaps, handover, duty log', () => {
    it('marks holiday duty days from the calendar copy', async () => {
      await eventually(async () => (await app.parts.dataSource.query(`SELECT 1 FROM "${app.parts.schema}".calendar_year_copy WHERE year = 2026`)).length > 0, 15_000, 'calendar copy');
      const national = await call<DutyDayView>(DutySubjects.rosterCreate, { dutyDate: '2026-10-01', leaderName: '王建国', officerNames: ['李明', '赵强'] }, staff);
      expect(national).toMatchObject({ dayKind: 'holiday', holidayDuty: true, holidayName: '国庆节', version: 1 });
      const tuesday = await call<DutyDayView>(DutySubjects.rosterCreate, { dutyDate: '2026-10-13', leaderName: '王建国', officerNames: ['李明'] }, staff);
      expect(tuesday).toMatchObject({ dayKind: 'workday', holidayDuty: false, holidayName: null });
      await expect(call(DutySubjects.rosterCreate, { dutyDate: '2026-10-13', leaderName: '张三', officerNames: ['李四'] }, staff)).rejects.toMatchObject({ spec: { code: 'DUTY.DAY_EXISTS' } });
      const list = await call<{ items: DutyDayView[] }>(DutySubjects.rosterList, { from: '2026-10-01', to: '2026-10-31' }, staff);
      expect(list.items.map((d) => d.dutyDate)).toEqual(['2026-10-01', '2026-10-13']);
    });

    it('a swap changes the roster only when the 综合科 chief approves it, and both keep their history', async () => {
      const dutyDay = await call<DutyDayView>(DutySubjects.rosterCreate, { dutyDate: '2026-11-07', leaderName: '王建国', officerNames: ['李明', '赵强'] }, staff);
      await expect(call(DutySubjects.swapRequest, { dutyDayId: dutyDay.id, role: 'officer', fromName: '不在班', toName: '孙丽', reason: '家中有事' }, staff)).rejects.toMatchObject({
        spec: { code: 'DUTY.SWAP_PERSON_NOT_ON_DUTY' },
      });
      const swap = await call<DutySwapView>(DutySubjects.swapRequest, { dutyDayId: dutyDay.id, role: 'officer', fromName: '李明', toName: '孙丽', reason: '家中有事' }, staff);
      expect(swap.status).toBe('pending');
      expect((await call<DutyDayView>(DutySubjects.rosterGet, { id: dutyDay.id }, staff)).officerNames).toEqual(['李明', '赵强']);
      await expect(call(DutySubjects.swapDecide, { id: swap.id, expectedVersion: 1, approve: true }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
      const approved = await call<DutySwapView>(DutySubjects.swapDecide, { id: swap.id, expectedVersion: 1, approve: true, remark: '同意' }, chief);
      expect(approved).toMatchObject({ status: 'approved', decidedBy: 'zonghe-kz', decisionRemark: '同意', version: 2 });
      const after = await call<DutyDayView>(DutySubjects.rosterGet, { id: dutyDay.id }, staff);
      expect(after).toMatchObject({ officerNames: ['孙丽', '赵强'], version: 2 });
      await expect(call(DutySubjects.swapDecide, { id: swap.id, expectedVersion: 2, approve: false }, chief)).rejects.toMatchObject({ spec: { code: 'DUTY.SWAP_NOT_PENDING' } });
      const history = await app.parts.dataSource.query(`SELECT record_kind, action, reason FROM "${app.parts.schema}".duty_history WHERE record_id = ANY($1::uuid[]) ORDER BY changed_at, version`, [[dutyDay.id, swap.id]]);
      // The swap and the day it changes are written in one transaction, at one instant: their order between them is not fixed.
      const lines = history.map((h: { record_kind: string; action: string }) => `${h.record_kind}:${h.action}`);
      expect(lines.slice(0, 2)).toEqual(['duty_day:created', 'duty_swap:requested']);
      expect(lines.slice(2).sort()).toEqual(['duty_day:swapped', 'duty_swap:approved']);

      const rejected = await call<DutySwapView>(DutySubjects.swapRequest, { dutyDayId: dutyDay.id, role: 'leader', fromName: '王建国', toName: '刘副主任', reason: '出差' }, staff);
      await call(DutySubjects.swapDecide, { id: rejected.id, expectedVersion: 1, approve: false, remark: '另行安排' }, chief);
      expect((await call<DutyDayView>(DutySubjects.rosterGet, { id: dutyDay.id }, staff)).leaderName).toBe('王建国');
    });

    it('records handovers and the duty log, searchable in Chinese; an unknown caller unit is refused', async () => {
      await call(DutySubjects.handoverCreate, { shiftDate: '2026-11-07', shift: 'night', fromName: '赵强', toName: '孙丽', handedOverAt: '2026-11-08T00:30:00Z', pendingMatters: '某镇停电情况待续报' }, staff);
      const handovers = await call<{ items: { pendingMatters: string }[] }>(DutySubjects.handoverList, { from: '2026-11-07', to: '2026-11-07' }, staff);
      expect(handovers.items.map((h) => h.pendingMatters)).toEqual(['某镇停电情况待续报']);
      const log = await call<{ id: string }>(DutySubjects.logCreate, { kind: 'call', receivedAt: '2026-11-07T13:20:00Z', callerUnitId: units['BS-Z-CS'], callerName: '值班员', title: '池上镇报告森林防火情况', summary: '巡查未发现火情' }, staff);
      const handled = await call<{ handling: string; version: number }>(DutySubjects.logUpdateHandling, { id: log.id, expectedVersion: 1, handling: '已报带班领导，督促加强夜间巡查' }, staff);
      expect(handled).toMatchObject({ handling: '已报带班领导，督促加强夜间巡查', version: 2 });
      await expect(call(DutySubjects.logUpdateHandling, { id: log.id, expectedVersion: 1, handling: '过期的修改' }, staff)).rejects.toMatchObject({ spec: { code: 'DUTY.VERSION_CONFLICT' } });
      const history = await call<{ entries: { version: number; action: string; changedBy: string }[] }>(DutySubjects.history, { recordKind: 'duty_log', id: log.id }, staff);
      expect(history.entries.map((e) => [e.version, e.action, e.changedBy])).toEqual([
        [1, 'created', 'zhiban01'],
        [2, 'handling-updated', 'zhiban01'],
      ]);
      const found = await call<{ items: { title: string }[]; total: number }>(DutySubjects.logList, { q: '森林防火' }, staff);
      expect(found.items.map((l) => l.title)).toEqual(['池上镇报告森林防火情况']);
      await expect(call(DutySubjects.logCreate, { kind: 'call', receivedAt: '2026-11-07T13:20:00Z', callerUnitId: '00000000-0000-4000-8000-000000000001', title: '未知单位', summary: '…' }, staff)).rejects.toMatchObject({
        spec: { code: 'DUTY.UNKNOWN_UNIT' },
      });
    });
  });

  describe('leader instructions relayed to units', () => {
    it('records the instruction, publishes it with the instruction id as event id, and records who was told', async () => {
      const matter = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '城区燃气管道破裂', level: 'large', occurredAt: '2030-05-01T01:00:00Z', receivedAt: '2030-05-01T01:05:00Z', summary: '已关阀' }, staff);
      const instruction = await call<DutyInstructionView>(
        DutySubjects.instructionRecord,
        { sourceKind: 'urgent_matter', sourceId: matter.id, leaderName: '王区长', leaderTitle: '区长', text: '请住建局牵头，应急局配合，迅速处置', instructedAt: '2030-05-01T01:30:00Z', leadUnitId: units['BS-ZJJ'], coUnitIds: [units['BS-YJJ']], dueDate: '2030-05-03' },
        staff,
      );
      expect(instruction.sourceTitle).toBe('城区燃气管道破裂');
      expect(instruction.relays).toEqual([expect.objectContaining({ unitId: units['BS-ZJJ'], role: 'lead', status: 'pending' }), expect.objectContaining({ unitId: units['BS-YJJ'], role: 'co', status: 'pending' })]);
      const [event] = (await outbox(DutyAndMeetingsEvents.dutyInstructionRecorded)).filter((e) => e.envelope.data.instructionId === instruction.id);
      expect(event.envelope.id).toBe(instruction.id);
      expect(event.envelope.data).toMatchObject({ sourceKind: 'urgent_matter', leadUnitId: units['BS-ZJJ'], coUnitIds: [units['BS-YJJ']], dueDate: '2030-05-03', recordedBy: 'zhiban01' });

      const relayed = await call<DutyInstructionView>(DutySubjects.instructionRelay, { id: instruction.id, unitId: units['BS-ZJJ'], notifiedPerson: '住建局值班员张明', channel: '电话' }, staff);
      expect(relayed.relays[0]).toMatchObject({ status: 'notified', notifiedPerson: '住建局值班员张明', channel: '电话', notifiedBy: 'zhiban01' });
      expect(relayed.version).toBe(2);
      await expect(call(DutySubjects.instructionRelay, { id: instruction.id, unitId: units['BS-CZJ'], notifiedPerson: '某人', channel: '电话' }, staff)).rejects.toMatchObject({
        spec: { code: 'DUTY_INSTRUCTION.UNIT_NOT_NAMED' },
      });
    });
    it('a unit’s liaison sees only the instructions relayed to their unit, by list and by id, and signs for receipt once, with the time', async () => {
      const zjj = liaisonOf(units['BS-ZJJ'], { username: 'zjj-liaison', displayName: '住建局联络员', permissions: ['duty:receive'] });
      const czj = liaisonOf(units['BS-CZJ'], { permissions: ['duty:receive'] });
      const log = await call<{ id: string }>(DutySubjects.logCreate, { kind: 'report', title: '暴雨致低洼路段积水', summary: '多处积水', receivedAt: '2030-06-02T08:00:00Z' }, staff);
      const record = (text: string, leadUnitId: string) =>
        call<DutyInstructionView>(DutySubjects.instructionRecord, { sourceKind: 'duty_log', sourceId: log.id, leaderName: '王区长', text, instructedAt: '2030-06-02T08:30:00Z', leadUnitId, coUnitIds: [] }, staff);
      const ours = await record('请住建局组织排水抢险，及时报告', units['BS-ZJJ']);
      const theirs = await record('请财政局保障抢险资金', units['BS-CZJ']);
      const both = await call<DutyInstructionView>(
        DutySubjects.instructionRecord,
        { sourceKind: 'duty_log', sourceId: log.id, leaderName: '李副区长', text: '住建局牵头、应急局配合排查隐患', instructedAt: '2030-06-02T09:00:00Z', leadUnitId: units['BS-ZJJ'], coUnitIds: [units['BS-YJJ']] },
        staff,
      );

      const page = await call<{ items: DutyInstructionView[]; total: number }>(DutySubjects.instructionList, { q: '排', limit: 50 }, zjj);
      expect(page.items.map((i) => i.id)).toEqual([both.id, ours.id]);
      // A liaison sees their own unit's relay only, not the other units'.
      expect(page.items[0].relays.map((r) => r.unitId)).toEqual([units['BS-ZJJ']]);
      await expect(call(DutySubjects.instructionGet, { id: theirs.id }, zjj)).rejects.toMatchObject({ spec: { code: 'DUTY_INSTRUCTION.NOT_FOUND' } });
      await expect(call(DutySubjects.instructionReceive, { id: theirs.id }, zjj)).rejects.toMatchObject({ spec: { code: 'DUTY_INSTRUCTION.NOT_FOUND' } });
      // A filter for another unit does not widen a liaison's view.
      const widened = await call<{ items: DutyInstructionView[] }>(DutySubjects.instructionList, { unitId: units['BS-CZJ'], limit: 50 }, zjj);
      expect(widened.items.every((i) => i.relays.every((r) => r.unitId === units['BS-ZJJ']))).toBe(true);
      expect(widened.items.map((i) => i.id)).not.toContain(theirs.id);

      const before = Date.now();
      const received = await call<DutyInstructionView>(DutySubjects.instructionReceive, { id: ours.id }, zjj);
      expect(received.version).toBe(2);
      expect(received.relays).toEqual([expect.objectContaining({ unitId: units['BS-ZJJ'], status: 'received', receivedBy: '住建局联络员' })]);
      expect(Date.parse(received.relays[0].receivedAt as string)).toBeGreaterThanOrEqual(before - 1000);
      await expect(call(DutySubjects.instructionReceive, { id: ours.id }, zjj)).rejects.toMatchObject({ spec: { code: 'DUTY_INSTRUCTION.ALREADY_RECEIVED' } });
      // The office sees the receipt; a later relay by phone does not undo it.
      const relayed = await call<DutyInstructionView>(DutySubjects.instructionRelay, { id: ours.id, unitId: units['BS-ZJJ'], notifiedPerson: '住建局值班员', channel: '电话' }, staff);
      expect(relayed.relays[0]).toMatchObject({ status: 'received', receivedBy: '住建局联络员', notifiedPerson: '住建局值班员' });
      const pending = await call<{ items: DutyInstructionView[] }>(DutySubjects.instructionList, { unitId: units['BS-ZJJ'], relayStatus: 'pending', limit: 50 }, staff);
      expect(pending.items.map((i) => i.id)).toContain(both.id);
      expect(pending.items.map((i) => i.id)).not.toContain(ours.id);
      const history = await call<{ entries: { action: string }[] }>(DutySubjects.history, { recordKind: 'duty_instruction', id: ours.id }, staff);
      expect(history.entries.map((h) => h.action)).toEqual(['recorded', 'received', 'relayed']);

      // Office staff do not sign for a unit; a liaison without the permission sees nothing.
      await expect(call(DutySubjects.instructionReceive, { id: both.id }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
      await expect(call(DutySubjects.instructionList, {}, liaisonOf(units['BS-ZJJ'], { permissions: ['duty:unit-roster'] }))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
      expect((await call<{ items: DutyInstructionView[] }>(DutySubjects.instructionList, { limit: 50 }, czj)).items.map((i) => i.id)).toEqual([theirs.id]);
    });
  });

  describe("units' own duty rosters", () => {
    const entries = [{ date: '2026-12-31', leaderName: '刘局长', officerNames: ['小王'], phone: '0533-4180110' }];

    it('a liaison files only for their own unit, 综合科 returns it with remarks, the unit files again and it is checked', async () => {
      const liaison = liaisonOf(units['BS-GAJ'], { permissions: ['duty:unit-roster'] });
      const other = liaisonOf(units['BS-CZJ'], { permissions: ['duty:unit-roster'] });
      await expect(call(DutySubjects.unitRosterFile, { unitId: units['BS-CZJ'], periodStart: '2026-12-31', periodEnd: '2027-01-03', entries }, liaison)).rejects.toMatchObject({ spec: { code: 'DUTY.FORBIDDEN' } });
      await expect(call(DutySubjects.unitRosterFile, { periodStart: '2027-01-01', periodEnd: '2027-01-03', entries }, liaison)).rejects.toMatchObject({ spec: { code: 'DUTY.BAD_PERIOD' } });
      const filed = await call<UnitRosterView>(DutySubjects.unitRosterFile, { periodStart: '2026-12-31', periodEnd: '2027-01-03', entries }, liaison);
      expect(filed).toMatchObject({ unitId: units['BS-GAJ'], status: 'filed', version: 1 });
      await expect(call(DutySubjects.unitRosterGet, { id: filed.id }, other)).rejects.toMatchObject({ spec: { code: 'DUTY.NOT_FOUND' } });
      expect((await call<{ items: unknown[] }>(DutySubjects.unitRosterList, {}, other)).items).toEqual([]);
      await expect(call(DutySubjects.unitRosterCheck, { id: filed.id, expectedVersion: 1, result: 'checked' }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

      const returned = await call<UnitRosterView>(DutySubjects.unitRosterCheck, { id: filed.id, expectedVersion: 1, result: 'returned', remarks: '元旦三天须安排带班领导' }, staff);
      expect(returned).toMatchObject({ status: 'returned', remarks: '元旦三天须安排带班领导', checkedBy: 'zhiban01' });
      const full = [...entries, ...['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, leaderName: '刘局长', officerNames: ['小李'], phone: '0533-4180110' }))];
      const refiled = await call<UnitRosterView>(DutySubjects.unitRosterRefile, { id: filed.id, expectedVersion: 2, periodStart: '2026-12-31', periodEnd: '2027-01-03', entries: full }, liaison);
      expect(refiled).toMatchObject({ status: 'filed', version: 3 });
      const checked = await call<UnitRosterView>(DutySubjects.unitRosterCheck, { id: filed.id, expectedVersion: 3, result: 'checked' }, staff);
      expect(checked.status).toBe('checked');
      const mine = await call<{ items: UnitRosterView[] }>(DutySubjects.unitRosterList, {}, liaison);
      expect(mine.items.map((r) => r.id)).toEqual([filed.id]);
    });
  });

  describe('public opinion', () => {
    it('assigns with a deadline from the engine over the calendar, the unit answers, 综合科 reviews; a liaison sees only their own', async () => {
      await eventually(async () => (await app.parts.dataSource.query(`SELECT 1 FROM "${app.parts.schema}".calendar_year_copy WHERE year = 2026`)).length > 0, 15_000, 'calendar copy');
      const opinion = app.nest.get(OpinionService);
      const item = await call<OpinionView>(OpinionSubjects.create, { title: '网传某小区供暖不热', source: 'social_media', level: 'general', summary: '多名居民反映', foundAt: '2026-09-30T01:00:00Z' }, staff);
      expect(item.status).toBe('collected');
      const assigned = await opinion.assign({ id: item.id, expectedVersion: 1, unitId: units['BS-ZJJ'] }, staff, new Date('2026-09-30T02:00:00Z'));
      // 3 working days from 30 September: the National Day holiday is skipped.
      expect(assigned.responseDue! > '2026-10-07').toBe(true);
      expect(assigned.deadlineExplanation.join('\n')).toContain('国庆节');
      expect(assigned.deadlineExplanation.join('\n')).toContain('依据：区政府办公室惯例');

      const liaison = liaisonOf(units['BS-ZJJ'], { permissions: ['opinion:respond'] });
      const stranger = liaisonOf(units['BS-CZJ'], { permissions: ['opinion:respond'] });
      expect((await call<{ items: OpinionView[] }>(OpinionSubjects.list, {}, liaison)).items.map((i) => i.id)).toEqual([item.id]);
      expect((await call<{ items: OpinionView[] }>(OpinionSubjects.list, {}, stranger)).items).toEqual([]);
      await expect(call(OpinionSubjects.get, { id: item.id }, stranger)).rejects.toMatchObject({ spec: { code: 'OPINION.NOT_FOUND' } });
      await expect(call(OpinionSubjects.respond, { id: item.id, expectedVersion: 2, response: '已回应' }, stranger)).rejects.toMatchObject({ spec: { code: 'OPINION.NOT_FOUND' } });

      await opinion.respond({ id: item.id, expectedVersion: 2, response: '已约谈供热公司，今日恢复' }, liaison, new Date('2026-10-09T02:00:00Z'));
      await expect(call(OpinionSubjects.review, { id: item.id, expectedVersion: 3, result: 'returned' }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
      const returned = await call<OpinionView>(OpinionSubjects.review, { id: item.id, expectedVersion: 3, result: 'returned', remark: '请补充回应渠道' }, staff);
      expect(returned.status).toBe('returned');
      await opinion.respond({ id: item.id, expectedVersion: 4, response: '已在政务微博回应，并入户检查' }, liaison, new Date('2026-10-09T06:00:00Z'));
      const accepted = await call<OpinionView>(OpinionSubjects.review, { id: item.id, expectedVersion: 5, result: 'accepted' }, staff);
      expect(accepted).toMatchObject({ status: 'accepted', overdue: false, response: '已在政务微博回应，并入户检查' });
    });

    it('counts per unit: assigned, answered on time, overdue, and the mean response time, in SQL', async () => {
      const opinion = app.nest.get(OpinionService);
      const unit = units['BS-SJJ'];
      const make = async (title: string) => (await call<OpinionView>(OpinionSubjects.create, { title, source: 'hotline', level: 'important', summary: '…', foundAt: '2030-06-03T01:00:00Z' }, staff)).id;
      // 较大: 2 calendar days from Monday 3 June 2030 → Wednesday 5 June.
      const onTime = await make('食品安全投诉一');
      const late = await make('食品安全投诉二');
      const open = await make('食品安全投诉三');
      for (const id of [onTime, late, open]) await opinion.assign({ id, expectedVersion: 1, unitId: unit }, staff, new Date('2030-06-03T02:00:00Z'));
      expect((await call<OpinionView>(OpinionSubjects.get, { id: onTime }, staff)).responseDue).toBe('2030-06-05');
      await opinion.respond({ id: onTime, expectedVersion: 2, response: '已处理' }, staff, new Date('2030-06-03T12:00:00Z'));
      await opinion.respond({ id: late, expectedVersion: 2, response: '已处理' }, staff, new Date('2030-06-07T02:00:00Z'));
      const stats = await opinion.statistics({ from: '2030-06-01', to: '2030-06-30' }, staff, new Date('2030-06-10T00:00:00Z'));
      expect(stats.items).toEqual([{ unitId: unit, assigned: 3, responded: 2, onTime: 1, overdue: 2, averageResponseHours: 53 }]);
      const viaRpc = await call<OpinionStatistics.Reply>(OpinionSubjects.statistics, { from: '2030-06-01', to: '2030-06-30' }, staff);
      expect(viaRpc.items[0]).toMatchObject({ unitId: unit, assigned: 3, onTime: 1 });
    });
  });

  describe('a calendar year loaded later', () => {
    it('re-marks the duty days of that year and re-dates the open opinion deadlines counted into it, with the reason', async () => {
      const newYearsDay = await call<DutyDayView>(DutySubjects.rosterCreate, { dutyDate: '2031-01-01', leaderName: '王建国', officerNames: ['李明'] }, staff);
      expect(newYearsDay.dayKind).toBe('workday');
      const opinion = app.nest.get(OpinionService);
      const item = await call<OpinionView>(OpinionSubjects.create, { title: '元旦前网民反映供暖问题', source: 'hotline', level: 'general', summary: '…', foundAt: '2030-12-31T01:00:00Z' }, staff);
      const assigned = await opinion.assign({ id: item.id, expectedVersion: 1, unitId: units['BS-ZJJ'] }, staff, new Date('2030-12-31T02:00:00Z'));
      // 3 working days after Tuesday 31 December 2030, judged on weekends alone while 2031 is not published.
      expect(assigned).toMatchObject({ responseDue: '2031-01-03', deadlineProvisional: true });

      await call(
        'calendar.year.put',
        { year: 2031, holidays: ['2031-01-01', '2031-01-02', '2031-01-03'].map((date) => ({ date, name: '元旦' })), makeupWorkdays: [], source: '国务院办公厅关于2031年部分节假日安排的通知（测试）' },
        caller({ roles: ['sys_admin'], permissions: ['calendar:write'] }),
      );
      const remarked = await eventually(async () => {
        const day = await call<DutyDayView>(DutySubjects.rosterGet, { id: newYearsDay.id }, staff);
        return day.dayKind === 'holiday' ? day : undefined;
      }, 15_000, 'duty day re-marked');
      expect(remarked).toMatchObject({ holidayDuty: true, holidayName: '元旦', version: 2, updatedBy: 'system' });
      const redated = await eventually(async () => {
        const view = await call<OpinionView>(OpinionSubjects.get, { id: item.id }, staff);
        return view.responseDue !== '2031-01-03' ? view : undefined;
      }, 15_000, 'opinion re-dated');
      expect(redated).toMatchObject({ responseDue: '2031-01-08', deadlineProvisional: false, version: 3 });
      expect(redated.deadlineExplanation.join('\n')).toContain('2031 年节假日安排更新后重新计算');
    });
  });

  describe('reports upward', () => {
    it('compiles a report from duty entries with a snapshot of their text, and records each dispatch', async () => {
      const log = await call<{ id: string }>(DutySubjects.logCreate, { kind: 'report', receivedAt: '2030-07-01T01:00:00Z', title: '汛期值守情况', summary: '各镇街值守到位', handling: '已报区领导' }, staff);
      const matter = await call<UrgentMatterView>(DutySubjects.urgentCreate, { title: '河道水位上涨', level: 'general', occurredAt: '2030-07-01T02:00:00Z', receivedAt: '2030-07-01T02:10:00Z', location: '孝妇河', summary: '超警戒 0.2 米' }, staff);
      const report = await call<UpwardReportView>(UpwardReportSubjects.compile, { title: '博山区汛期值守情况报告', kind: 'important_situation', intro: '现将有关情况报告如下：', dutyLogIds: [log.id], urgentMatterIds: [matter.id] }, staff);
      expect(report.entries.map((e) => e.sourceKind)).toEqual(['duty_log', 'urgent_matter']);
      expect(report.entries[1].text).toBe('【一般】超警戒 0.2 米\n地点：孝妇河');
      expect(report.body).toContain('一、汛期值守情况（2030-07-01 09:00）');
      expect(report.body).toContain('二、河道水位上涨（2030-07-01 10:10）');
      const sent = await call<UpwardReportView>(UpwardReportSubjects.dispatch, { id: report.id, recipient: '淄博市政府总值班室', channel: '传真', sentAt: '2030-07-01T03:00:00Z' }, staff);
      expect(sent.dispatches).toEqual([expect.objectContaining({ recipient: '淄博市政府总值班室', channel: '传真', sentAt: '2030-07-01T03:00:00.000Z', sentBy: 'zhiban01' })]);
      expect(sent.version).toBe(2);
      await expect(call(UpwardReportSubjects.compile, { title: '空报告', kind: 'work_report', dutyLogIds: [], urgentMatterIds: [] }, staff)).rejects.toMatchObject({ spec: { code: 'UPWARD_REPORT.EMPTY' } });
    });
  });
});
