import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@gov/platform';
import { signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { formatDemoBanner, seedDemoOffice, type DemoSummary } from '../src/demo/index.js';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** `npm run demo`: the demo office is made through the platform's own routes, and its people find their records. */
describe('the demo office', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let dataDir: string;
  let summary: DemoSummary;
  const logger = createLogger('demo-test', process.env.TEST_LOG_LEVEL ?? 'silent');

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    dataDir = mkdtempSync(join(tmpdir(), 'gov-demo-'));
    expect(platform.gateway.bootstrapAdmins).toHaveLength(3);
    summary = await seedDemoOffice({ gatewayUrl: platform.gateway.url, bootstrapAdmins: platform.gateway.bootstrapAdmins, logger, dataDir });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps one generated password in demo.json (mode 600) and prints a Chinese banner that says it is demo data', async () => {
    const file = join(dataDir, 'demo.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    expect(kept.password).toBe(summary.password);
    expect(kept.completedAt).toBeTruthy();
    expect(summary.accounts.length).toBeGreaterThanOrEqual(18);
    expect(summary.accounts.map((a) => a.role)).toEqual(expect.arrayContaining(['区长', '常务副区长', '副区长', '办公室主任', '系统管理员', '安全保密管理员', '安全审计员']));
    expect(summary.accounts.filter((a) => a.role.startsWith('联络员')).length).toBeGreaterThanOrEqual(2);
    expect(summary.accounts.filter((a) => a.totpSecret).map((a) => a.username).sort()).toEqual(['auditadmin', 'secadmin', 'sysadmin']);
    const banner = formatDemoBanner(summary);
    expect(banner).toContain('演示数据');
    expect(banner).toContain(summary.password);
    expect(banner).toContain('otpauth://totp/');
    // Every person, the administrators with their second factor, signs in with the one demo password.
    for (const account of summary.accounts.filter((a) => ['quzhang', 'zhuren', 'auditadmin'].includes(a.username))) {
      const me = await http.get('/api/auth/me').set('authorization', `Bearer ${await signIn(http, account.username, summary.password, account.totpSecret)}`);
      expect(me.body).toMatchObject({ username: account.username, displayName: account.displayName, passwordChangeRequired: false });
    }
  });

  it('holds records in every state: 收文 at each step, an issued 发文, lights, a meeting, duty, 舆情, 建议提案 and archives', async () => {
    const { counts } = summary;
    expect(counts['收文']).toBe(8);
    for (const label of ['已登记待初审', '已退回', '待拟办']) expect(counts[`收文·${label}`]).toBe(1);
    expect(Object.entries(counts).filter(([name, n]) => name.startsWith('收文·') && n === 1)).toHaveLength(8);
    expect(counts['发文·已核发']).toBe(1);
    // The office's own two, and 信息科's signed 月度通报 that document-secretariat registered (by its event) for 编号.
    expect(counts['发文']).toBe(3);
    expect(counts['批示']).toBe(3);
    // 8 registered in the office's own records, and the 党组会's 2 议定事项 (personnel-finance, by their event).
    expect(counts['督办事项']).toBe(10);
    expect(counts['督办事项·红灯']).toBe(2);
    expect(counts['督办事项·黄灯']).toBeGreaterThanOrEqual(1);
    expect(counts['督办事项·绿灯']).toBeGreaterThanOrEqual(3);
    expect(counts['督办事项·已销号']).toBe(1);
    expect(counts['会议']).toBe(1);
    // The duty office's own, a 涉外案事件 from 外事办, an urgent 报送信息 from 信息科 and a 大院安全事件 escalated by
    // 机关事务管理科 (each by its event).
    expect(counts['紧急事项']).toBe(4);
    expect(counts['舆情']).toBe(2);
    expect(counts['建议提案']).toBe(2);
    expect(counts['档案']).toBe(2);

    const wenmi = await signIn(http, 'wenmi_ky', summary.password);
    const outgoing = await http.get('/api/documents/outgoing').query({ status: 'issued' }).set('authorization', `Bearer ${wenmi}`);
    expect(outgoing.body.items[0].docNumber).toMatch(/^博政办发〔\d{4}〕1号$/);
    const archives = await http.get('/api/documents/archives/items').set('authorization', `Bearer ${wenmi}`);
    expect(archives.body.items.map((i: { archiveCode: string }) => i.archiveCode)).toEqual(expect.arrayContaining([expect.stringMatching(/^J001-WS·\d{4}-D30-WMK-000[12]$/)]));
  });

  it('a liaison signs in and lists their unit’s 督办事项; the 区长 lists his 批示', async () => {
    const liaison = await signIn(http, 'lly_yjj', summary.password);
    const me = await http.get('/api/auth/me').set('authorization', `Bearer ${liaison}`);
    const items = await http.get('/api/supervision/items').query({ limit: 100 }).set('authorization', `Bearer ${liaison}`);
    expect(items.status).toBe(200);
    expect(items.body.total).toBeGreaterThanOrEqual(3);
    expect(items.body.items.every((i: { leadUnitId: string; coUnitIds: string[] }) => i.leadUnitId === me.body.unitId || i.coUnitIds.includes(me.body.unitId))).toBe(true);
    expect(items.body.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['leader_instruction', 'meeting_decision', 'higher_assignment']));

    const mayor = await signIn(http, 'quzhang', summary.password);
    const instructions = await http.get('/api/documents/instructions').set('authorization', `Bearer ${mayor}`);
    expect(instructions.status).toBe(200);
    expect(instructions.body.items.map((i: { leaderName: string; sourceTitle: string }) => [i.leaderName, i.sourceTitle])).toContainEqual(['刘志强', '关于进一步加强森林防火工作的紧急通知']);
  });

  it('a second seed of the same data folder adds nothing', async () => {
    const again = await seedDemoOffice({ gatewayUrl: platform.gateway.url, logger, dataDir });
    expect(again).toEqual(summary);
    const ducha = await signIn(http, 'ducha_ky', summary.password);
    const items = await http.get('/api/supervision/items').query({ limit: 1 }).set('authorization', `Bearer ${ducha}`);
    expect(items.body.total).toBe(summary.counts['督办事项']);
  });

  it('a seed stopped halfway resumes: finished steps are not repeated, the interrupted one is done again', async () => {
    const file = join(dataDir, 'demo.json');
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    // As if the run had stopped while filing the archives, and before one person's demo password was recorded.
    delete kept.completedAt;
    delete kept.counts;
    delete kept.steps['建议提案'];
    delete kept.steps['归档'];
    kept.accounts.xinxi_ky = { ...kept.accounts.xinxi_ky, password: 'Initial-password-7', passwordSet: false };
    writeFileSync(file, JSON.stringify(kept), { mode: 0o600 });

    const resumed = await seedDemoOffice({ gatewayUrl: platform.gateway.url, logger, dataDir });
    expect(resumed.password).toBe(summary.password);
    // The 建议提案 are registered again under new numbers; the documents already filed stay filed once.
    expect(resumed.counts).toEqual({ ...summary.counts, 建议提案: 4 });
    expect(JSON.parse(readFileSync(file, 'utf8')).attempts).toMatchObject({ 收文: 1, 发文: 1, 建议提案: 2, 归档: 2 });
    const token = await signIn(http, 'xinxi_ky', summary.password);
    expect((await http.get('/api/auth/me').set('authorization', `Bearer ${token}`)).body.passwordChangeRequired).toBe(false);
  });
});
