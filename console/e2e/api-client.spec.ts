import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('接口客户端与运行中网关的 OpenAPI 文档一致（过期则须 npm run console:api）', () => {
  const script = fileURLToPath(new URL('../scripts/api.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, '--check', '--url', process.env.CONSOLE_URL as string], { encoding: 'utf8' });
  expect(result.stderr + result.stdout).toContain('一致');
  expect(result.status).toBe(0);
});
