import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Waits until the demo has seeded its whole office: demo.json gets `completedAt` once every section's step is done and
 * the events between services have arrived (the demo waits for them), so that no spec finds a list still empty.
 */
export default async function globalSetup(): Promise<void> {
  const file = join(process.env.CONSOLE_DEMO_DIR as string, 'demo.json');
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const state = JSON.parse(readFileSync(file, 'utf8')) as { password?: string; completedAt?: string };
      if (state.password && state.completedAt) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`演示数据未在 5 分钟内生成完毕（${file}）`);
}
