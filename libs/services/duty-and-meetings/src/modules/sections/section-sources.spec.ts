import { describe, expect, it } from '@jest/globals';
import type { IncidentReported, ReceptionScheduled } from '@gov/contracts-foreign-affairs';
import type { SubmissionUrgentReported } from '@gov/contracts-information';
import type { SecurityIncidentEscalated } from '@gov/contracts-facilities-and-vehicles';
import { activityOfReception, cancelledStep, scheduledStep, urgentMatterOfIncident, urgentMatterOfSecurityIncident, urgentMatterOfSubmission, type SourcedActivity } from './section-sources.js';

const reception = (extra: Partial<ReceptionScheduled.Event> = {}): ReceptionScheduled.Event => ({
  receptionId: '7f2c1a52-8a0f-4d0e-9d3c-3f1b0a7c1e01',
  kind: 'reception',
  title: ' 接待德国杜塞尔多夫市代表团 ',
  startsAt: '2026-05-11T09:00:00+08:00',
  endsAt: '2026-05-11T17:00:00+08:00',
  location: '博山宾馆',
  description: '商谈陶瓷琉璃产业合作',
  leaders: [{ userId: '0b7a4f8e-3c55-4b8e-a0c2-3d9a1c2b4e11', name: '王区长' }],
  guests: [
    { name: 'Anna Schmidt', organization: '杜塞尔多夫市经济促进局', title: '局长', country: '德国' },
    { name: 'Jan Berg', country: '荷兰' },
  ],
  programme: [{ at: '2026-05-11T09:30:00+08:00', item: '会见', location: '区政府' }],
  responsible: [{ name: '潘婷', duty: '迎送' }],
  version: 2,
  ...extra,
});

describe('a scheduled 外宾接待 as a 接待 activity', () => {
  it('keeps the plan, the leaders and the programme, and puts the guests’ country with their organization', () => {
    const activity = activityOfReception(reception());
    expect(activity).toEqual({
      kind: 'reception',
      title: '接待德国杜塞尔多夫市代表团',
      startsAt: '2026-05-11T09:00:00+08:00',
      endsAt: '2026-05-11T17:00:00+08:00',
      location: '博山宾馆',
      description: '商谈陶瓷琉璃产业合作',
      leaders: [{ userId: '0b7a4f8e-3c55-4b8e-a0c2-3d9a1c2b4e11', name: '王区长' }],
      guests: [
        { name: 'Anna Schmidt', organization: '德国·杜塞尔多夫市经济促进局', title: '局长' },
        { name: 'Jan Berg', organization: '荷兰' },
      ],
      programme: [{ at: '2026-05-11T09:30:00+08:00', item: '会见', location: '区政府' }],
      responsible: [{ name: '潘婷', duty: '迎送' }],
    });
  });

  it('leaves out the location and description it was not given, and cuts an organization to 80 characters', () => {
    const activity = activityOfReception(reception({ location: undefined, description: undefined, guests: [{ name: 'A', organization: '甲'.repeat(90), country: '德国' }] }));
    expect(activity).not.toHaveProperty('location');
    expect(activity).not.toHaveProperty('description');
    expect(activity.guests?.[0].organization).toHaveLength(80);
  });

  const scheduled: SourcedActivity = { status: 'scheduled', sourceVersion: 3 };
  const cancelled: SourcedActivity = { status: 'cancelled', sourceVersion: 4 };
  it.each([
    ['nothing yet', 'create', null, 1],
    ['an older version arriving late', 'ignore', scheduled, 2],
    ['the same version redelivered', 'ignore', scheduled, 3],
    ['a newer version', 'update', scheduled, 4],
    ['a newer version after the cancellation', 'ignore', cancelled, 5],
  ] as const)('reception.scheduled on %s: %s', (_case, step, existing, version) => {
    expect(scheduledStep(existing, version)).toBe(step);
  });

  it.each([
    ['nothing to cancel', 'ignore', null, 3],
    ['an older version than the one applied', 'ignore', scheduled, 2],
    ['the version applied', 'cancel', scheduled, 3],
    ['a newer version', 'cancel', scheduled, 4],
    ['one already cancelled (redelivered)', 'ignore', cancelled, 4],
  ] as const)('reception.cancelled on %s: %s', (_case, step, existing, version) => {
    expect(cancelledStep(existing, version)).toBe(step);
  });
});

describe('urgent matters from the other sections', () => {
  it('a 领事保护 case of foreign-affairs keeps its level and times, named as its source', () => {
    const event: IncidentReported.Event = {
      incidentId: 'a9d6d0c4-6f6c-4d58-8a7c-2b7f0d3e9c21',
      kind: 'consular',
      title: '我区游客在泰国遭遇车祸',
      level: 'large',
      occurredAt: '2026-11-30T21:10:00+08:00',
      receivedAt: '2026-11-30T22:00:00+08:00',
      summary: '（泰国）两人受伤住院',
    };
    expect(urgentMatterOfIncident(event)).toEqual({
      request: { title: '我区游客在泰国遭遇车祸', level: 'large', occurredAt: '2026-11-30T21:10:00+08:00', receivedAt: '2026-11-30T22:00:00+08:00', summary: '（泰国）两人受伤住院' },
      source: { kind: 'foreign_affairs_incident', id: 'a9d6d0c4-6f6c-4d58-8a7c-2b7f0d3e9c21', label: '外事办涉外案事件·领事保护' },
    });
  });

  it('an urgent 报送信息 has no level: it is timed as 一般 until the duty office judges it, and says so', () => {
    const event: SubmissionUrgentReported.Event = {
      submissionId: 'c1e7b3f2-9a4d-4c1e-8f6b-5d2a7e9c0b31',
      title: '某镇突发山洪',
      summary: '两户房屋进水',
      unitId: null,
      receivedAt: '2026-07-20T03:12:00+08:00',
      reportedBy: '李联络员',
      version: 1,
    };
    const { request, source } = urgentMatterOfSubmission(event);
    expect(request).toEqual({ title: '某镇突发山洪', level: 'general', occurredAt: '2026-07-20T03:12:00+08:00', receivedAt: '2026-07-20T03:12:00+08:00', summary: '两户房屋进水' });
    expect(source).toEqual({
      kind: 'information_submission',
      id: 'c1e7b3f2-9a4d-4c1e-8f6b-5d2a7e9c0b31',
      label: '信息科紧急信息报送（报送人 李联络员；未定等级，暂按一般事件计时，请值班室研判）',
    });
  });

  it('an escalated 大院安全事件 keeps the level the section gave, is received when escalated, and has no unit', () => {
    const event: SecurityIncidentEscalated.Event = {
      incidentId: 'd4b8e2a1-7c3f-4e5a-9b6d-1f2e3a4b5c61',
      kind: 'gathering',
      title: ' 区政府东门外人员聚集 ',
      level: 'large',
      occurredAt: '2026-12-04T08:40:00+08:00',
      receivedAt: '2026-12-04T09:05:00+08:00',
      location: '区政府大院东门',
      summary: '约二十人聚集反映拆迁补偿问题\n已采取措施：门卫劝导，已通知信访局',
      escalatedBy: 'zhang.wei',
    };
    expect(urgentMatterOfSecurityIncident(event)).toEqual({
      request: {
        title: '区政府东门外人员聚集',
        level: 'large',
        occurredAt: '2026-12-04T08:40:00+08:00',
        receivedAt: '2026-12-04T09:05:00+08:00',
        location: '区政府大院东门',
        summary: '约二十人聚集反映拆迁补偿问题\n已采取措施：门卫劝导，已通知信访局',
      },
      source: { kind: 'facilities_security_incident', id: 'd4b8e2a1-7c3f-4e5a-9b6d-1f2e3a4b5c61', label: '机关事务管理科大院安全事件·聚集上访（上报人 zhang.wei）' },
    });
  });
});
