import { defineConfig } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Browser tests of the console against `npm run demo` on a fresh data folder and free ports (or against CONSOLE_URL
 * with CONSOLE_DEMO_DIR when a demo is already running). Debian's chromium, never Playwright's download.
 * The values are put in the environment once, so that the workers see the same ones.
 */
const repo = fileURLToPath(new URL('..', import.meta.url));
process.env.CONSOLE_E2E_PORT ??= String(3400 + Math.floor(Math.random() * 400));
process.env.CONSOLE_E2E_PG_PORT ??= String(55400 + Math.floor(Math.random() * 400));
if (!process.env.CONSOLE_DEMO_DIR) {
  mkdirSync(join(repo, 'tmp'), { recursive: true });
  process.env.CONSOLE_DEMO_DIR = mkdtempSync(join(repo, 'tmp', 'console-e2e-'));
}
const external = Boolean(process.env.CONSOLE_URL);
process.env.CONSOLE_URL ??= `http://127.0.0.1:${process.env.CONSOLE_E2E_PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/output',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: './test-results/results.json' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: process.env.CONSOLE_URL,
    testIdAttribute: 'data-test',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: external
    ? undefined
    : {
        command: 'npm run demo',
        cwd: repo,
        url: `${process.env.CONSOLE_URL}/`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGINT', timeout: 20_000 },
        env: {
          GOV_DATA_DIR: process.env.CONSOLE_DEMO_DIR,
          HTTP_PORT: process.env.CONSOLE_E2E_PORT,
          EMBEDDED_PG_PORT: process.env.CONSOLE_E2E_PG_PORT,
          LOG_LEVEL: 'warn',
        },
      },
});
