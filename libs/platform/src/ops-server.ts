import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';

export type ReadinessCheck = () => Promise<boolean>;

export function createMetricsRegistry(app: string, withDefaults: boolean): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  if (withDefaults) collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * The small ops port of every app: `/health/live` (the process answers), `/health/ready` (its database and
 * message bus answer), `/metrics` (Prometheus). Not public: only the orchestrator and monitoring reach it.
 */
export async function startOpsServer(port: number, registry: Registry, checks: Record<string, ReadinessCheck>): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    try {
      if (req.url === '/health/live') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      } else if (req.url === '/health/ready') {
        const results = Object.fromEntries(
          await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await check().catch(() => false)] as const)),
        );
        const ok = Object.values(results).every(Boolean);
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', checks: results }));
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'not_found' }));
      }
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
