import { mkdirSync } from 'node:fs';
import { INCOMING_STATE_LABELS, INCOMING_STATES } from '@gov/contracts-document-secretariat';
import type { Logger } from 'pino';
import { DemoAccounts } from './accounts.js';
import { GatewayClient } from './client.js';
import { DEMO_ADMINS, DEMO_PEOPLE } from './people.js';
import { DEMO_STEPS, type DemoContext } from './records.js';
import { loadDemoState, saveDemoState, type DemoState } from './state.js';

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Chinese role description, e.g. 区长, 联络员（山头街道）. */
  role: string;
  /** Base32 TOTP secret (administrators only). */
  totpSecret?: string;
}

export interface DemoSummary {
  password: string;
  accounts: DemoAccount[];
  /** Records of the demo office as the API lists them, e.g. 收文: 8, 收文·已退回: 1, 督办事项·红灯: 2. */
  counts: Record<string, number>;
}

const TOTP_ISSUER = '博山区政府办公室';

/**
 * Seeds the demo office through the platform's own commands (the gateway's HTTP API at gatewayUrl, signed in as the
 * bootstrap administrators whose credentials are passed, then as each person of the office), idempotently: a second
 * call on an already seeded database returns the summary without adding anything. Progress is kept in
 * `<dataDir>/demo.json` (mode 600) after every step, so an interrupted seed resumes with the step it was in (a step
 * cut off halfway is done again: its first records stay, as government records are never deleted).
 */
export async function seedDemoOffice(options: {
  gatewayUrl: string;
  bootstrapAdmins?: { username: string; password: string; totpSecret?: string }[];
  logger: Logger;
  dataDir: string;
}): Promise<DemoSummary> {
  const { logger, dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const state = loadDemoState(dataDir);
  if (state.completedAt && state.counts) return summaryOf(state, state.counts);

  const started = Date.now();
  const client = new GatewayClient(options.gatewayUrl, logger);
  const accounts = new DemoAccounts(client, state, dataDir, logger);
  await accounts.ensure(options.bootstrapAdmins ?? []);
  state.refs ??= {};
  state.attempts ??= {};
  for (const step of DEMO_STEPS) {
    if (state.steps[step.name]) continue;
    const stepStarted = Date.now();
    const attempt = (state.attempts[step.name] ?? 0) + 1;
    state.attempts[step.name] = attempt;
    saveDemoState(dataDir, state);
    Object.assign(state.refs, await step.run({ client, accounts, refs: state.refs, attempt }));
    state.steps[step.name] = { ms: Date.now() - stepStarted };
    saveDemoState(dataDir, state);
    logger.info({ step: step.name, ms: state.steps[step.name].ms }, '演示数据：已生成');
  }
  state.counts = await countRecords({ client, accounts, refs: state.refs, attempt: 1 });
  state.completedAt = new Date().toISOString();
  saveDemoState(dataDir, state);
  logger.info({ ms: Date.now() - started, counts: state.counts }, '演示数据：演示办公室已生成');
  return summaryOf(state, state.counts);
}

function summaryOf(state: DemoState, counts: Record<string, number>): DemoSummary {
  return {
    password: state.password,
    accounts: [
      ...DEMO_PEOPLE.map((p) => {
        const totpSecret = state.accounts[p.username]?.totpSecret;
        return { username: p.username, displayName: p.displayName, role: p.role, ...(totpSecret ? { totpSecret } : {}) };
      }),
      ...DEMO_ADMINS.map((a) => {
        const login = state.admins[a.duty];
        return { username: login?.username ?? '', displayName: a.displayName, role: a.role, ...(login?.totpSecret ? { totpSecret: login.totpSecret } : {}) };
      }),
    ],
    counts,
  };
}

/** What the office now holds, as its people list it through the API. */
async function countRecords(ctx: DemoContext): Promise<Record<string, number>> {
  const { client, accounts } = ctx;
  const total = async (path: string, username: string, query: Record<string, string> = {}) =>
    (await client.get<{ total: number }>(path, await accounts.token(username), { ...query, limit: 1 })).body.total;
  const counts: Record<string, number> = {};
  counts['收文'] = await total('/api/documents/incoming', 'wenmi_ky');
  for (const state of INCOMING_STATES) counts[`收文·${INCOMING_STATE_LABELS[state]}`] = await total('/api/documents/incoming', 'wenmi_ky', { state });
  counts['发文'] = await total('/api/documents/outgoing', 'wenmi_ky');
  counts['发文·已核发'] = await total('/api/documents/outgoing', 'wenmi_ky', { status: 'issued' });
  counts['批示'] = await total('/api/documents/instructions', 'mishu1_ky');
  // Lights are recomputed on a schedule; recompute now so that the counts show today's lights.
  await client.call('POST', '/api/supervision/warnings/recompute', {}, { token: await accounts.token('ducha_ky') });
  counts['督办事项'] = await total('/api/supervision/items', 'ducha_ky');
  for (const [light, label] of [['red', '红灯'], ['yellow', '黄灯'], ['green', '绿灯']] as const) counts[`督办事项·${label}`] = await total('/api/supervision/items', 'ducha_ky', { light });
  counts['督办事项·已销号'] = await total('/api/supervision/items', 'ducha_ky', { status: 'closed' });
  counts['会议'] = await total('/api/meetings', 'zonghe_ky');
  counts['紧急事项'] = await total('/api/duty/urgent-matters', 'zonghe_ky');
  counts['舆情'] = await total('/api/opinion/items', 'zonghe_ky');
  counts['建议提案'] = await total('/api/suggestions', 'ducha_ky');
  counts['档案'] = await total('/api/documents/archives/items', 'wenmi_ky');
  return counts;
}

/** The Chinese banner: this is demo data, the shared password, which account to use for each kind of user. */
export function formatDemoBanner(summary: DemoSummary): string {
  const width = Math.max(...summary.accounts.map((a) => a.role.length));
  const line = (a: DemoAccount) => `  ${a.role.padEnd(width + 2, '　')}${a.username.padEnd(12)}${a.displayName}`;
  const admins = summary.accounts.filter((a) => a.totpSecret);
  const people = summary.accounts.filter((a) => !a.totpSecret);
  const records = Object.entries(summary.counts)
    .filter(([name, n]) => !name.includes('·') || n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join('，');
  return [
    '',
    '==================== 演示模式：以下均为虚构的演示数据，不是真实政务数据 ====================',
    '演示办公室：博山区人民政府办公室的 13 个科室、区内各单位（单位名录），以及下列人员。',
    `所有演示账户的统一密码：${summary.password}`,
    '',
    ...people.map(line),
    '',
    '下列账户（三员管理员）登录还须 6 位动态验证码：把密钥（或 otpauth 地址）加入身份验证器：',
    ...admins.flatMap((a) => [
      line(a),
      `      密钥 ${a.totpSecret}`,
      `      otpauth://totp/${encodeURIComponent(`${TOTP_ISSUER}:${a.username}`)}?secret=${a.totpSecret}&issuer=${encodeURIComponent(TOTP_ISSUER)}&algorithm=SHA1&digits=6&period=30`,
    ]),
    '',
    `演示记录：${records}`,
    '建议：以 quzhang（区长）查看批示和督办，以 lly_yjj（应急局联络员）查看本单位的督办事项和分办件，以 wenmi_ky（文秘科）办理收文发文。',
    '演示数据只在 npm run demo（npm start -- --demo）时生成，保存在单独的数据目录中；npm start 不含演示数据。',
    '==========================================================================================',
    '',
  ].join('\n');
}
