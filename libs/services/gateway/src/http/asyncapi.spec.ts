import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { findAsyncApiDocument, serveAsyncApi } from './asyncapi.js';

/** A Fastify serving only the catalogue, on a free port (fetched over HTTP, as a browser would). */
async function serving(file: string | null): Promise<{ get(path: string): Promise<Response>; close(): Promise<void> }> {
  const fastify = Fastify();
  serveAsyncApi(fastify, file);
  const address = await fastify.listen({ port: 0, host: '127.0.0.1' });
  return { get: (path) => fetch(`${address}${path}`), close: () => fastify.close() };
}

describe('the event catalogue served next to the OpenAPI document', () => {
  const file = findAsyncApiDocument();

  it('finds the committed docs/asyncapi/asyncapi.json from the gateway’s code', () => {
    expect(file?.endsWith(join('docs', 'asyncapi', 'asyncapi.json'))).toBe(true);
  });

  it('serves the document as committed, and a readable page with every subject, its descriptions and fields', async () => {
    const server = await serving(file ?? null);
    try {
      const json = await server.get('/api/asyncapi.json');
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await json.text();
      expect(body).toBe(readFileSync(file!, 'utf8'));
      const page = await server.get('/api/asyncapi');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      const document = JSON.parse(body) as { channels: Record<string, { address: string }> };
      for (const channel of Object.values(document.channels)) expect(html).toContain(`<section id="${channel.address}">`);
      expect(html).toContain('督办事项审核销号');
      expect(html).toContain('A supervision item was closed after review');
      expect(html).toContain('<code>leadUnitId</code>');
      expect(html).not.toContain('<script');
    } finally {
      await server.close();
    }
  });

  it('says so, as a problem, when the image was built without the file', async () => {
    const server = await serving(null);
    try {
      const response = await server.get('/api/asyncapi.json');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'ASYNCAPI.NOT_PACKAGED', title: '事件目录不存在' });
    } finally {
      await server.close();
    }
  });
});
