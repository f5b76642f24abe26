import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where the generated catalogue lives (tools/asyncapi/generate.ts writes it; the image copies it beside dist/). */
export const ASYNCAPI_PATH = join('docs', 'asyncapi', 'asyncapi.json');

/** The committed AsyncAPI document, found from this file upwards (the repository, or the image's /app); undefined if absent. */
export function findAsyncApiDocument(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, ASYNCAPI_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Json = Record<string, unknown>;

/** One line per field of a payload schema (nested objects and arrays one level deep, by reference name). */
function fieldRows(schema: Json | undefined, schemas: Record<string, Json>, prefix = '', depth = 0): string[] {
  if (!schema) return [];
  const resolved = typeof schema.$ref === 'string' ? schemas[(schema.$ref as string).split('/').pop()!] : schema;
  const properties = (resolved?.properties ?? {}) as Record<string, Json>;
  const required = new Set((resolved?.required as string[] | undefined) ?? []);
  const rows: string[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const inner = (property.oneOf as Json[] | undefined)?.find((s) => s.type !== 'null') ?? property;
    const ref = typeof inner.$ref === 'string' ? (inner.$ref as string).split('/').pop() : undefined;
    const items = inner.items as Json | undefined;
    const itemRef = typeof items?.$ref === 'string' ? (items.$ref as string).split('/').pop() : undefined;
    const type = ref ?? (itemRef ? `${itemRef}[]` : [inner.type, inner.format].flat().filter(Boolean).join(' '));
    const enumValues = Array.isArray(inner.enum) ? ` ∈ {${(inner.enum as unknown[]).map(String).join(', ')}}` : '';
    rows.push(
      `<tr><td><code>${escapeHtml(prefix + name)}</code></td><td>${escapeHtml(type)}${escapeHtml(enumValues)}</td><td>${required.has(name) ? '必填' : '可选'}</td><td>${escapeHtml(property.description ?? inner.description ?? '')}</td></tr>`,
    );
    if (depth < 1 && (ref || itemRef)) rows.push(...fieldRows({ $ref: `#/components/schemas/${ref ?? itemRef}` }, schemas, `${prefix}${name}${itemRef ? '[]' : ''}.`, depth + 1));
  }
  return rows;
}

/** A readable page of the catalogue: the guarantees, then each subject with its descriptions, fields and example. */
export function asyncApiPage(document: Json): string {
  const info = document.info as Json;
  const schemas = ((document.components as Json).schemas ?? {}) as Record<string, Json>;
  const messages = ((document.components as Json).messages ?? {}) as Record<string, Json>;
  const channels = Object.values(document.channels as Record<string, Json>);
  const byProducer = new Map<string, Json[]>();
  for (const channel of channels) {
    const producer = String((channel.address as string).split('.')[1]);
    byProducer.set(producer, [...(byProducer.get(producer) ?? []), channel]);
  }
  const sections = [...byProducer].map(([producer, list]) => {
    const items = list.map((channel) => {
      const id = String(Object.values(channel.messages as Record<string, { $ref: string }>)[0].$ref.split('/').pop());
      const message = messages[id];
      const data = ((message.payload as Json).properties as Json).data as Json;
      const example = (message.examples as Json[])[0]?.payload;
      return `<section id="${escapeHtml(channel.address)}"><h3><code>${escapeHtml(channel.address)}</code></h3>
<p>${escapeHtml(message.title)}<br><span class="en">${escapeHtml(message.summary)}</span></p>
<p class="meta">流 stream <code>${escapeHtml(channel['x-stream'])}</code> · 载荷类 payload class <code>${escapeHtml(channel['x-payload-class'])}</code></p>
<table><thead><tr><th>data 字段</th><th>类型</th><th></th><th>说明</th></tr></thead><tbody>${fieldRows(data, schemas).join('')}</tbody></table>
<details><summary>示例 example</summary><pre>${escapeHtml(JSON.stringify(example, null, 2))}</pre></details></section>`;
    });
    return `<h2 id="app-${escapeHtml(producer)}">${escapeHtml(producer)}</h2>${items.join('\n')}`;
  });
  const toc = channels.map((c) => `<li><a href="#${escapeHtml(c.address)}"><code>${escapeHtml(c.address)}</code></a></li>`).join('');
  const guarantees = escapeHtml(info.description)
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`(.+?)`/g, '<code>$1</code>')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<style>body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
code{background:#f3f3f3;padding:0 3px}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.en{color:#555}.meta{color:#666;font-size:12px}section{border-top:1px solid #eee;padding-top:.5em}pre{background:#f7f7f7;padding:.5em;overflow:auto}</style></head>
<body><h1>${escapeHtml(info.title)}</h1><p>AsyncAPI ${escapeHtml(document.asyncapi)} · 版本 ${escapeHtml(info.version)} · <a href="/api/asyncapi.json">asyncapi.json</a> · HTTP 接口见 <a href="/api/docs">/api/docs</a></p>
${guarantees}
<h2>主题一览（${channels.length}）</h2><ul>${toc}</ul>
${sections.join('\n')}
</body></html>`;
}

/**
 * Serves the event catalogue next to the OpenAPI document: `/api/asyncapi.json` (the committed file) and a readable
 * page at `/api/asyncapi`, both read and rendered on first request and kept (nothing at start-up, nothing in memory
 * until asked). Without the file (an image built without docs/) both answer 404 and say why.
 */
export function serveAsyncApi(fastify: FastifyInstance, file: string | null = findAsyncApiDocument() ?? null): void {
  let json: string | undefined;
  let html: string | undefined;
  const document = (): string | undefined => (json ??= file ? readFileSync(file, 'utf8') : undefined);
  const page = (): string | undefined => (html ??= document() === undefined ? undefined : asyncApiPage(JSON.parse(document()!) as Json));
  const missing = { type: 'about:blank', status: 404, code: 'ASYNCAPI.NOT_PACKAGED', title: '事件目录不存在', detail: '本部署未包含事件目录文件 docs/asyncapi/asyncapi.json' };
  const send = (body: string | undefined, type: string, reply: FastifyReply) =>
    body === undefined ? reply.code(404).type('application/problem+json').send(missing) : reply.type(type).header('cache-control', 'public, max-age=300').send(body);
  fastify.get('/api/asyncapi.json', (_request, reply) => send(document(), 'application/json; charset=utf-8', reply));
  fastify.get('/api/asyncapi', (_request, reply) => send(page(), 'text/html; charset=utf-8', reply));
}
