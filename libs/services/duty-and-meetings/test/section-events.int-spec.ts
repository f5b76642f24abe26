import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { streamOf, type AppName } from '@gov/contracts-common';
import {
  ActivitySubjects,
  DutySubjects,
  LeaderCalendarSubjects,
  type ActivityView,
  type GetLeaderCalendar,
  type ListActivities,
  type ListUrgentMatters,
  type UrgentMatterView,
} from '@gov/contracts-duty-and-meetings';
import { IncidentEvents, ReceptionEvents, type IncidentReported, type ReceptionCancelled, type ReceptionScheduled } from '@gov/contracts-foreign-affairs';
import { SubmissionEvents, type SubmissionUrgentReported } from '@gov/contracts-information';
import { buildEnvelope } from '@gov/platform';
import { caller, eventually, producerHeaders } from '@gov/testing';
import { dutyTestbed } from './testbed.js';

const zonghe = caller({ username: 'zonghe01', roles: ['section_staff'], sectionCode: 'zonghe', permissions: ['activities:read', 'activities:manage', 'meetings:read', 'duty:read', 'duty:write'] });

/**
 * Issues 16 and 19: foreign-affairs' receptions reach the leaders' calendars and its incidents the duty office, and
 * information's urgent submissions too — published on the real bus as the producers' outbox relays would (the
 * producers themselves run in apps/platform/test/loop-section-events.e2e-spec.ts), against real PostgreSQL.
 */
describe('duty-and-meetings consumes receptions, incidents and urgent submissions', () => {
  const bed = dutyTestbed();
  const sql = (text: string, params: unknown[] = []) => bed.app.parts.dataSource.query(text.replaceAll('{s}', `"${bed.app.parts.schema}"`), params) as Promise<Record<string, unknown>[]>;
  const processed = async (subject: string): Promise<number> => (await sql(`SELECT count(*)::int AS n FROM {s}.inbox WHERE subject = $1`, [subject]))[0].n as number;
  /** Publishes an event as its producer's outbox relay does (the envelope id is the JetStream message id). */
  const publish = async (producer: AppName, subject: string, data: unknown, envelopeId: string = randomUUID(), msgId: string = envelopeId) => {
    await bed.client.bus.ensureStream(streamOf(producer), `evt.${producer}.>`);
    const envelope = buildEnvelope(producer, subject, data, envelopeId);
    await bed.client.bus.publish(subject, envelope, msgId, producerHeaders(bed.environment, producer, envelope));
    return envelope;
  };
  /** Publishes and waits until the inbox has taken `expected` more of the subject (then a moment for a wrong one to show). */
  const deliver = async (producer: AppName, subject: string, data: unknown, envelopeId?: string, msgId?: string, expected = 1) => {
    const before = await processed(subject);
    const envelope = await publish(producer, subject, data, envelopeId, msgId);
    if (expected) await eventually(async () => (await processed(subject)) >= before + expected, 15_000, `${subject} processed`);
    else {
      await new Promise((resolve) => setTimeout(resolve, 500)); // give a wrongly accepted redelivery time to show
      expect(await processed(subject)).toBe(before);
    }
    return envelope;
  };
  const activitiesOf = async (receptionId: string) =>
    (await sql(`SELECT id FROM {s}.leader_activity WHERE source_kind = 'foreign_affairs_reception' AND source_id = $1`, [receptionId])).map((r) => r.id as string);
  const calendarOf = (leaderUserId: string) =>
    bed.call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { leaderUserId, from: '2026-06-01T00:00:00+08:00', to: '2026-06-30T00:00:00+08:00', limit: 100 }, zonghe);

  const mayor = { userId: randomUUID(), name: '王区长' };
  const deputy = { userId: randomUUID(), name: '李副区长' };
  const reception = (extra: Partial<ReceptionScheduled.Event> = {}): ReceptionScheduled.Event => ({
    receptionId: randomUUID(),
    kind: 'reception',
    title: '接待德国杜塞尔多夫市代表团',
    startsAt: '2026-06-11T09:00:00+08:00',
    endsAt: '2026-06-11T12:00:00+08:00',
    location: '博山宾馆',
    description: '商谈陶瓷琉璃产业合作',
    leaders: [mayor],
    guests: [{ name: 'Anna Schmidt', organization: '经济促进局', title: '局长', country: '德国' }],
    programme: [{ at: '2026-06-11T09:30:00+08:00', item: '会见' }],
    responsible: [{ name: '潘婷', duty: '迎送' }],
    version: 2,
    ...extra,
  });

  it('a scheduled reception goes on the leader’s calendar once; a newer version moves it; the cancellation cancels it with the reason', async () => {
    const event = reception();
    const first = await deliver('foreign-affairs', ReceptionEvents.scheduled, event);
    // The same envelope again (past the bus's duplicate window) and the same version under a new envelope: nothing changes.
    await deliver('foreign-affairs', ReceptionEvents.scheduled, event, first.id, randomUUID(), 0);
    await deliver('foreign-affairs', ReceptionEvents.scheduled, event);
    const [activityId] = await activitiesOf(event.receptionId);
    expect(await activitiesOf(event.receptionId)).toHaveLength(1);
    const activity = await bed.call<ActivityView>(ActivitySubjects.get, { id: activityId }, zonghe);
    expect(activity).toMatchObject({
      kind: 'reception',
      title: '接待德国杜塞尔多夫市代表团',
      status: 'scheduled',
      version: 1,
      createdBy: 'system',
      guests: [{ name: 'Anna Schmidt', organization: '德国·经济促进局', title: '局长' }],
      source: { kind: 'foreign_affairs_reception', kindLabel: '外事办外宾接待', id: event.receptionId, version: 2 },
    });
    const calendar = await calendarOf(mayor.userId);
    expect(calendar.items).toEqual([expect.objectContaining({ source: 'reception', sourceId: activityId, title: '接待德国杜塞尔多夫市代表团', startsAt: '2026-06-11T01:00:00.000Z' })]);

    // Version 4 (the afternoon, the deputy instead), then version 3 arriving late: the highest version stays.
    await deliver('foreign-affairs', ReceptionEvents.scheduled, { ...event, startsAt: '2026-06-11T14:00:00+08:00', endsAt: '2026-06-11T17:00:00+08:00', leaders: [deputy], version: 4 });
    await deliver('foreign-affairs', ReceptionEvents.scheduled, { ...event, title: '过时的版本', version: 3 });
    const moved = await bed.call<ActivityView>(ActivitySubjects.get, { id: activityId }, zonghe);
    expect(moved).toMatchObject({ version: 2, startsAt: '2026-06-11T06:00:00.000Z', leaders: [deputy], source: { version: 4 }, title: '接待德国杜塞尔多夫市代表团' });
    expect((await calendarOf(mayor.userId)).items).toEqual([]);
    expect((await calendarOf(deputy.userId)).items).toEqual([expect.objectContaining({ sourceId: activityId, startsAt: '2026-06-11T06:00:00.000Z' })]);

    const cancelled: ReceptionCancelled.Event = { receptionId: event.receptionId, reason: '外方行程调整', version: 5 };
    const cancel = await deliver('foreign-affairs', ReceptionEvents.cancelled, cancelled);
    await deliver('foreign-affairs', ReceptionEvents.cancelled, cancelled, cancel.id, randomUUID(), 0);
    await deliver('foreign-affairs', ReceptionEvents.cancelled, cancelled);
    const gone = await bed.call<ActivityView>(ActivitySubjects.get, { id: activityId }, zonghe);
    expect(gone).toMatchObject({ status: 'cancelled', cancelReason: '外事办取消接待：外方行程调整', version: 3, updatedBy: 'system' });
    expect((await calendarOf(deputy.userId)).items).toEqual([]);
    const listed = await bed.call<ListActivities.Reply>(ActivitySubjects.list, { kind: 'reception', status: 'cancelled', limit: 100 }, zonghe);
    expect(listed.items.map((a) => a.id)).toContain(activityId);
    const history = await sql(`SELECT action, actor, actor_name FROM {s}.schedule_record_history WHERE record_id = $1 ORDER BY at, version`, [activityId]);
    expect(history.map((h) => h.action)).toEqual(['scheduled', 'rescheduled', 'cancelled']);
    expect(history[0]).toMatchObject({ actor: 'system', actor_name: '系统（外事办外宾接待）' });
  });

  it('a reception that runs into the leader’s other booking still goes on the calendar, the clash on its timeline', async () => {
    const leader = { userId: randomUUID(), name: '赵副区长' };
    const own = await bed.call<ActivityView>(ActivitySubjects.create, { kind: 'activity', title: '调研池上镇', startsAt: '2026-06-12T09:00:00+08:00', endsAt: '2026-06-12T11:00:00+08:00', leaders: [leader] }, zonghe);
    const event = reception({ leaders: [leader], startsAt: '2026-06-12T10:00:00+08:00', endsAt: '2026-06-12T12:00:00+08:00', version: 1 });
    await deliver('foreign-affairs', ReceptionEvents.scheduled, event);
    const [activityId] = await activitiesOf(event.receptionId);
    expect((await calendarOf(leader.userId)).items.map((i) => i.sourceId)).toEqual([own.id, activityId]);
    const [line] = await sql(`SELECT detail FROM {s}.schedule_record_history WHERE record_id = $1`, [activityId]);
    expect((line.detail as { clashes: string[] }).clashes).toEqual(['赵副区长在该时段已有安排：政务活动「调研池上镇」（2026-06-12 09:00—11:00）']);
  });

  it('an incident reported by foreign-affairs becomes one urgent matter, recorded by system with its source', async () => {
    const incident: IncidentReported.Event = {
      incidentId: randomUUID(),
      kind: 'consular',
      title: `我区游客在泰国遭遇车祸-${Date.now()}`,
      level: 'major',
      occurredAt: '2026-11-30T21:10:00+08:00',
      receivedAt: '2026-11-30T22:00:00+08:00',
      unitId: bed.unitA,
      summary: '（泰国）两人受伤住院',
    };
    const first = await deliver('foreign-affairs', IncidentEvents.reported, incident, incident.incidentId);
    await deliver('foreign-affairs', IncidentEvents.reported, incident, first.id, randomUUID(), 0);
    await deliver('foreign-affairs', IncidentEvents.reported, incident);
    const listed = await bed.call<ListUrgentMatters.Reply>(DutySubjects.urgentList, { q: incident.title, limit: 100 }, zonghe);
    expect(listed.items).toHaveLength(1);
    const matter: UrgentMatterView = listed.items[0];
    expect(matter).toMatchObject({
      title: incident.title,
      level: 'major',
      receivedAt: '2026-11-30T14:00:00.000Z',
      unitId: bed.unitA,
      createdBy: 'system',
      status: 'open',
      source: { kind: 'foreign_affairs_incident', kindLabel: '外事办涉外案事件', id: incident.incidentId, label: '外事办涉外案事件·领事保护' },
    });
    const [line] = await sql(`SELECT action, reason, changed_by FROM {s}.duty_history WHERE record_kind = 'urgent_matter' AND record_id = $1`, [matter.id]);
    expect(line).toEqual({ action: 'received', reason: '来源：外事办涉外案事件·领事保护', changed_by: 'system' });
  });

  it('an urgent submission of information becomes one urgent matter timed as 一般 until judged; an unknown unit is left out', async () => {
    const submission: SubmissionUrgentReported.Event = {
      submissionId: randomUUID(),
      title: `某镇突发山洪-${Date.now()}`,
      summary: '两户房屋进水',
      unitId: randomUUID(),
      receivedAt: new Date().toISOString(),
      reportedBy: '李联络员',
      version: 1,
    };
    await deliver('information', SubmissionEvents.urgentReported, submission);
    await deliver('information', SubmissionEvents.urgentReported, submission);
    const listed = await bed.call<ListUrgentMatters.Reply>(DutySubjects.urgentList, { q: submission.title, limit: 100 }, zonghe);
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      level: 'general',
      unitId: null,
      createdBy: 'system',
      source: { kind: 'information_submission', id: submission.submissionId, label: '信息科紧急信息报送（报送人 李联络员；未定等级，暂按一般事件计时，请值班室研判）' },
    });
  });
});
