import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookAddressGuard } from './webhook-address-guard.js';
import { sendWebhook } from './webhook-sender.js';
import { verifyWebhook } from './webhook-signature.js';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('webhook sender', () => {
  let server: Server;
  let base: string;
  const received: Received[] = [];
  const open = new WebhookAddressGuard('true');
  const attempt = (path: string, timeoutMs = 2000) => ({ url: `${base}${path}`, secret: 'whsec_unit', eventId: '7d0e1c43-7c40-4a6f-9a36-6b1f4c1f2f10', subject: 'evt.supervision.item.created', body: '{"id":"7d0e1c43"}', timeoutMs });

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.url === '/ok') res.writeHead(204).end();
        else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
        else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(), 1500);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end('数据库不可用');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts-json-with-the-event-headers-and-a-signature-the-receiver-verifies', async () => {
    const outcome = await sendWebhook(attempt('/ok'), open);
    expect(outcome).toMatchObject({ ok: true, status: 204, error: null });
    const got = received.find((r) => r.path === '/ok')!;
    expect(got.body).toBe('{"id":"7d0e1c43"}');
    expect(got.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(got.headers['x-gov-event-id']).toBe('7d0e1c43-7c40-4a6f-9a36-6b1f4c1f2f10');
    expect(got.headers['x-gov-subject']).toBe('evt.supervision.item.created');
    expect(got.headers['x-gov-signature-sm3']).toMatch(/^sm3=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_unit', { timestamp: got.headers['x-gov-timestamp'] as string, signature: got.headers['x-gov-signature'] as string }, got.body)).toBe(true);
  });

  it('does-not-follow-a-redirect', async () => {
    const before = received.filter((r) => r.path === '/ok').length;
    const outcome = await sendWebhook(attempt('/redirect'), open);
    expect(outcome).toMatchObject({ ok: false, status: 302 });
    expect(outcome.error).toContain('重定向');
    expect(received.filter((r) => r.path === '/ok').length).toBe(before);
  });

  it('fails-an-error-status-with-the-start-of-the-receivers-answer', async () => {
    const outcome = await sendWebhook(attempt('/fail'), open);
    expect(outcome).toMatchObject({ ok: false, status: 500 });
    expect(outcome.error).toContain('数据库不可用');
  });

  it('gives-up-after-the-timeout', async () => {
    const outcome = await sendWebhook(attempt('/slow', 200), open);
    expect(outcome).toMatchObject({ ok: false, status: null });
    expect(outcome.error).toContain('200 毫秒');
    expect(outcome.durationMs).toBeLessThan(1200);
  });

  it('refuses-a-private-receiver-under-the-default-policy-without-sending', async () => {
    const strict = new WebhookAddressGuard('false');
    const before = received.length;
    const literal = await sendWebhook(attempt('/ok'), strict);
    expect(literal.ok).toBe(false);
    expect(literal.error).toContain('内网');
    const named = await sendWebhook({ ...attempt('/ok'), url: base.replace('127.0.0.1', 'localhost') + '/ok' }, strict);
    expect(named.ok).toBe(false);
    expect(named.error).toContain('内网');
    expect(received.length).toBe(before);
  });

  it('fails-when-nobody-listens', async () => {
    const outcome = await sendWebhook({ ...attempt('/ok'), url: 'http://127.0.0.1:9/ok' }, open);
    expect(outcome).toMatchObject({ ok: false, status: null });
    expect(outcome.error).toContain('无法连接');
  });
});
