import { randomUUID } from 'node:crypto';
import { newTraceparent } from '@gov/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditService } from '../modules/audit/audit.service.js';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Fastify hooks around every request, routed or not: the request id (an incoming sane `x-request-id` is kept,
 * else one is made) and W3C trace context, echoed in the response; and the audit row of every write, written
 * before the answer leaves so that a client that sees the answer can find the row.
 */
export function installRequestHooks(fastify: FastifyInstance, audit: AuditService): void {
  fastify.decorateRequest('gateway', undefined as never);
  fastify.addHook('onRequest', (request, reply, done) => {
    const incoming = header(request, 'x-request-id');
    const incomingTrace = header(request, 'traceparent');
    const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const traceparent = newTraceparent(incomingTrace && TRACEPARENT.test(incomingTrace) ? incomingTrace : undefined);
    request.gateway = { context: { requestId, traceparent } };
    reply.header('x-request-id', requestId);
    reply.header('traceparent', traceparent);
    done();
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    const state = request.gateway;
    if (!state || state.audited || !WRITE_METHODS.has(request.method)) return payload;
    state.audited = true; // once per request, even if this hook runs again for an error answer
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const route = request.routeOptions.url ?? request.url.split('?')[0];
    await audit.record({
      actorId: state.caller?.userId ?? state.actor?.id ?? null,
      actorUsername: state.caller?.username ?? state.actor?.username ?? null,
      action: `${request.method} ${route}`,
      targetId: params.id ?? state.targetId ?? params.year ?? null,
      statusCode: reply.statusCode,
      ip: request.ip,
      requestId: state.context.requestId,
    });
    return payload;
  });
}
