import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, FieldCipher, InProcessBus, type Bus } from '@gov/platform';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@gov/platform-embedded';
import { printBootstrapAdmins } from '@gov/service-gateway';
import { launchPlatform } from './launch.js';

/**
 * `npm start`: the whole platform in one process. Without DATABASE_URL it runs an embedded PostgreSQL with
 * its data under ./data (kept across restarts); without NATS_URL it uses the in-process bus (durable
 * streams in that same database). With them set, it uses them instead.
 */
const started = Date.now();
const logger = createLogger('platform', process.env.LOG_LEVEL ?? 'info');
const dataDir = resolve(process.env.GOV_DATA_DIR ?? 'data');
mkdirSync(dataDir, { recursive: true });

/** Secrets of the embedded mode: generated once, kept beside the data (mode 600), never constants. */
function localSecrets(): Record<string, string> {
  const file = join(dataDir, 'secrets.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ FIELD_ENCRYPTION_KEY: FieldCipher.generateKey() }, null, 2), { mode: 0o600 });
  return JSON.parse(readFileSync(file, 'utf8'));
}

const env: Record<string, string | undefined> = { ...localSecrets(), ...process.env };
let postgres: EmbeddedPostgresHandle | undefined;
let bus: Bus | undefined;

async function shutdown(code: number): Promise<never> {
  await platform?.stop().catch((error: unknown) => logger.error({ err: error }, '停止平台时出错'));
  await bus?.close().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  process.exit(code);
}

let platform: Awaited<ReturnType<typeof launchPlatform>> | undefined;
try {
  if (!env.DATABASE_URL) {
    postgres = await startEmbeddedPostgres({ dir: join(dataDir, 'postgres'), port: Number(env.EMBEDDED_PG_PORT ?? 54329), logger });
    env.DATABASE_URL = postgres.url;
    logger.info({ dataDir: postgres.dataDir }, '内嵌 PostgreSQL 已启动');
  }
  if (!env.NATS_URL) bus = await InProcessBus.open(env.DATABASE_URL, logger);
  platform = await launchPlatform({ env, bus, logger, port: Number(env.HTTP_PORT ?? 3000), host: env.HTTP_HOST ?? '127.0.0.1' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const url = platform!.gateway.url;
const lines = [
  '',
  '区政府办公室协同办公平台 已启动',
  `  网关:        ${url}`,
  `  接口文档:    ${url}/api/docs  （OpenAPI: ${url}/api/docs-json）`,
  `  数据库:      ${postgres ? `内嵌 PostgreSQL（数据目录 ${postgres.dataDir}）` : '外部 PostgreSQL（DATABASE_URL）'}`,
  `  消息总线:    ${bus ? '进程内总线（事件持久化在数据库中）' : `NATS（${env.NATS_URL}）`}`,
  `  启动耗时:    ${Date.now() - started} ms`,
];
lines.push('', `登录：POST ${url}/api/auth/login  {"username": "...", "password": "...", "totp": "..."}`, '按 Ctrl-C 停止。', '');
console.log(lines.join('\n'));
printBootstrapAdmins(platform!.gateway.bootstrapAdmins);

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
