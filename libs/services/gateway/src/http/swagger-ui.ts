import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** The Swagger UI assets that ship with @nestjs/swagger (its `swagger-ui-dist` dependency). */
function assetsDirectory(): string {
  const fromSwagger = createRequire(createRequire(import.meta.url).resolve('@nestjs/swagger'));
  return dirname(fromSwagger.resolve('swagger-ui-dist/package.json'));
}

function page(base: string, title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="${base}/favicon-32x32.png">
<link rel="stylesheet" href="${base}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${base}/swagger-ui-bundle.js"></script>
<script src="${base}/swagger-ui-standalone-preset.js"></script>
<script src="${base}/swagger-ui-init.js"></script>
</body>
</html>`;
}

function initScript(documentUrl: string): string {
  return `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(documentUrl)},
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    persistAuthorization: true,
    displayRequestDuration: true
  });
};
`;
}

/**
 * Serves Swagger UI at `base` for the document at `documentUrl`, from files read once into memory. Done here
 * rather than through @fastify/static (which SwaggerModule would load) so that no extra dependency is needed
 * and the page passes a strict Content-Security-Policy (no inline script).
 */
export function serveSwaggerUi(fastify: FastifyInstance, base: string, documentUrl: string, title: string): void {
  const directory = assetsDirectory();
  const cache = new Map<string, Promise<Buffer>>();
  const html = page(base, title);
  fastify.get(base, (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  fastify.get(`${base}/`, (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  fastify.get(`${base}/swagger-ui-init.js`, (_request, reply) => reply.type('application/javascript; charset=utf-8').send(initScript(documentUrl)));
  for (const [file, type] of Object.entries(ASSETS)) {
    fastify.get(`${base}/${file}`, async (_request, reply) => {
      if (!cache.has(file)) cache.set(file, readFile(join(directory, file)));
      return reply.type(type).header('cache-control', 'public, max-age=86400').send(await cache.get(file));
    });
  }
}
