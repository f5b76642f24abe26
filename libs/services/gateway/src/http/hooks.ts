import { randomUUID } from 'node:crypto';
import { newTraceparent } from '@gov/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditService } from '../modules/audit/audit.service.js';
import { classifiedReadReason } from './classified-reads.js';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The audit action of a request: its method and route pattern (the path when no route matched). */
export function auditActionOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
}

/** The record a request touched: the route's `:id` (or `:year`), else what the handler noted. */
export function auditTargetOf(request: FastifyRequest): string | null {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  return params.id ?? request.gateway?.targetId ?? params.year ?? null;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Fastify hooks around every request, routed or not: the request id (an incoming sane `x-request-id` is kept,
 * else one is made) and W3C trace context, echoed in the response; the audit row of every write, and of every
 * read that discloses a 机密 or 绝密 record or file, written before the answer leaves so that a client that sees
 * the answer can find the row. A signed-in write's intent was recorded before the write was made (see
 * `RequestContextInterceptor`): if its outcome row then cannot be written, the answer still goes (the change is
 * made, and the intent row records it) and the failure is logged. A classified read whose row cannot be written
 * is not answered.
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
    if (!state || state.audited) return payload;
    const isWrite = WRITE_METHODS.has(request.method);
    const classified = !isWrite && reply.statusCode < 400 ? state.classifiedRead : undefined;
    if (!isWrite && !classified) return payload;
    state.audited = true; // once per request, even if this hook runs again for an error answer
    const entry = {
      actorId: state.caller?.userId ?? state.actor?.id ?? null,
      actorUsername: state.caller?.username ?? state.actor?.username ?? null,
      action: auditActionOf(request),
      targetId: classified ? classified.ids.join(',').slice(0, 2000) || auditTargetOf(request) : auditTargetOf(request),
      statusCode: reply.statusCode,
      ...(classified ? { reason: classifiedReadReason(classified) } : {}),
      ip: request.ip,
      requestId: state.context.requestId,
    };
    try {
      await audit.record(entry);
    } catch (error) {
      // Logged by the audit service. Covered by the intent row (or nothing was done): answer; otherwise fail closed.
      if (!(isWrite && (state.intentRecorded || state.intentFailed))) throw error;
    }
    return payload;
  });
}