import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Histogram, type Registry } from 'prom-client';

/** Routes whose requests are logged at debug only (probes hit them every few seconds). */
const PROBE_ROUTES = new Set(['/health/live', '/health/ready']);

/**
 * Per request, when the answer has gone: one access-log line (pino, with the request id, the caller, the route
 * pattern, the status and the time taken; the path without its query string, which may carry search words) and
 * one observation of `gov_http_request_duration_seconds` by method, route pattern and status. Unmatched paths
 * share the route label `unmatched`, so scanners cannot blow up the metric's cardinality.
 */
export function installHttpObservability(fastify: FastifyInstance, logger: Logger, registry: Registry): void {
  const duration = new Histogram({
    name: 'gov_http_request_duration_seconds',
    help: 'Time to answer an HTTP request at the gateway, by method, route pattern and status',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const ms = reply.elapsedTime;
    duration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, ms / 1000);
    const state = request.gateway;
    const line = {
      requestId: state?.context.requestId,
      method: request.method,
      path: request.url.split('?')[0],
      route,
      statusCode: reply.statusCode,
      ms: Math.round(ms * 10) / 10,
      ip: request.ip,
      userId: state?.caller?.userId ?? state?.actor?.id ?? undefined,
    };
    if (PROBE_ROUTES.has(route)) logger.debug(line, 'HTTP 请求');
    else logger.info(line, 'HTTP 请求');
    done();
  });
}

/**
 * Warns once when a request arrives through a proxy (it carries X-Forwarded-For) while TRUST_PROXY is off: every
 * client then looks like the proxy, so per-address sign-in limits and lockout would lump them all together.
 */
export function warnOnUntrustedProxy(fastify: FastifyInstance, logger: Logger): void {
  let warned = false;
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (!warned && request.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      logger.warn({ ip: request.ip }, '收到带 X-Forwarded-For 的请求，但 TRUST_PROXY 未开启：所有客户端都将被视为代理的地址，按地址的登录限流和锁定会相互影响。请按部署情况设置 TRUST_PROXY');
    }
    done();
  });
}
