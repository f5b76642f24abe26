import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The console's own Content-Security-Policy (on its HTML): scripts and styles from this origin only (Element Plus sets
 * inline style attributes), images also as data: (the TOTP QR code) and blob: (downloads), calls to this origin only.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join(';');

interface ConsoleLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/** Where the built console is: CONSOLE_DIR, else `console/dist` under the working directory or the repository. */
export function consoleDirectory(env: Record<string, string | undefined>): string | undefined {
  const candidates = env.CONSOLE_DIR ? [resolve(env.CONSOLE_DIR)] : [resolve('console/dist'), fileURLToPath(new URL('../../../../../console/dist', import.meta.url))];
  return candidates.find((directory) => existsSync(join(directory, 'index.html')));
}

/** Paths that are never the console: the API (and its documents) keep their problem+json 404. */
function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?') || url === '/metrics' || url.startsWith('/health');
}

/**
 * Serves the built console at `/`: its hashed assets (cached for a year) with @fastify/static, and index.html (never
 * cached, under CONSOLE_CSP) for every other GET that is not an API path, so that deep links such as
 * `/supervision/items/<id>` open the app. Unknown `/api/*` paths fall through to the gateway's problem+json 404.
 * CONSOLE_DIR=off serves no console.
 */
export async function serveConsole(app: NestFastifyApplication, logger: ConsoleLogger, env: Record<string, string | undefined>): Promise<boolean> {
  if (env.CONSOLE_DIR === 'off') return false;
  const directory = consoleDirectory(env);
  if (!directory) {
    logger.warn({}, '未找到控制台（console/dist/index.html）：网关只提供接口。请先运行 npm run console:build，或用 CONSOLE_DIR 指定目录');
    return false;
  }
  await app.register(fastifyStatic, {
    root: join(directory, 'assets'),
    prefix: '/assets/',
    index: false,
    // File names carry their content hash: cached for a year.
    maxAge: '365d',
    immutable: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  for (const file of ['favicon.svg']) {
    if (!existsSync(join(directory, file))) continue;
    const body = readFileSync(join(directory, file));
    fastify.get(`/${file}`, (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(body));
  }
  // Read on every request (a few hundred bytes): a rebuilt console is served without restarting the gateway.
  const page = async (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', CONSOLE_CSP).send(await readFile(join(directory, 'index.html')));
  fastify.get('/', (_request, reply) => page(reply));
  fastify.get('/*', (request, reply) => {
    const accepts = request.headers.accept ?? '';
    if (isApiPath(request.url) || request.url.startsWith('/assets/') || (accepts && !accepts.includes('text/html') && !accepts.includes('*/*'))) return reply.callNotFound();
    return page(reply);
  });
  logger.info({ directory }, '控制台已挂载在 /');
  return true;
}
