import type { CallerContext } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import { CommonErrors } from '@gov/contracts-common';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestMeta } from '../modules/auth/auth.service.js';

export function metaOf(request: FastifyRequest): RequestMeta {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, requestId: request.gateway.context.requestId, userAgent: typeof userAgent === 'string' ? userAgent : undefined };
}

/** The authenticated caller of a request (set by the access guard). */
export function callerOf(request: FastifyRequest): CallerContext {
  const caller = request.gateway.caller;
  if (!caller) throw new DomainError(CommonErrors.unauthenticated, '请先登录');
  return caller;
}

/** The authenticated caller of the request (set by the access guard). */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): CallerContext => callerOf(context.switchToHttp().getRequest<FastifyRequest>()));
