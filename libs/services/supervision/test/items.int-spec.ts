import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays, shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { DocumentSecretariatEvents, type LeaderInstructionRecorded, type RoutingDeadlineLinked } from '@gov/contracts-document-secretariat';
import { DutyAndMeetingsEvents, type DutyInstructionRecorded, type MeetingDecisionPublished } from '@gov/contracts-duty-and-meetings';
import { LeadingGroupMeetingEvents, type LeadingGroupMeetingDecisionPublished } from '@gov/contracts-personnel-finance';
import {
  AssessmentEvents,
  AssessmentSubjects,
  SupervisionItemEvents,
  SupervisionItemSubjects,
  SupervisionWarningSubjects,
  type AssessmentFinalResultView,
  type AssessmentPeriodView,
  type GetAssessmentResults,
  type ListOverdueByLeader,
  type ListOverdueByUnit,
  type ListSupervisionItems,
  type OverdueTrend,
  type SupervisionItemDetail,
  type SupervisionItemView,
} from '@gov/contracts-supervision';
import { streamOf } from '@gov/contracts-common';
import { buildEnvelope, CalendarCopy } from '@gov/platform';
import { caller, eventually, producerHeaders } from '@gov/testing';
import { WarningsJob } from '../src/modules/warnings/warnings.job.js';
import { supervisionTestbed } from './testbed.js';

/**
 * 督办事项 in supervision against real PostgreSQL and the real bus. The source events are published on the bus as
 * their producers' outbox relays would (the producers themselves run in apps/platform/test/supervision.e2e-spec.ts);
 * the unit directory and the calendar copy are filled as their events would have left them (2025–2026 only).
 */
describe('supervision items: sources, feedback cycle, warnings and assessment', () => {
  let job: WarningsJob;
  const unitA = { id: randomUUID() };
  const unitB = { id: randomUUID() };
  const town = { id: randomUUID() };
  const bed = supervisionTestbed({
    units: [
      { id: unitA.id, code: 'SUP-A', name: '督办测试应急局' },
      { id: unitB.id, code: 'SUP-B', name: '督办测试住建局' },
      { id: town.id, code: 'SUP-T', name: '督办测试镇', type: 'town' },
    ],
    // 2027 is left out: a test loads it and watches the open deadlines move.
    calendarYears: (year) => year === 2025 || year === 2026,
  });

  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', username: 'ducha1', permissions: ['supervision:read', 'supervision:manage', 'assessment:read', 'assessment:manage'], clearance: 3 });
  const duchaChief = caller({ roles: ['section_chief'], sectionCode: 'ducha', username: 'ducha-chief', permissions: ['supervision:read', 'supervision:manage', 'supervision:configure'], clearance: 3 });
  const liaisonOf = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], unitId, permissions: ['supervision:read-own', 'supervision:report-own'] });

  const call = <T = SupervisionItemDetail>(subject: string, payload: unknown, who: CallerContext = ducha) => bed.call<T>(subject, payload, who);
  const sql = (text: string, params: unknown[] = []) => bed.sql(text, params);
  const eventsOf = async (subject: string, itemId: string) =>
    (await sql(`SELECT envelope FROM supervision.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'id' = $2 ORDER BY seq`, [subject, itemId])) as { envelope: { data: Record<string, unknown> } }[];
  const bySource = async (sourceId: string, who: CallerContext = ducha) => (await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { sourceId, limit: 100 }, who)).items;

  const instruction = (extra: Partial<LeaderInstructionRecorded.Event> = {}): LeaderInstructionRecorded.Event => ({
    instructionId: randomUUID(),
    sourceKind: 'incoming',
    sourceId: randomUUID(),
    sourceTitle: '关于做好今冬明春安全生产工作的通知',
    sourceDocNumber: '淄政办字〔2026〕88号',
    leaderName: '王区长',
    leaderTitle: '区长',
    leaderUserId: randomUUID(),
    text: '请应急局牵头抓好落实，住建局配合，月底前报结果。',
    instructedAt: '2026-11-20T09:00:00+08:00',
    leadUnitId: unitA.id,
    coUnitIds: [unitB.id],
    followedBy: 'mishu_yi',
    secrecyLevel: 0,
    recordedBy: 'wenmi1',
    ...extra,
  });
  /** Publishes an event as its producer's outbox relay does (the event id is the JetStream message id). */
  const publish = async (producer: 'document-secretariat' | 'duty-and-meetings' | 'personnel-finance', subject: string, data: unknown, envelopeId: string = randomUUID(), msgId: string = envelopeId) => {
    await bed.client.bus.ensureStream(streamOf(producer), `evt.${producer}.>`);
    const envelope = buildEnvelope(producer, subject, data, envelopeId);
    await bed.client.bus.publish(subject, envelope, msgId, producerHeaders(bed.environment, producer, envelope));
    return envelope;
  };
  const processed = async (subject: string) => (await sql(`SELECT count(*)::int AS n FROM supervision.inbox WHERE subject = $1`, [subject]))[0].n as number;
  const emitInstruction = (event: LeaderInstructionRecorded.Event) => publish('document-secretariat', DocumentSecretariatEvents.instructionRecorded, event);
  const higherAssignment = (extra: Record<string, unknown> = {}) =>
    call(SupervisionItemSubjects.create, { kind: 'higher_assignment', higherLevel: 'city', title: '市政府交办：冬季供暖保障', content: '确保供暖平稳', leadUnitId: unitA.id, coUnitIds: [], leaderName: '李副区长', ...extra });
  const lightOf = async (id: string) => (await call(SupervisionItemSubjects.get, { id })).light;

  beforeAll(() => {
    job = bed.app.nest.get(WarningsJob);
  });

  it('the-same-instruction-delivered-twice-creates-one-item-linked-to-its-document', async () => {
    const event = instruction();
    const before = await processed(DocumentSecretariatEvents.instructionRecorded);
    const first = await emitInstruction(event);
    await eventually(async () => (await processed(DocumentSecretariatEvents.instructionRecorded)) === before + 1, 15_000, 'first delivery');
    // The same envelope delivered again (past the bus's duplicate window): the inbox drops it.
    await publish('document-secretariat', DocumentSecretariatEvents.instructionRecorded, event, first.id, randomUUID());
    // The producer publishing the same 批示 again under a new envelope: the (source kind, source id) key holds.
    await emitInstruction(event);
    await eventually(async () => (await processed(DocumentSecretariatEvents.instructionRecorded)) === before + 2, 15_000, 'the republished event');
    await new Promise((resolve) => setTimeout(resolve, 300)); // give a wrongly accepted redelivery time to show
    expect(await processed(DocumentSecretariatEvents.instructionRecorded)).toBe(before + 2);
    const items = await bySource(event.sourceId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'leader_instruction',
      status: 'assigned',
      leadUnitId: unitA.id,
      coUnitIds: [unitB.id],
      leaderName: '王区长',
      source: { kind: 'leader_instruction', id: event.instructionId, parentKind: 'incoming', parentId: event.sourceId, reference: '淄政办字〔2026〕88号' },
    });
    // No due date in the 批示: the default 15 working days from the day of the instruction, by the engine.
    expect(items[0].due).toMatchObject({ basis: 'computed', dueDate: '2026-12-11', provisional: false });
    expect(items[0].due.explanation.join('\n')).toContain('起算日 2026-11-20');
    expect(await bySource(event.instructionId)).toHaveLength(1);
    expect(await eventsOf(SupervisionItemEvents.created, items[0].id)).toHaveLength(1);
  });

  it('an-instruction-for-an-unknown-unit-waits-for-the-office-and-is-resolved-through-the-api', async () => {
    const stranger = randomUUID();
    const event = instruction({ leadUnitId: stranger, coUnitIds: [unitB.id], dueDate: '2026-12-31' });
    await emitInstruction(event);
    const [item] = await eventually(async () => {
      const found = await bySource(event.instructionId);
      return found.length ? found : undefined;
    }, 15_000, 'the unresolved item');
    expect(item).toMatchObject({ status: 'needs_unit_resolution', leadUnitId: null, unresolvedUnitIds: [stranger], coUnitIds: [unitB.id] });
    const waiting = await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { status: 'needs_unit_resolution', limit: 100 });
    expect(waiting.items.map((i) => i.id)).toContain(item.id);
    // Nobody's liaison sees it until the office names the unit.
    expect((await bySource(event.instructionId, liaisonOf(unitA.id))).map((i) => i.id)).toEqual([]);

    const resolved = await call(SupervisionItemSubjects.resolveUnits, { id: item.id, expectedVersion: item.version, leadUnitId: unitA.id, coUnitIds: [unitB.id], note: '经核实由应急局牵头' });
    expect(resolved).toMatchObject({ status: 'assigned', leadUnitId: unitA.id, unresolvedUnitIds: [], version: item.version + 1 });
    expect(resolved.assignedAt).not.toBeNull();
    expect(resolved.timeline.map((t) => t.action)).toEqual(expect.arrayContaining(['registered', 'assigned']));
    expect(await eventsOf(SupervisionItemEvents.assigned, item.id)).toHaveLength(1);
    await expect(call(SupervisionItemSubjects.resolveUnits, { id: item.id, expectedVersion: resolved.version, leadUnitId: randomUUID(), coUnitIds: [] })).rejects.toMatchObject({
      spec: { code: 'SUPERVISION_ITEM.WRONG_STATUS' },
    });
  });

  it('a-duty-instruction-without-a-unit-waits-for-the-office', async () => {
    const event: DutyInstructionRecorded.Event = {
      instructionId: randomUUID(),
      sourceKind: 'urgent_matter',
      sourceId: randomUUID(),
      sourceTitle: '城西街道突发停水',
      leaderName: '李副区长',
      text: '请相关部门尽快恢复供水并报告。',
      instructedAt: '2026-11-26T20:15:00+08:00',
      coUnitIds: [],
      recordedBy: 'zhiban1',
    };
    await publish('duty-and-meetings', DutyAndMeetingsEvents.dutyInstructionRecorded, event);
    const [item] = await eventually(async () => {
      const found = await bySource(event.sourceId);
      return found.length ? found : undefined;
    }, 15_000, 'the duty instruction item');
    expect(item).toMatchObject({ kind: 'duty_instruction', status: 'needs_unit_resolution', leadUnitId: null, unresolvedUnitIds: [], source: { kind: 'duty_instruction', id: event.instructionId, parentKind: 'urgent_matter' } });
    expect(item.title).toBe('李副区长对紧急事项的批示：城西街道突发停水');
  });

  it('the-warnings-job-assigns-a-waiting-item-once-the-directory-knows-every-unit-its-source-named', async () => {
    const newLead = randomUUID();
    const newCo = randomUUID();
    const unknownLead = instruction({ leadUnitId: newLead, coUnitIds: [unitB.id] });
    const unknownCo = instruction({ leadUnitId: unitA.id, coUnitIds: [newCo] });
    const noUnit: DutyInstructionRecorded.Event = {
      instructionId: randomUUID(),
      sourceKind: 'urgent_matter',
      sourceId: randomUUID(),
      sourceTitle: '城东街道燃气泄漏',
      leaderName: '李副区长',
      text: '请相关部门立即处置。',
      instructedAt: '2026-11-26T21:00:00+08:00',
      coUnitIds: [],
      recordedBy: 'zhiban1',
    };
    await emitInstruction(unknownLead);
    await emitInstruction(unknownCo);
    await publish('duty-and-meetings', DutyAndMeetingsEvents.dutyInstructionRecorded, noUnit);
    const waitingItem = async (sourceId: string) => (await eventually(async () => ((await bySource(sourceId)).length ? await bySource(sourceId) : undefined), 15_000, 'the waiting item'))[0];
    const [first, second, third] = [await waitingItem(unknownLead.instructionId), await waitingItem(unknownCo.instructionId), await waitingItem(noUnit.instructionId)];
    expect([first.status, second.status, third.status]).toEqual(['needs_unit_resolution', 'needs_unit_resolution', 'needs_unit_resolution']);
    expect(second).toMatchObject({ leadUnitId: null, unresolvedUnitIds: [newCo] });

    // Nothing new in the directory: the job leaves all three waiting.
    await job.recompute();
    expect((await call(SupervisionItemSubjects.get, { id: first.id })).status).toBe('needs_unit_resolution');

    await sql(`INSERT INTO supervision.unit_directory (id, code, name, type, status, version) VALUES ($1, 'SUP-N1', '督办测试新设局', 'department', 'active', 1)`, [newLead]);
    const outcome = await job.recompute();
    expect(outcome.unitsAssigned).toBe(1);
    const assigned = await call(SupervisionItemSubjects.get, { id: first.id });
    expect(assigned).toMatchObject({ status: 'assigned', leadUnitId: newLead, coUnitIds: [unitB.id], unresolvedUnitIds: [], version: first.version + 1 });
    expect(assigned.assignedAt).not.toBeNull();
    expect(assigned.timeline.at(-1)).toMatchObject({ action: 'assigned', fromStatus: 'needs_unit_resolution', toStatus: 'assigned', actor: '系统' });
    expect(await eventsOf(SupervisionItemEvents.assigned, first.id)).toHaveLength(1);
    // Its lead unit's liaison now sees it.
    expect((await bySource(unknownLead.instructionId, liaisonOf(newLead))).map((i) => i.id)).toEqual([first.id]);
    // The second still waits for its co-unit; the third named no unit and waits for the office.
    expect((await call(SupervisionItemSubjects.get, { id: second.id })).status).toBe('needs_unit_resolution');
    expect((await call(SupervisionItemSubjects.get, { id: third.id })).status).toBe('needs_unit_resolution');

    await sql(`INSERT INTO supervision.unit_directory (id, code, name, type, status, version) VALUES ($1, 'SUP-N2', '督办测试新设中心', 'department', 'active', 1)`, [newCo]);
    await job.recompute();
    // The lead the source named is kept while it waits and is the lead when it is 交办.
    expect(await call(SupervisionItemSubjects.get, { id: second.id })).toMatchObject({ status: 'assigned', leadUnitId: unitA.id, coUnitIds: [newCo], unresolvedUnitIds: [] });
    expect((await call(SupervisionItemSubjects.get, { id: third.id })).status).toBe('needs_unit_resolution');
    // Run again: nothing left to assign, no second event.
    expect((await job.recompute()).unitsAssigned).toBe(0);
    expect(await eventsOf(SupervisionItemEvents.assigned, first.id)).toHaveLength(1);
  });

  it('the-decided-items-of-a-meeting-become-one-item-each', async () => {
    const meetingId = randomUUID();
    const decision = (sequence: number, extra: Partial<MeetingDecisionPublished.Event> = {}): MeetingDecisionPublished.Event => ({
      decisionId: randomUUID(),
      meetingId,
      meetingTitle: '区政府第12次常务会议',
      meetingKind: 'executive',
      meetingDate: '2026-11-18',
      minutesNumber: '〔2026〕12号',
      sequence,
      content: `议定事项 ${sequence}`,
      leadUnitId: unitA.id,
      coUnitIds: [],
      chairName: '王区长',
      publishedAt: '2026-11-19T10:00:00+08:00',
      secrecyLevel: 0,
      ...extra,
    });
    const decisions = [decision(1, { dueDate: '2026-12-15' }), decision(2), decision(3, { leadUnitId: unitB.id, coUnitIds: [unitA.id] })];
    const before = await processed(DutyAndMeetingsEvents.meetingDecisionPublished);
    for (const d of decisions) await publish('duty-and-meetings', DutyAndMeetingsEvents.meetingDecisionPublished, d);
    await publish('duty-and-meetings', DutyAndMeetingsEvents.meetingDecisionPublished, decisions[0]); // published again
    const items = await eventually(async () => {
      const found = await bySource(meetingId);
      return found.length === 3 && (await processed(DutyAndMeetingsEvents.meetingDecisionPublished)) === before + 4 ? found : undefined;
    }, 15_000, 'three items of the meeting');
    expect(items.map((i) => i.source.id).sort()).toEqual(decisions.map((d) => d.decisionId).sort());
    expect(items.every((i) => i.kind === 'meeting_decision' && i.source.parentId === meetingId)).toBe(true);
    const first = items.find((i) => i.source.id === decisions[0].decisionId)!;
    expect(first.due).toMatchObject({ basis: 'given', dueDate: '2026-12-15' });
  });

  it('each-decided-item-of-a-party-group-meeting-becomes-one-item-and-a-republished-one-stays-one', async () => {
    const meetingId = randomUUID();
    const decision = (sequence: number, extra: Partial<LeadingGroupMeetingDecisionPublished.Event> = {}): LeadingGroupMeetingDecisionPublished.Event => ({
      decisionId: randomUUID(),
      meetingId,
      meetingTitle: '2026年第12次党组会',
      meetingKind: 'party_group',
      meetingDate: '2026-11-20',
      minutesNumber: '〔2026〕12号',
      sequence,
      content: `党组会议定事项 ${sequence}`,
      leadUnitId: unitA.id,
      coUnitIds: [],
      chairName: '孙建国',
      publishedAt: '2026-11-20T16:00:00+08:00',
      secrecyLevel: 0,
      ...extra,
    });
    const decisions = [decision(1, { dueDate: '2026-12-18' }), decision(2, { leadUnitId: unitB.id, coUnitIds: [unitA.id] })];
    const subject = LeadingGroupMeetingEvents.decisionPublished;
    const before = await processed(subject);
    for (const d of decisions) await publish('personnel-finance', subject, d);
    // personnel-finance publishing the first decided item again under a new envelope: the (source kind, source id) key holds.
    await publish('personnel-finance', subject, decisions[0]);
    const items = await eventually(async () => {
      const found = await bySource(meetingId);
      return found.length === 2 && (await processed(subject)) === before + 3 ? found : undefined;
    }, 15_000, 'two items of the party group meeting');
    await new Promise((resolve) => setTimeout(resolve, 300)); // give a wrongly accepted redelivery time to show
    expect(await bySource(meetingId)).toHaveLength(2);
    expect(items.map((i) => i.source.id).sort()).toEqual(decisions.map((d) => d.decisionId).sort());
    const first = items.find((i) => i.source.id === decisions[0].decisionId)!;
    expect(first).toMatchObject({
      kind: 'meeting_decision',
      status: 'assigned',
      title: '2026年第12次党组会议定事项（1）',
      leadUnitId: unitA.id,
      leaderName: '孙建国',
      leaderTitle: '党组会主持人',
      source: { kind: 'leading_group_decision', kindLabel: '党组会、主任办公会议定事项', parentKind: 'leading_group_meeting', parentId: meetingId, reference: '〔2026〕12号' },
    });
    expect(first.due).toMatchObject({ basis: 'given', dueDate: '2026-12-18' });
    const second = items.find((i) => i.source.id === decisions[1].decisionId)!;
    expect(second).toMatchObject({ leadUnitId: unitB.id, coUnitIds: [unitA.id] });
    expect((await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { kind: 'meeting_decision', sourceId: meetingId, limit: 100 })).items).toHaveLength(2);
  });

  it('a-liaison-of-unit-a-cannot-see-or-report-on-unit-b-items', async () => {
    const mine = await higherAssignment({ title: '本单位事项' });
    const theirs = await higherAssignment({ title: '他单位事项', leadUnitId: unitB.id });
    const liaisonA = liaisonOf(unitA.id);
    const list = await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { limit: 100 }, liaisonA);
    expect(list.items.map((i) => i.id)).toContain(mine.id);
    expect(list.items.map((i) => i.id)).not.toContain(theirs.id);
    expect(list.items.every((i) => i.leadUnitId === unitA.id || i.coUnitIds.includes(unitA.id))).toBe(true);
    // Filtering by the other unit does not widen the view.
    expect((await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { unitId: unitB.id, limit: 100 }, liaisonA)).items.every((i) => i.leadUnitId === unitA.id || i.coUnitIds.includes(unitA.id))).toBe(true);
    for (const [subject, payload] of [
      [SupervisionItemSubjects.get, { id: theirs.id }],
      [SupervisionItemSubjects.acknowledge, { id: theirs.id, expectedVersion: theirs.version }],
      [SupervisionItemSubjects.reportProgress, { id: theirs.id, expectedVersion: theirs.version, content: '冒充反馈' }],
      [SupervisionItemSubjects.requestExtension, { id: theirs.id, expectedVersion: theirs.version, workingDays: 5, reason: '冒充申请延期' }],
      [SupervisionItemSubjects.reportCompletion, { id: theirs.id, expectedVersion: theirs.version, content: '冒充办结' }],
    ] as const) {
      await expect(call(subject, payload, liaisonA)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.NOT_FOUND' } });
    }
    expect((await call(SupervisionItemSubjects.get, { id: theirs.id })).version).toBe(1);
    // A liaison does not do the office's steps.
    await expect(call(SupervisionItemSubjects.create, { kind: 'special_inspection', title: '自行立项', content: 'x', leadUnitId: unitA.id, coUnitIds: [] }, liaisonA)).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
  });

  it('the-feedback-cycle-keeps-every-timestamp-from-registration-to-closing', async () => {
    const task = await call(SupervisionItemSubjects.create, {
      kind: 'work_report_task',
      year: 2026,
      title: '2026年政府工作报告：老旧小区改造',
      content: '完成 20 个老旧小区改造',
      leadUnitId: unitA.id,
      coUnitIds: [unitB.id],
      leaderName: '李副区长',
      dueDate: '2026-12-31',
      milestones: [
        { quarter: 3, target: '完成 10 个' },
        { quarter: 4, target: '完成 20 个' },
      ],
    });
    expect(task.milestones.map((m) => [m.quarter, m.dueDate])).toEqual([
      [3, '2026-09-30'],
      [4, '2026-12-31'],
    ]);
    // The Q3 milestone passed without a report: red.
    expect(task.light).toBe('red');
    expect(task.lightReason).toContain('第 1 个节点');
    const liaisonA = liaisonOf(unitA.id);
    const liaisonB = liaisonOf(unitB.id);
    await expect(call(SupervisionItemSubjects.acknowledge, { id: task.id, expectedVersion: task.version }, liaisonB)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.FORBIDDEN' } });
    let item = await call(SupervisionItemSubjects.acknowledge, { id: task.id, expectedVersion: task.version }, liaisonA);
    expect(item.status).toBe('acknowledged');
    await expect(call(SupervisionItemSubjects.acknowledge, { id: task.id, expectedVersion: task.version }, liaisonA)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.VERSION_CONFLICT' } });
    item = await call(SupervisionItemSubjects.reportProgress, { id: item.id, expectedVersion: item.version, milestoneId: task.milestones[0].id, content: '已完成 10 个小区改造' }, liaisonA);
    expect(item.status).toBe('in_progress');
    expect(item.milestones[0].reportedAt).not.toBeNull();
    expect(item.light).not.toBe('red');
    item = await call(SupervisionItemSubjects.reportProgress, { id: item.id, expectedVersion: item.version, content: '住建局已完成图纸审查' }, liaisonB);
    expect(item.feedback.map((f) => [f.kind, f.unitId])).toEqual([
      ['progress', unitA.id],
      ['co_input', unitB.id],
    ]);
    await expect(call(SupervisionItemSubjects.reportCompletion, { id: item.id, expectedVersion: item.version, content: '配合单位报办结' }, liaisonB)).rejects.toMatchObject({
      spec: { code: 'SUPERVISION_ITEM.FORBIDDEN' },
    });

    item = await call(SupervisionItemSubjects.requestExtension, { id: item.id, expectedVersion: item.version, workingDays: 5, reason: '冬季施工受限' }, liaisonA);
    await expect(call(SupervisionItemSubjects.requestExtension, { id: item.id, expectedVersion: item.version, workingDays: 3, reason: '再次申请延期' }, liaisonA)).rejects.toMatchObject({
      spec: { code: 'SUPERVISION_ITEM.EXTENSION_PENDING' },
    });
    item = await call(SupervisionItemSubjects.decideExtension, { id: item.id, expectedVersion: item.version, extensionId: item.extensions[0].id, decision: 'approve' });
    // 2027 is not published yet: 5 working days after 2026-12-31 judged on weekends alone, and provisional.
    expect(item.due).toMatchObject({ dueDate: '2027-01-07', provisional: true });
    expect(item.due.explanation.join('\n')).toContain('延期 5 个工作日：冬季施工受限');
    expect(item.extensions[0]).toMatchObject({ status: 'approved', decidedBy: 'ducha1', dueBefore: '2026-12-31', dueAfter: '2027-01-07' });

    item = await call(SupervisionItemSubjects.reportCompletion, { id: item.id, expectedVersion: item.version, content: '20 个小区全部完工' }, liaisonA);
    expect(item.status).toBe('completion_reported');
    await expect(call(SupervisionItemSubjects.verify, { id: item.id, expectedVersion: item.version, decision: 'send_back' })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    item = await call(SupervisionItemSubjects.verify, { id: item.id, expectedVersion: item.version, decision: 'send_back', reason: '缺少验收材料' });
    expect(item).toMatchObject({ status: 'in_progress', sentBackCount: 1, completionReportedAt: null });
    item = await call(SupervisionItemSubjects.reportCompletion, { id: item.id, expectedVersion: item.version, content: '已补充验收材料' }, liaisonA);
    item = await call(SupervisionItemSubjects.verify, { id: item.id, expectedVersion: item.version, decision: 'close' });
    expect(item).toMatchObject({ status: 'closed', light: 'none' });
    for (const stamp of ['registeredAt', 'assignedAt', 'acknowledgedAt', 'lastFeedbackAt', 'completionReportedAt', 'closedAt'] as const) expect(item[stamp]).not.toBeNull();
    expect(item.timeline.filter((t) => t.action !== 'light_changed').map((t) => [t.action, t.actor])).toEqual([
      ['registered', 'ducha1'],
      ['assigned', 'ducha1'],
      ['acknowledged', liaisonA.username],
      ['feedback', liaisonA.username],
      ['co_input', liaisonB.username],
      ['extension_requested', liaisonA.username],
      ['extension_approved', 'ducha1'],
      ['completion_reported', liaisonA.username],
      ['sent_back', 'ducha1'],
      ['completion_reported', liaisonA.username],
      ['closed', 'ducha1'],
    ]);
    expect(await eventsOf(SupervisionItemEvents.closed, item.id)).toHaveLength(1);
  });

  it('loading-a-calendar-year-re-dates-open-items-in-the-same-transaction', async () => {
    const item = await higherAssignment({ title: '跨年事项', dueDate: '2027-01-05' });
    expect(item.due.provisional).toBe(true);
    const copy = bed.app.nest.get(CalendarCopy);
    const year2027 = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '测试：2027 年安排', version: 1 };
    await bed.app.parts.transactions.run((tx) => copy.applyWhenCalendarYearPublished(year2027, tx));
    const redated = await call(SupervisionItemSubjects.get, { id: item.id });
    expect(redated.due).toMatchObject({ dueDate: '2027-01-05', provisional: false });
    expect(redated.version).toBe(item.version + 1);
    expect(redated.timeline.find((t) => t.action === 'redated')?.note).toContain('2027 年节假日安排更新');
    expect(await eventsOf(SupervisionItemEvents.redated, item.id)).toEqual([expect.objectContaining({ envelope: expect.objectContaining({ data: expect.objectContaining({ version: item.version + 1 }) }) })]);
  });

  it('an-item-due-on-the-last-working-day-before-national-day-turns-yellow-and-red-on-the-right-days', async () => {
    const item = await higherAssignment({ title: '国庆前到期事项', dueDate: '2026-09-30', leaderName: '张副区长' });
    const redEvents = async () => (await eventsOf(SupervisionItemEvents.turnedRed, item.id)).length;
    const before = await redEvents(); // created today (after the date): already red once
    await job.recompute('2026-09-23'); // 4 working days left: 24, 28, 29, 30
    expect(await lightOf(item.id)).toBe('green');
    await job.recompute('2026-09-24'); // 3 left, 中秋 Friday and the weekend skipped
    expect(await lightOf(item.id)).toBe('yellow');
    await job.recompute('2026-09-27'); // Sunday inside the holiday
    expect(await lightOf(item.id)).toBe('yellow');
    await job.recompute('2026-09-30');
    expect(await lightOf(item.id)).toBe('yellow');
    expect(await redEvents()).toBe(before);
    const outcome = await job.recompute('2026-10-01');
    expect(outcome.turnedRed).toBeGreaterThanOrEqual(1);
    const red = await call(SupervisionItemSubjects.get, { id: item.id });
    expect(red).toMatchObject({ light: 'red', lightReason: '已超过办理期限 2026-09-30' });
    expect(await redEvents()).toBe(before + 1);
    await job.recompute('2026-10-08');
    expect(await redEvents()).toBe(before + 1); // still red: no second event
    const [event] = (await eventsOf(SupervisionItemEvents.turnedRed, item.id)).slice(-1);
    expect(event.envelope.data).toMatchObject({ id: item.id, light: 'red', asOf: '2026-10-01' });

    const byUnit = await call<ListOverdueByUnit.Reply>(SupervisionWarningSubjects.overdueByUnit, {});
    expect(byUnit.groups.find((g) => g.unitId === unitA.id)?.items.map((i) => i.id)).toContain(item.id);
    expect(byUnit.groups.find((g) => g.unitId === unitA.id)?.unitName).toBe('督办测试应急局');
    const byLeader = await call<ListOverdueByLeader.Reply>(SupervisionWarningSubjects.overdueByLeader, {});
    expect(byLeader.groups.find((g) => g.leaderName === '张副区长')?.items.map((i) => i.id)).toEqual([item.id]);
    await expect(call(SupervisionWarningSubjects.overdueByUnit, {}, liaisonOf(unitA.id))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('the-overdue-trend-counts-each-month-from-the-records', async () => {
    const trend = async (payload: Record<string, unknown> = { months: 3 }) => (await call<OverdueTrend.Reply>(SupervisionWarningSubjects.overdueTrend, payload)).months;
    const thisMonth = shanghaiDate(new Date()).slice(0, 7);
    const before = await trend();
    expect(before).toHaveLength(3);
    expect(before[2]).toMatchObject({ month: thisMonth, asOf: shanghaiDate(new Date()) });
    expect(before.map((m) => m.month)).toEqual([...before.map((m) => m.month)].sort());

    // One item open past its date, one closed late today: both counted in this month only (registered this month).
    await higherAssignment({ title: '趋势：逾期未结', dueDate: '2026-10-30' });
    let late = await higherAssignment({ title: '趋势：逾期办结', dueDate: '2026-10-29' });
    late = await call(SupervisionItemSubjects.reportCompletion, { id: late.id, expectedVersion: late.version, content: '已完成' }, liaisonOf(unitA.id));
    await call(SupervisionItemSubjects.verify, { id: late.id, expectedVersion: late.version, decision: 'close' });
    const after = await trend();
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual({ ...before[2], overdueOpen: before[2].overdueOpen + 1, closedLate: before[2].closedLate + 1 });

    expect(await trend({})).toHaveLength(12);
    await expect(trend({ months: 25 })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'months', message: expect.stringContaining('月数最多为 24') })] });
    await expect(call(SupervisionWarningSubjects.overdueTrend, {}, liaisonOf(unitA.id))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('assessment-ranks-units-by-their-items-with-adjustments', async () => {
    const period = await call<{ id: string; indicators: { code: string; weight: number }[] }>(AssessmentSubjects.createPeriod, {
      name: '2026年第四季度考核',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      unitTypes: ['town'],
    });
    expect(period.indicators).toEqual([
      { code: 'on_time', weight: 60 },
      { code: 'not_overdue', weight: 25 },
      { code: 'sent_back', weight: 15 },
    ]);
    // The town: one item closed on time (due 2026-12-31), one still open past its date (2026-10-30).
    let onTime = await higherAssignment({ title: '镇事项一', leadUnitId: town.id, dueDate: '2026-12-31' });
    const late = await higherAssignment({ title: '镇事项二', leadUnitId: town.id, dueDate: '2026-10-30' });
    const liaisonT = liaisonOf(town.id);
    onTime = await call(SupervisionItemSubjects.reportCompletion, { id: onTime.id, expectedVersion: onTime.version, content: '已完成' }, liaisonT);
    onTime = await call(SupervisionItemSubjects.verify, { id: onTime.id, expectedVersion: onTime.version, decision: 'send_back', reason: '材料不全' });
    onTime = await call(SupervisionItemSubjects.reportCompletion, { id: onTime.id, expectedVersion: onTime.version, content: '已补充' }, liaisonT);
    await call(SupervisionItemSubjects.verify, { id: onTime.id, expectedVersion: onTime.version, decision: 'close' });
    expect(late.light).toBe('red');

    await call(AssessmentSubjects.adjust, { periodId: period.id, unitId: town.id, points: 2.5, reason: '获市级表扬加分' });
    await expect(call(AssessmentSubjects.adjust, { periodId: period.id, unitId: unitA.id, points: 1, reason: '不在考核范围' })).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.UNKNOWN_UNIT' } });
    const result = await call<GetAssessmentResults.Reply>(AssessmentSubjects.results, { periodId: period.id, asOf: '2026-11-27' });
    const line = result.results.find((r) => r.unitId === town.id)!;
    // on_time 50, not_overdue 50, sent_back 90 → (60×50 + 25×50 + 15×90) / 100 = 56, + 2.5
    expect(line).toMatchObject({ itemCount: 2, onTimeCount: 1, overdueCount: 1, sentBackCount: 1, baseScore: 56, adjustment: 2.5, score: 58.5 });
    expect(result.results.every((r) => r.unitType === 'town')).toBe(true);
    expect(line.rank).toBe(result.results.filter((r) => r.score > 58.5).length + 1);
    expect(result.adjustments).toEqual([expect.objectContaining({ unitId: town.id, points: 2.5, reason: '获市级表扬加分', createdBy: 'ducha1' })]);
    await expect(
      call(AssessmentSubjects.createPeriod, { name: '权重错误', startsOn: '2026-10-01', endsOn: '2026-12-31', indicators: [{ code: 'on_time', weight: 50 }] }),
    ).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.BAD_WEIGHTS' } });
  });

  it('the-office-finalizes-a-period-and-its-stored-result-no-longer-changes-nor-takes-adjustments', async () => {
    const village = { id: randomUUID() };
    await sql(`INSERT INTO supervision.unit_directory (id, code, name, type, status, version) VALUES ($1, 'SUP-F', '督办测试定稿镇', 'town', 'active', 1)`, [village.id]);
    const period = await call<AssessmentPeriodView>(AssessmentSubjects.createPeriod, { name: '2026年第四季度考核（定稿）', startsOn: '2026-10-01', endsOn: '2026-12-31', unitTypes: ['town'] });
    expect(period).toMatchObject({ finalizedAt: null, finalizedBy: null, version: 1 });
    await higherAssignment({ title: '定稿镇事项一', leadUnitId: village.id, dueDate: '2026-10-30' });
    await call(AssessmentSubjects.adjust, { periodId: period.id, unitId: village.id, points: -1, reason: '信息报送迟报减分' });

    await expect(call(AssessmentSubjects.finalize, { id: period.id, expectedVersion: 7, asOf: '2026-11-27' })).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.VERSION_CONFLICT' } });
    await expect(call(AssessmentSubjects.finalResult, { periodId: period.id })).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.NOT_FINALIZED' } });
    const final = await call<AssessmentFinalResultView>(AssessmentSubjects.finalize, { id: period.id, expectedVersion: 1, asOf: '2026-11-27', note: '经主任办公会审定' });
    expect(final).toMatchObject({ periodId: period.id, version: 2, asOf: '2026-11-27', finalizedBy: 'ducha1', note: '经主任办公会审定', indicators: period.indicators, weightsSource: period.weightsSource });
    expect(final.period).toMatchObject({ finalizedBy: 'ducha1', version: 2 });
    const line = final.results.find((r) => r.unitId === village.id)!;
    // One item open past its date: on_time 0, not_overdue 0, sent_back 100 → 15, − 1.
    expect(line).toMatchObject({ itemCount: 1, overdueCount: 1, baseScore: 15, adjustment: -1, score: 14 });
    expect(line.rank).toBeGreaterThanOrEqual(1);
    expect(final.adjustments).toEqual([expect.objectContaining({ unitId: village.id, points: -1 })]);
    const events = await sql(`SELECT envelope FROM supervision.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'periodId' = $2`, [AssessmentEvents.finalized, period.id]);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.data).toMatchObject({ periodId: period.id, version: 2, finalizedBy: 'ducha1', ranking: expect.arrayContaining([{ unitId: village.id, score: 14, rank: line.rank }]) });

    // Later changes: a new item due in the period. The stored result stays as finalized.
    await higherAssignment({ title: '定稿后新增事项', leadUnitId: village.id, dueDate: '2026-12-31' });
    const stored = await call<AssessmentFinalResultView>(AssessmentSubjects.finalResult, { periodId: period.id });
    expect(stored.results).toEqual(final.results);
    expect(stored.finalizedAt).toBe(final.finalizedAt);
    const results = await call<GetAssessmentResults.Reply>(AssessmentSubjects.results, { periodId: period.id, asOf: '2026-12-01' });
    expect(results).toMatchObject({ asOf: '2026-11-27', results: final.results });
    // A finalized period takes no adjustments and is finalized once; the stored row itself refuses changes.
    await expect(call(AssessmentSubjects.adjust, { periodId: period.id, unitId: village.id, points: 5, reason: '定稿后加分' })).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.FINALIZED' } });
    await expect(call(AssessmentSubjects.finalize, { id: period.id, expectedVersion: 2 })).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.FINALIZED' } });
    await expect(sql(`UPDATE supervision.assessment_final_result SET results = '[]' WHERE period_id = $1`, [period.id])).rejects.toThrow('已定稿的考核结果不能修改或删除');
    // A liaison cannot finalize.
    await expect(call(AssessmentSubjects.finalize, { id: period.id, expectedVersion: 2 }, liaisonOf(village.id))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('a-new-warning-threshold-applies-from-its-effective-date-with-its-source', async () => {
    await expect(call(SupervisionItemSubjects.changeSetting, { key: 'warning_threshold_working_days', value: 8, effectiveFrom: '2026-09-01', source: '督查室通知' })).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    await call(SupervisionItemSubjects.changeSetting, { key: 'warning_threshold_working_days', value: 8, effectiveFrom: '2026-09-01', source: '博政办督〔2026〕5号' }, duchaChief);
    const item = await higherAssignment({ title: '阈值测试事项', dueDate: '2026-09-30' });
    await job.recompute('2026-09-17'); // 9 working days left
    expect(await lightOf(item.id)).toBe('green');
    await job.recompute('2026-09-18'); // 8 left, counting the 调休 Sunday 2026-09-20
    expect(await lightOf(item.id)).toBe('yellow');
    const settings = await call<{ current: { key: string; value: number; source: string }[] }>(SupervisionItemSubjects.getSettings, { on: '2026-09-18' });
    expect(settings.current.find((s) => s.key === 'warning_threshold_working_days')).toMatchObject({ value: 8, source: '博政办督〔2026〕5号' });
    expect(seedYearsFromChineseDays().find((y) => y.year === 2026)?.makeupWorkdays.map((d) => d.date)).toContain('2026-09-20');
  });

  it('the-office-withdraws-an-item-with-a-reason-and-it-leaves-the-warning-lists-and-assessment', async () => {
    const village = { id: randomUUID() };
    await sql(`INSERT INTO supervision.unit_directory (id, code, name, type, status, version) VALUES ($1, 'SUP-W', '督办测试撤销镇', 'town', 'active', 1)`, [village.id]);
    const liaisonW = liaisonOf(village.id);
    const kept = await higherAssignment({ title: '撤销测试保留事项', leadUnitId: village.id, dueDate: '2026-11-16' });
    let item = await higherAssignment({ title: '撤销测试事项', leadUnitId: village.id, dueDate: '2026-10-30', leaderName: '撤销测试副区长' });
    expect(item.light).toBe('red');
    item = await call(SupervisionItemSubjects.requestExtension, { id: item.id, expectedVersion: item.version, workingDays: 5, reason: '等待市级批复' }, liaisonW);
    const overdueIds = async () => (await call<ListOverdueByUnit.Reply>(SupervisionWarningSubjects.overdueByUnit, {})).groups.flatMap((g) => g.items.map((i) => i.id));
    const leaders = async () => (await call<ListOverdueByLeader.Reply>(SupervisionWarningSubjects.overdueByLeader, {})).groups.map((g) => g.leaderName);
    expect(await overdueIds()).toContain(item.id);
    expect(await leaders()).toContain('撤销测试副区长');

    const withdraw = (extra: Record<string, unknown>, who: CallerContext = ducha) => call(SupervisionItemSubjects.withdraw, { id: item.id, expectedVersion: item.version, reason: '上级已撤回交办', ...extra }, who);
    await expect(withdraw({}, liaisonW)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(withdraw({ reason: '' })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'reason', message: expect.stringContaining('请写明撤销理由') })] });
    await expect(withdraw({ expectedVersion: item.version - 1 })).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.VERSION_CONFLICT' } });
    const withdrawn = await withdraw({});
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnBy: 'ducha1', withdrawalReason: '上级已撤回交办', light: 'none', version: item.version + 1 });
    expect(Date.parse(withdrawn.withdrawnAt as string)).toBeGreaterThan(Date.parse(item.updatedAt));
    expect(withdrawn.timeline.find((t) => t.action === 'withdrawn')).toMatchObject({ fromStatus: 'assigned', toStatus: 'withdrawn', note: '撤销：上级已撤回交办', actor: 'ducha1' });
    // The pending extension is answered by the withdrawal.
    expect(withdrawn.extensions).toEqual([expect.objectContaining({ status: 'rejected', decidedBy: 'ducha1', decisionNote: '事项已撤销，延期申请不再审批' })]);
    const [event] = await eventsOf(SupervisionItemEvents.withdrawn, item.id);
    expect(event.envelope.data).toMatchObject({ id: item.id, status: 'withdrawn', light: 'none', reason: '上级已撤回交办', withdrawnBy: 'ducha1', version: withdrawn.version });

    // Kept (never deleted), visible by id and by list, but no longer warned about, judged or assessed.
    expect((await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { status: 'withdrawn', unitId: village.id, limit: 10 })).items.map((i) => i.id)).toEqual([item.id]);
    await job.recompute('2026-11-27');
    expect(await lightOf(item.id)).toBe('none');
    expect(await overdueIds()).not.toContain(item.id);
    expect(await overdueIds()).toContain(kept.id);
    expect(await leaders()).not.toContain('撤销测试副区长');
    const period = await call<{ id: string }>(AssessmentSubjects.createPeriod, { name: '撤销测试考核', startsOn: '2026-10-01', endsOn: '2026-12-31', unitTypes: ['town'] });
    const result = await call<GetAssessmentResults.Reply>(AssessmentSubjects.results, { periodId: period.id, asOf: '2026-11-27' });
    expect(result.results.find((r) => r.unitId === village.id)).toMatchObject({ itemCount: 1, overdueCount: 1 });

    // Nothing more happens on a withdrawn item.
    await expect(call(SupervisionItemSubjects.reportProgress, { id: item.id, expectedVersion: withdrawn.version, content: '继续推进' }, liaisonW)).rejects.toMatchObject({
      spec: { code: 'SUPERVISION_ITEM.WRONG_STATUS' },
    });
    await expect(call(SupervisionItemSubjects.withdraw, { id: item.id, expectedVersion: withdrawn.version, reason: '再次撤销' })).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.WRONG_STATUS' } });
  });

  it('one-matter-one-deadline-a-linked-routing-deadline-earlier-than-the-item-turns-its-light-and-an-older-change-is-ignored', async () => {
    const event = instruction({ instructedAt: new Date().toISOString() }); // due 15 working days from today
    await emitInstruction(event);
    const [item] = await eventually(async () => {
      const items = await bySource(event.instructionId);
      return items.length === 1 && items;
    }, 15_000, 'the item of the 批示');
    expect(item.light).toBe('green');
    const yesterday = shanghaiDate(new Date(Date.now() - 86_400_000));
    const routingId = randomUUID();
    const link = (changedAt: string, extra: Partial<RoutingDeadlineLinked.Event> = {}): RoutingDeadlineLinked.Event => ({
      routingId,
      incomingId: event.sourceId,
      incomingTitle: event.sourceTitle,
      itemId: item.id,
      unitId: unitA.id,
      unitName: '督办测试应急局',
      linked: true,
      routingDueDate: yesterday,
      itemDueDate: item.due.dueDate ?? undefined,
      deadlineSource: 'routing',
      explanation: `收文承办期限 ${yesterday} 早于督办期限 ${item.due.dueDate}，按较严格的期限执行（一事一期限）`,
      changedAt,
      ...extra,
    });
    const before = await processed(DocumentSecretariatEvents.routingDeadlineLinked);
    await publish('document-secretariat', DocumentSecretariatEvents.routingDeadlineLinked, link('2026-12-01T10:00:00.000Z'));
    const linked = await eventually(async () => {
      const detail = await call(SupervisionItemSubjects.get, { id: item.id });
      return detail.light === 'red' && detail;
    }, 15_000, 'the item judged on the 收文承办期限');
    expect(linked.due.dueDate).toBe(item.due.dueDate); // the item keeps its own deadline; the light follows the stricter
    expect(linked.lightReason).toContain(`已超过办理期限 ${yesterday}`);
    expect(linked.lightReason).toContain(`督办测试应急局收文承办期限 ${yesterday} 早于督办期限 ${item.due.dueDate}`);
    expect(linked.linkedRoutings).toEqual([
      { routingId, incomingId: event.sourceId, incomingTitle: event.sourceTitle, unitId: unitA.id, unitName: '督办测试应急局', routingDueDate: yesterday, stricter: true, explanation: expect.stringContaining('一事一期限') },
    ]);
    expect(linked.timeline.filter((t) => t.action === 'routing_linked')).toHaveLength(1);

    // An older change of the copy (delivered late) changes nothing; a newer one unlinks it and the item's own deadline rules again.
    await publish('document-secretariat', DocumentSecretariatEvents.routingDeadlineLinked, link('2026-11-30T10:00:00.000Z', { linked: false, explanation: '督办事项已撤销，解除关联' }));
    await eventually(async () => (await processed(DocumentSecretariatEvents.routingDeadlineLinked)) === before + 2, 15_000, 'the older change');
    const still = await call(SupervisionItemSubjects.get, { id: item.id });
    expect(still.light).toBe('red');
    expect(still.linkedRoutings).toHaveLength(1);
    await publish('document-secretariat', DocumentSecretariatEvents.routingDeadlineLinked, link('2026-12-02T10:00:00.000Z', { linked: false, explanation: '本单位已不是督办责任单位，解除关联' }));
    const unlinked = await eventually(async () => {
      const detail = await call(SupervisionItemSubjects.get, { id: item.id });
      return detail.light === 'green' && detail;
    }, 15_000, 'the item on its own deadline again');
    expect(unlinked.linkedRoutings).toEqual([]);
    expect(unlinked.timeline.filter((t) => t.action === 'routing_unlinked').map((t) => t.note)).toEqual([`收文《${event.sourceTitle}》督办测试应急局分办件解除关联：本单位已不是督办责任单位，解除关联`]);
  });

  it('rejects bad input with Chinese field messages', async () => {
    const error = (await call(SupervisionItemSubjects.create, { kind: 'leader_instruction', title: '', content: '', leadUnitId: 'x', coUnitIds: ['y'], dueDate: '2026/1/1' }).then(
      () => undefined,
      (e: unknown) => e,
    )) as { spec: { code: string }; fieldErrors: { field: string; message: string }[] };
    expect(error.spec.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(error.fieldErrors.map((f) => f.field).sort()).toEqual(['coUnitIds', 'content', 'dueDate', 'kind', 'leadUnitId', 'title']);
    expect(error.fieldErrors.every((f) => /[\u4e00-\u9fa5]/.test(f.message))).toBe(true);
    await expect(higherAssignment({ leadUnitId: randomUUID() })).rejects.toMatchObject({ spec: { code: 'SUPERVISION_ITEM.UNKNOWN_UNIT' } });
    const views: SupervisionItemView[] = (await call<ListSupervisionItems.Reply>(SupervisionItemSubjects.list, { q: '国庆前', limit: 10 })).items;
    expect(views.map((v) => v.title)).toEqual(['国庆前到期事项']);
  });
});
