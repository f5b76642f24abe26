import type { CallerContext } from '@gov/contracts-common';
import type { RequestContext } from '@gov/platform';
import type { FastifyRequest } from 'fastify';

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
}

declare module 'fastify' {
  interface FastifyRequest {
    gateway: GatewayRequestState;
  }
}

export function stateOf(request: FastifyRequest): GatewayRequestState {
  return request.gateway;
}
