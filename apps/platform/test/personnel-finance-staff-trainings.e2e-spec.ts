import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 培训 of personnel-finance through the gateway: a plan, a session with attendance, the hours per person. */
describe('personnel-finance staff trainings end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', leader: '', liaison: '' };
  const base = '/api/personnel-finance';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const renshi = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' });
    tokens.renshi = await signIn(http, renshi.username, renshi.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a plan once per Idempotency-Key; a session with an absence reason; the hours show who is below the standard; liaisons are refused', async () => {
    const member = await http
      .post(`${base}/staff-members`)
      .set('authorization', bearer(tokens.renshi))
      .set('idempotency-key', randomUUID())
      .send({ name: '赵学员', gender: 'male', idNumber: '370304199203030031', mobile: '13700000031', sectionCode: 'zonghe', category: 'civil_servant', postTitle: '科员', rank: '一级科员', hiredOn: '2016-07-01', probationEndsOn: null, monthlySalaryFen: 700_000 });
    expect(member.status).toBe(201);
    const key = randomUUID();
    const body = { year: 2026, title: '在职干部网络培训', kind: 'in_service', plannedHours: 90 };
    const plan = await http.post(`${base}/training-plans`).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body);
    expect({ status: plan.status, body: plan.body }).toMatchObject({ status: 201, body: { status: 'planned', version: 1 } });
    expect((await http.post(`${base}/training-plans`).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body)).body.id).toBe(plan.body.id);

    const unexplained = await http
      .post(`${base}/training-sessions`)
      .set('authorization', bearer(tokens.renshi))
      .set('idempotency-key', randomUUID())
      .send({ planId: plan.body.id, title: '第一讲', heldOn: '2026-05-06', hours: 4, days: 0, organiser: '区委党校', attendees: [{ staffMemberId: member.body.id, attended: false }] });
    expect({ status: unexplained.status, code: unexplained.body.code, type: unexplained.headers['content-type'] }).toMatchObject({ status: 422, code: 'TRAINING_SESSION.ABSENCE_REASON_REQUIRED', type: expect.stringContaining('application/problem+json') });
    const session = await http
      .post(`${base}/training-sessions`)
      .set('authorization', bearer(tokens.renshi))
      .set('idempotency-key', randomUUID())
      .send({ planId: plan.body.id, title: '第一讲', heldOn: '2026-05-06', hours: 4, days: 0, organiser: '区委党校', attendees: [{ staffMemberId: member.body.id, attended: true }] });
    expect({ status: session.status, kind: session.body.kind }).toEqual({ status: 201, kind: 'in_service' });

    const hours = await http.get(`${base}/training-hours`).query({ year: 2026, belowOnly: 'true' }).set('authorization', bearer(tokens.leader));
    expect(hours.status).toBe(200);
    expect(hours.body.rows.find((r: { staffMemberId: string }) => r.staffMemberId === member.body.id)).toMatchObject({ countedHours: 4, meetsStandard: false, shortfallHours: 86 });
    expect((await http.get(`${base}/training-hours`).query({ year: 2026 }).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`${base}/training-sessions/${session.body.id}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
