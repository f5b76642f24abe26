import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 工资晋级晋档 through the gateway: 人事科 records (Idempotency-Key), 财务科 reads, voided with If-Match and a reason; no leader or liaison. */
describe('personnel-finance salary-changes end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', caiwu: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/salary-changes';
  const bearer = (token: string) => `Bearer ${token}`;
  let staffMemberId = '';

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users: [keyof typeof tokens, Parameters<typeof createUserForTest>[1]][] = [
      ['renshi', { roles: ['section_chief'], sectionCode: 'renshi' }],
      ['caiwu', { roles: ['section_staff'], sectionCode: 'caiwu' }],
      ['leader', { roles: ['office_leader'], sectionCode: null }],
      ['liaison', { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }],
    ];
    for (const [key, spec] of users) {
      const user = await createUserForTest(platform.gateway, spec);
      tokens[key] = await signIn(http, user.username, user.password);
    }
    const person = await http
      .post('/api/personnel-finance/staff-members')
      .set('authorization', bearer(tokens.renshi))
      .set('idempotency-key', randomUUID())
      .send({ name: '周晋档', gender: 'female', idNumber: '370304199001011235', mobile: '13900002222', sectionCode: 'renshi', category: 'civil_servant', postTitle: '科员', rank: '四级主任科员', hiredOn: '2015-07-01', monthlySalaryFen: 800_000 });
    expect({ status: person.status, problem: person.status === 201 ? undefined : person.body }).toEqual({ status: 201, problem: undefined });
    staffMemberId = person.body.id;
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('records a 晋升级别 once per Idempotency-Key, 财务科 reads it, leaders and liaisons cannot; voided with If-Match and a reason', async () => {
    const key = randomUUID();
    const body = {
      staffMemberId,
      kind: 'grade_promotion',
      before: { grade: 24, step: 2, baseSalaryFen: 200_000 },
      after: { grade: 25, step: 2, baseSalaryFen: 215_000 },
      effectiveYear: 2026,
      effectiveMonth: 7,
      basisDocument: '博人社发〔2026〕12号',
      approvedBy: '人事科科长',
      approvedOn: '2026-06-20',
    };
    const refused = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: refused.status, code: refused.body.code, field: refused.body.errors?.[0]?.field }).toEqual({ status: 422, code: 'SALARY_CHANGE.CHANGE_RULE', field: 'after' });
    const fixed = { ...body, after: { grade: 23, step: 2, baseSalaryFen: 215_000 } };
    const created = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(fixed);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { name: '周晋档', kind: 'grade_promotion', status: 'effective', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(fixed)).body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const read = await http.get(at).set('authorization', bearer(tokens.caiwu));
    expect({ status: read.status, after: read.body.after }).toEqual({ status: 200, after: { grade: 23, step: 2, baseSalaryFen: 215_000 } });
    expect((await http.post(path).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', randomUUID()).send(fixed)).status).toBe(403);
    expect((await http.get(at).set('authorization', bearer(tokens.leader))).status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    const due = await http.get('/api/personnel-finance/salary-steps-due').query({ year: 2027 }).set('authorization', bearer(tokens.renshi));
    expect({ status: due.status, rule: due.body.rule }).toEqual({ status: 200, rule: expect.stringContaining('称职及以上') });

    const unreasoned = await http.post(`${at}/void`).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send({});
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const voided = await http.post(`${at}/void`).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send({ reason: '级别录入有误' });
    expect({ status: voided.status, body: voided.body }).toMatchObject({ status: 200, body: { status: 'voided', voidReason: '级别录入有误', version: 2 } });
    const stale = await http.post(`${at}/void`).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send({ reason: '再次作废' });
    expect(stale.status).toBe(412);
  });
});
