import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
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
