import type { CallerContext } from '@gov/contracts-common';
import type { RequestContext } from '@gov/platform';
import type { FastifyRequest } from 'fastify';
import type { ClassifiedRead } from './classified-reads.js';

/** What the gateway learns about a request on its way through: its ids, then who is calling, then what it touched. */
export interface GatewayRequestState {
  context: RequestContext;
  caller?: CallerContext;
  sessionId?: string;
  /** Set by handlers that audit themselves (sign-in), so the generic write audit skips the request. */
  audited?: boolean;
  /** Who the audit names when there is no caller (refresh, sign-in handled by the auth service). */
  actor?: { id: string | null; username: string | null };
  /** The record a write touched, when the route has no `:id` (e.g. the id of a created unit). */
  targetId?: string;
  /** The write's intent is in the audit log (written before the write was made), so its outcome row can only add to it. */
  intentRecorded?: boolean;
  /** The write's intent could not be recorded, so the write was not made (and its outcome row is not required). */
  intentFailed?: boolean;
  /** What a read disclosed at 机密 or above: the read is audited before the answer leaves. */
  classifiedRead?: ClassifiedRead;
}

declare module 'fastify' {
  interface FastifyRequest {
    gateway: GatewayRequestState;
  }
}

export function stateOf(request: FastifyRequest): GatewayRequestState {
  return request.gateway;
}
