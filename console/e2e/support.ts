import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const screenshots = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
mkdirSync(screenshots, { recursive: true });

/** The shared demo password, from the demo's data folder. */
export function demoPassword(): string {
  return (JSON.parse(readFileSync(join(process.env.CONSOLE_DEMO_DIR as string, 'demo.json'), 'utf8')) as { password: string }).password;
}

/** Signs in through the login page and waits for the workbench. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(demoPassword());
  await page.getByRole('button', { name: '登 录' }).click();
  await expect(page.getByRole('heading', { name: '待办工作台' })).toBeVisible();
}

/**
 * axe on the page as it is (WCAG 2.1 A/AA rules): no serious or critical violation. Keeps a full-page screenshot
 * under console/test-results/screenshots/<name>.png as an artefact.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  // Not 'networkidle': the notification stream keeps a request open for as long as the page lives.
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('.el-loading-mask:visible')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary, `axe on ${name}`).toEqual([]);
}

/** An API session as a demo person (for arranging a test: what another user does meanwhile). */
export async function apiAs(request: APIRequestContext, username: string): Promise<{ headers: Record<string, string> }> {
  const response = await request.post('/api/auth/login', { data: { username, password: demoPassword() } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { accessToken: string };
  return { headers: { authorization: `Bearer ${body.accessToken}` } };
}

export interface ItemRow {
  id: string;
  title: string;
  status: string;
  light: string;
  leadUnitId: string | null;
  version: number;
}

/** The liaison's own red 督办 items (lead unit), still open. */
export async function redItemsOf(request: APIRequestContext, username: string): Promise<ItemRow[]> {
  const session = await apiAs(request, username);
  const me = (await (await request.get('/api/auth/me', session)).json()) as { unitId: string };
  const response = await request.get('/api/supervision/items?light=red&limit=100', session);
  expect(response.ok()).toBe(true);
  const items = ((await response.json()) as { items: ItemRow[] }).items;
  return items.filter((item) => item.leadUnitId === me.unitId && ['assigned', 'acknowledged', 'in_progress'].includes(item.status));
}

export type AdminDuty = 'system' | 'security' | 'audit';

/** The demo's three administrators (三员) as demo.json records them: username, password and TOTP secret. */
export function demoAdmin(duty: AdminDuty): { username: string; password: string; totpSecret: string } {
  const state = JSON.parse(readFileSync(join(process.env.CONSOLE_DEMO_DIR as string, 'demo.json'), 'utf8')) as { admins: Record<AdminDuty, { username: string; password: string; totpSecret: string }> };
  return state.admins[duty];
}

/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) of a base32 secret: what the administrator's authenticator shows. */
export function totpOf(secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of secret.toUpperCase().replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * Signs an administrator in through the login page: password, then the 动态验证码 the page asks for. A code is good
 * once, so when this 30-second code was used already (the demo's seed signs the administrators in) the next one is typed.
 */
export async function signInAdmin(page: Page, duty: AdminDuty): Promise<string> {
  const admin = demoAdmin(duty);
  await page.goto('/login');
  await page.getByLabel('用户名').fill(admin.username);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: '登 录' }).click();
  const code = page.getByLabel('动态验证码');
  await expect(code).toBeVisible();
  for (const at of [Date.now(), Date.now() + 30_000]) {
    await code.fill(totpOf(admin.totpSecret, at));
    await page.getByRole('button', { name: '登 录' }).click();
    const heading = page.getByRole('heading', { name: '待办工作台' });
    await expect(heading.or(page.getByTestId('form-error'))).toBeVisible();
    if (await heading.isVisible()) return admin.username;
  }
  await expect(page.getByRole('heading', { name: '待办工作台' })).toBeVisible();
  return admin.username;
}

/** Today in Beijing (YYYY-MM-DD), whatever the machine's time zone. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The n-th working day after today in Beijing (n < 0: before), by the same 休/班 calendar the console marks. */
export function workdayFrom(n: number): string {
  // chinese-days is CommonJS without named ESM exports.
  const { findWorkday } = createRequire(import.meta.url)('chinese-days') as typeof import('chinese-days');
  return findWorkday(n, beijingToday());
}

/** Types a date into a date picker (labelled `label`) inside `scope` and confirms it. */
export async function fillDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** Chooses an option of an Element Plus select labelled `label` inside `scope`: opens it, picks from its own list (by aria-controls). */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  await scope.locator('.el-select', { has: page.getByRole('combobox', { name: label, exact: true }) }).click();
  const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
  await expect(list).toBeVisible();
  await list.getByRole('option', { name: option }).first().click();
  await expect(list).toBeHidden();
}

/**
 * Waits until the demo's seed has completed (demo.json's `completedAt`). The global setup returns as soon as the 督办
 * records exist; the later sections (政务公开, 信息, 人事财务, 机关事务, 外事, 党建) are seeded after it, so their
 * specs wait for the whole seed in a `beforeAll`.
 */
export async function demoSeeded(timeoutMs = 280_000): Promise<void> {
  const file = join(process.env.CONSOLE_DEMO_DIR as string, 'demo.json');
  await expect
    .poll(() => (JSON.parse(readFileSync(file, 'utf8')) as { completedAt?: string }).completedAt ?? '', { message: `演示数据未在规定时间内生成完毕（${file}）`, timeout: timeoutMs, intervals: [1000] })
    .not.toBe('');
}
