import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, FieldCipher, generateCallerKeys, generateEventKeys, InProcessBus, type Bus } from '@gov/platform';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@gov/platform-embedded';
import { printBootstrapAdmins } from '@gov/service-gateway';
import { launchPlatform } from './launch.js';

/**
 * `npm start`: the whole platform in one process. Without DATABASE_URL it runs an embedded PostgreSQL with
 * its data under ./data (kept across restarts); without NATS_URL it uses the in-process bus (durable
 * streams in that same database). With them set, it uses them instead.
 *
 * `npm run demo` (`npm start -- --demo`): the same on a data folder of its own (./data-demo), seeded once with a
 * sample office through the platform's own API. Only with that flag: `npm start` never shows demo data.
 */
const started = Date.now();
const demo = process.argv.includes('--demo');
const logger = createLogger('platform', process.env.LOG_LEVEL ?? 'info');

/** Stops here with one Chinese line, no stack: what went wrong and what to do. */
function refuse(message: string): never {
  process.stderr.write(`\n错误：${message}\n\n`);
  process.exit(1);
}

if (demo && (process.env.DATABASE_URL || process.env.NATS_URL)) {
  refuse('演示模式只在自己的内嵌数据库上运行，不会把演示数据写入 DATABASE_URL/NATS_URL 指向的环境。请去掉这两个变量后再运行 npm run demo。');
}
const dataDir = resolve(process.env.GOV_DATA_DIR ?? (demo ? 'data-demo' : 'data'));
try {
  mkdirSync(dataDir, { recursive: true });
} catch (error) {
  refuse(`无法创建数据目录 ${dataDir}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）。请检查权限，或用 GOV_DATA_DIR 指定其他目录。`);
}

/**
 * Secrets of the embedded mode: generated once, kept beside the data (mode 600), never constants. A file from an
 * older release gets the keys it lacks (the gateway's caller-assertion pair, the apps' event keys).
 */
function localSecrets(): Record<string, string> {
  const file = join(dataDir, 'secrets.json');
  const kept = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, string>;
  const secrets = {
    FIELD_ENCRYPTION_KEY: kept.FIELD_ENCRYPTION_KEY ?? FieldCipher.generateKey(),
    ...(kept.CALLER_SIGNING_KEY ? {} : generateCallerKeys()),
    ...(kept.EVENT_VERIFY_KEYS ? {} : generateEventKeys()),
    ...kept,
  };
  if (JSON.stringify(secrets) !== JSON.stringify(kept)) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const env: Record<string, string | undefined> = { ...localSecrets(), ...process.env };
// The demo seeds its office by signing in some twenty people from this machine at once: more than the per-address
// sign-in limit meant for the public network. Only for the demo, and only where no limit is set explicitly.
if (demo) env.RATE_LIMIT_SIGN_IN_PER_MINUTE ??= '120';
let postgres: EmbeddedPostgresHandle | undefined;
let bus: Bus | undefined;
let platform: Awaited<ReturnType<typeof launchPlatform>> | undefined;

async function shutdown(code: number): Promise<never> {
  await platform?.stop().catch((error: unknown) => logger.error({ err: error }, '停止平台时出错'));
  await bus?.close().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  process.exit(code);
}

try {
  if (!env.DATABASE_URL) {
    postgres = await startEmbeddedPostgres({ dir: join(dataDir, 'postgres'), port: Number(env.EMBEDDED_PG_PORT ?? (demo ? 54339 : 54329)), logger });
    env.DATABASE_URL = postgres.url;
    logger.info({ dataDir: postgres.dataDir }, '内嵌 PostgreSQL 已启动');
  }
  if (!env.NATS_URL) bus = await InProcessBus.open(env.DATABASE_URL, logger);
  platform = await launchPlatform({ env, bus, logger, port: Number(env.HTTP_PORT ?? 3000), host: env.HTTP_HOST ?? '127.0.0.1' });
} catch (error) {
  const message = error instanceof EmbeddedPostgresError ? error.message : `平台无法启动：${error instanceof Error ? error.message : String(error)}`;
  if (!(error instanceof EmbeddedPostgresError)) logger.error({ err: error }, '平台无法启动');
  process.stderr.write(`\n错误：${message}\n\n`);
  await shutdown(1);
}

const url = platform!.gateway.url;
let demoBanner = '';
if (demo) {
  try {
    const { seedDemoOffice, formatDemoBanner } = await import('./demo/index.js');
    const summary = await seedDemoOffice({ gatewayUrl: url, bootstrapAdmins: platform!.gateway.bootstrapAdmins, logger, dataDir });
    demoBanner = formatDemoBanner(summary);
  } catch (error) {
    logger.error({ err: error }, '演示数据写入失败');
    process.stderr.write(`\n错误：演示数据写入失败：${error instanceof Error ? error.message : String(error)}。可删除 ${dataDir} 后重新运行 npm run demo。\n\n`);
    await shutdown(1);
  }
}

const database = postgres
  ? `内嵌 PostgreSQL（数据目录 ${postgres.dataDir}${postgres.relocatedBecause ? `；${postgres.relocatedBecause}` : ''}）`
  : '外部 PostgreSQL（DATABASE_URL）';
const lines = [
  '',
  demo ? '区政府办公室协同办公平台（演示环境：以下全部为演示数据，并非真实政务信息）已启动' : '区政府办公室协同办公平台 已启动',
  `  网关:        ${url}`,
  `  接口文档:    ${url}/api/docs  （OpenAPI: ${url}/api/docs-json）`,
  `  数据库:      ${database}`,
  `  消息总线:    ${bus ? '进程内总线（事件持久化在数据库中）' : `NATS（${env.NATS_URL}）`}`,
  `  启动耗时:    ${Date.now() - started} ms`,
];
lines.push('', `登录：POST ${url}/api/auth/login  {"username": "...", "password": "...", "totp": "..."}`, '按 Ctrl-C 停止。', '');
console.log(lines.join('\n'));
if (demoBanner) console.log(demoBanner);
else printBootstrapAdmins(platform!.gateway.bootstrapAdmins);

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
