import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Waits until the demo has seeded its office (demo.json names every person with the shared password). */
export default async function globalSetup(): Promise<void> {
  const file = join(process.env.CONSOLE_DEMO_DIR as string, 'demo.json');
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const state = JSON.parse(readFileSync(file, 'utf8')) as { password?: string; accounts?: Record<string, { passwordSet?: boolean }>; records?: Record<string, unknown> };
      const liaison = state.accounts?.lly_st?.passwordSet;
      if (state.password && liaison) {
        // The banner is printed after the records: give the seed its last writes.
        const response = await fetch(`${process.env.CONSOLE_URL}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'lly_yjj', password: state.password }) });
        const login = (await response.json()) as { accessToken?: string };
        const items = await fetch(`${process.env.CONSOLE_URL}/api/supervision/items?light=red`, { headers: { authorization: `Bearer ${login.accessToken}` } });
        if (items.ok && ((await items.json()) as { total: number }).total > 0) return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`演示数据未在 5 分钟内就绪（${file}）`);
}
