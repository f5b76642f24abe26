import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * personnel-finance through the gateway: staff records (masked for leaders, none for liaisons), the assessment's quota,
 * a 公务卡 claim through approval and payment to its voucher export, a payslip and the payroll sheet. Sign-in,
 * Idempotency-Key, ETag/If-Match and problem+json on the way.
 */
describe('personnel-finance end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', caiwu: '', caiwuChief: '', leader: '', liaison: '' };
  const base = '/api/personnel-finance';
  const bearer = (who: keyof typeof tokens) => `Bearer ${tokens[who]}`;
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const person = {
    name: '端到端人员',
    gender: 'female',
    idNumber: '370304199203041234',
    mobile: '13600002222',
    sectionCode: 'caiwu',
    category: 'civil_servant',
    postTitle: '科员',
    rank: '一级科员',
    hiredOn: '2016-07-01',
    monthlySalaryFen: 1_500_000,
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      renshi: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' }),
      caiwu: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'caiwu' }),
      caiwuChief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'caiwu' }),
      leader: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('staff records: registered once per Idempotency-Key by 人事科, full for 财务科, masked for a leader, none for a liaison; If-Match on change', async () => {
    const key = randomUUID();
    const created = await http.post(`${base}/staff-members`).set('authorization', bearer('renshi')).set('idempotency-key', key).send(person);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { name: '端到端人员', idNumber: '370304199203041234', version: 1 } });
    const replayed = await http.post(`${base}/staff-members`).set('authorization', bearer('renshi')).set('idempotency-key', key).send(person);
    expect(replayed.body.id).toBe(created.body.id);
    expect((await http.post(`${base}/staff-members`).set('authorization', bearer('caiwu')).set('idempotency-key', randomUUID()).send(person)).status).toBe(403);

    const full = await http.get(`${base}/staff-members/${created.body.id}`).set('authorization', bearer('caiwu'));
    expect({ status: full.status, salary: full.body.monthlySalaryFen, etag: full.headers.etag }).toEqual({ status: 200, salary: 1_500_000, etag: created.headers.etag });
    const masked = await http.get(`${base}/staff-members/${created.body.id}`).set('authorization', bearer('leader'));
    expect(masked.body).toMatchObject({ idNumber: '370304********1234', mobile: '136****2222', monthlySalaryFen: null });
    expect((await http.get(`${base}/staff-members`).set('authorization', bearer('liaison'))).status).toBe(403);

    const changed = await http.put(`${base}/staff-members/${created.body.id}`).set('authorization', bearer('renshi')).set('if-match', created.headers.etag).send({ ...person, rank: '四级主任科员' });
    expect({ status: changed.status, version: changed.body.version }).toEqual({ status: 200, version: 2 });
    const stale = await http.put(`${base}/staff-members/${created.body.id}`).set('authorization', bearer('renshi')).set('if-match', created.headers.etag).send(person);
    expect(stale.status).toBe(412);
    const bad = await http.post(`${base}/staff-members`).set('authorization', bearer('renshi')).set('idempotency-key', randomUUID()).send({ ...person, idNumber: '123' });
    expect({ status: bad.status, type: bad.headers['content-type'] }).toMatchObject({ status: 400, type: expect.stringContaining('application/problem+json') });
  });

  it('assessment: the 2nd 优秀 of 9 is refused (20%) with the rule cited, as a 422 problem', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await http.post(`${base}/staff-members`).set('authorization', bearer('renshi')).set('idempotency-key', randomUUID()).send({ ...person, name: `考核${i}`, idNumber: `37030419920304${String(1000 + i)}` });
      ids.push(res.body.id);
    }
    const opened = await http.post(`${base}/assessments`).set('authorization', bearer('renshi')).set('idempotency-key', randomUUID()).send({ year: 2026, title: '2026 年度考核', staffMemberIds: ids });
    expect({ status: opened.status, quota: opened.body.quota }).toMatchObject({ status: 201, quota: { assessed: 9, allowed: 1 } });
    const first = await http.post(`${base}/assessments/${opened.body.id}/grade`).set('authorization', bearer('renshi')).set('if-match', opened.headers.etag).send({ staffMemberId: ids[0], grade: 'excellent' });
    expect(first.status).toBe(200);
    const second = await http.post(`${base}/assessments/${opened.body.id}/grade`).set('authorization', bearer('renshi')).set('if-match', first.headers.etag).send({ staffMemberId: ids[1], grade: 'excellent' });
    expect({ status: second.status, code: second.body.code, detail: second.body.detail }).toMatchObject({ status: 422, code: 'ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED', detail: expect.stringContaining('《公务员考核规定》') });
    expect((await http.get(`${base}/assessments/${opened.body.id}`).set('authorization', bearer('leader'))).status).toBe(200);
  });

  it('claim: cash for 办公费 refused citing the list; a 公务卡 claim approved by the chief, paid, and in the voucher export', async () => {
    const body = { title: '购买办公用品', claimantName: '林娜', sectionCode: 'zonghe', expenseKind: 'office', paymentMethod: 'cash', items: [{ description: '打印纸', amountFen: 120_000, occurredOn: '2026-11-02' }] };
    const cash = await http.post(`${base}/claims`).set('authorization', bearer('caiwu')).set('idempotency-key', randomUUID()).send(body);
    expect({ status: cash.status, code: cash.body.code, detail: cash.body.detail }).toMatchObject({ status: 422, code: 'CLAIM.OFFICIAL_CARD_REQUIRED', detail: expect.stringContaining('财库〔2011〕160号') });
    let res = await http.post(`${base}/claims`).set('authorization', bearer('caiwu')).set('idempotency-key', randomUUID()).send({ ...body, paymentMethod: 'official_card' });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    res = await http.post(`${base}/claims/${id}/submit`).set('authorization', bearer('caiwu')).set('if-match', res.headers.etag).send();
    expect(res.body).toMatchObject({ status: 'submitted', nextApproval: 'section_chief' });
    expect((await http.post(`${base}/claims/${id}/approve`).set('authorization', bearer('caiwu')).set('if-match', res.headers.etag).send({})).status).toBe(403);
    res = await http.post(`${base}/claims/${id}/approve`).set('authorization', bearer('caiwuChief')).set('if-match', res.headers.etag).send({ note: '同意' });
    expect(res.body.status).toBe('approved');
    res = await http.post(`${base}/claims/${id}/pay`).set('authorization', bearer('caiwu')).set('if-match', res.headers.etag).send({ paidOn: '2026-11-05' });
    expect(res.body).toMatchObject({ status: 'paid', voucherNumber: expect.stringMatching(/^记-202611-\d{4}$/) });
    const file = await binary(http.get(`${base}/claim-vouchers.xlsx`).query({ from: '2026-11-01', to: '2026-11-30' }).set('authorization', bearer('caiwu')));
    expect({ status: file.status, type: file.headers['content-type'] }).toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('payslip: computed and confirmed by 财务科 with IIT by cumulative withholding; the payroll sheet downloads; a leader has no access', async () => {
    const staff = await http.post(`${base}/staff-members`).set('authorization', bearer('renshi')).set('idempotency-key', randomUUID()).send({ ...person, name: '工资人员', idNumber: '370304199203049999' });
    const slip = await http.post(`${base}/payslips`).set('authorization', bearer('caiwu')).set('idempotency-key', randomUUID()).send({ staffMemberId: staff.body.id, year: 2026, month: 1, specialAdditionalFen: 0 });
    // 15,000 − 5,000 − 3,900 (26%) = 6,100 taxable; 3% = 183.00
    expect({ status: slip.status, iit: slip.body.figures?.iitFen }).toEqual({ status: 201, iit: 18_300 });
    const confirmed = await http.post(`${base}/payslips/${slip.body.id}/confirm`).set('authorization', bearer('caiwu')).set('if-match', slip.headers.etag).send();
    expect(confirmed.body.status).toBe('confirmed');
    const sheet = await binary(http.get(`${base}/payroll-sheet.xlsx`).query({ year: 2026, month: 1 }).set('authorization', bearer('caiwu')));
    expect(sheet.status).toBe(200);
    expect((await http.get(`${base}/payslips`).set('authorization', bearer('leader'))).status).toBe(403);
  });

  it('党组会: 议题 approved and notified, minutes with decided items, published as events for supervision; a leader reads, a liaison cannot', async () => {
    const meetings = `${base}/leading-group-meetings`;
    let res = await http.post(meetings).set('authorization', bearer('renshi')).set('idempotency-key', randomUUID()).send({ kind: 'party_group', title: '端到端党组会', meetingDate: '2026-01-06', chairName: '孙建国', agenda: [{ title: '研究预算', sectionCode: 'caiwu' }] });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    const skipped = await http.post(`${meetings}/${id}/publish`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send();
    expect({ status: skipped.status, code: skipped.body.code }).toEqual({ status: 422, code: 'LEADING_GROUP_MEETING.INVALID_STATE' });
    res = await http.post(`${meetings}/${id}/notify`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send({ approvedBy: '孙建国' });
    res = await http.post(`${meetings}/${id}/minutes`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send({ attendees: ['孙建国', '杨帆'], minutesNumber: '〔2026〕1号', minutes: '研究了预算。', decisions: [{ content: '预算草案报区财政局', leadUnitId: randomUUID(), coUnitIds: [] }] });
    expect(res.body.status).toBe('held');
    res = await http.post(`${meetings}/${id}/publish`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send();
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'published' });
    expect((await http.get(`${meetings}/${id}`).set('authorization', bearer('leader'))).status).toBe(200);
    expect((await http.get(meetings).set('authorization', bearer('liaison'))).status).toBe(403);
  });
});
