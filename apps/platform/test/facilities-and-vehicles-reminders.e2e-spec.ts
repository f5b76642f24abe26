import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface Task {
  kind: string;
  link: string;
  title: string;
  deadline: string | null;
}

/** 到期提醒 of facilities-and-vehicles through the gateway: a car's insurance near its expiry in 机关事务管理科's 待办, closed when renewed; the configuration and "run now". */
describe('facilities-and-vehicles reminders end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;
  const base = '/api/facilities-and-vehicles';
  const unitId = randomUUID();
  const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.office = await signIn(http, office.username, office.password, office.totpSecret);
    tokens.liaison = await signIn(http, liaison.username, liaison.password, liaison.totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  const myTasks = async (link: string): Promise<Task[]> => {
    const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office));
    return (list.body.items as Task[]).filter((t) => t.link === link);
  };

  it('a car whose insurance expires within the lead time waits in 机关事务管理科’s 待办 with its date; renewing the date closes it', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const expiry = dayAfter(today, 5);
    await http.post(`${base}/vehicle-quotas`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ unitId, category: 'emergency', quota: 1, effectiveFrom: today, source: '博编办〔2026〕5号' });
    const car = await http
      .post(`${base}/vehicles`)
      .set('authorization', bearer(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ unitId, category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 0, plate: '鲁C0R901', markings: true, insuranceExpiry: expiry });
    const approved = await http.post(`${base}/vehicles/${car.body.id}/approve`).set('authorization', bearer(tokens.office)).set('if-match', car.headers.etag).send({ approvalNumber: '博机管〔2026〕9号' });
    expect(approved.body.status).toBe('in_service');
    const link = `/facilities-and-vehicles/vehicles/${car.body.id}`;

    const task = await eventually(async () => (await myTasks(link)).find((t) => t.kind === 'vehicle_insurance_expiry'), 15_000, 'the insurance reminder');
    expect(task).toMatchObject({ deadline: expiry, title: expect.stringContaining('公车保险即将到期：鲁C0R901') });

    const run = await http.post(`${base}/reminders/run`).set('authorization', bearer(tokens.office)).send({});
    expect({ status: run.status, changed: run.body.changed }).toEqual({ status: 200, changed: 0 });

    const renewed = await http
      .put(`${base}/vehicles/${car.body.id}`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', approved.headers.etag)
      .send({ plate: '鲁C0R901', mileageKm: 0, insuranceExpiry: dayAfter(today, 370), markings: true });
    expect(renewed.status).toBe(200);
    await eventually(async () => ((await myTasks(link)).length === 0 ? true : undefined), 15_000, 'the reminder closed');
  });

  it('the configuration is read by the section and refused to a liaison; a past effective date is a 422 in Chinese', async () => {
    const rules = await http.get(`${base}/reminder-rules`).set('authorization', bearer(tokens.office));
    expect({ status: rules.status, interval: rules.body.effective?.maintenanceIntervalKm }).toEqual({ status: 200, interval: 5000 });
    expect((await http.get(`${base}/reminder-rules`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    const past = await http
      .post(`${base}/reminder-rules`)
      .set('authorization', bearer(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ insuranceLeadDays: 30, inspectionLeadDays: 30, maintenanceIntervalKm: 5000, tenancyLeadDays: 30, effectiveFrom: '2020-01-01', source: '博机管〔2026〕9号' });
    expect({ status: past.status, code: past.body.code }).toEqual({ status: 422, code: 'REMINDER_RULE.PAST_EFFECTIVE_DATE' });
    expect(past.headers['content-type']).toContain('application/problem+json');
  });
});
