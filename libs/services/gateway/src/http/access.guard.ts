import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission } from '@gov/contracts-common';
import { DomainError, LOGGER } from '@gov/platform';
import { AuthErrors } from '@gov/contracts-gateway';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { SessionAuthenticator } from '../modules/auth/session-authenticator.js';
import { ALLOW_PENDING_PASSWORD_CHANGE, ROUTE_ACCESS, type RouteAccess } from './access.decorators.js';
import { GatewayErrors, PermissionRefusedError } from './problem.js';
import { RateLimits } from './rate-limits.js';

/**
 * The route guard: reads the access a route declares, authenticates the caller, applies the rate limit and
 * checks the permission. A route that declares nothing is refused (fail closed).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: SessionAuthenticator,
    private readonly limits: RateLimits,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) {
      this.logger.error({ route: request.routeOptions.url, handler: context.getHandler().name }, '接口未声明访问权限，已拒绝');
      throw new DomainError(GatewayErrors.routeNotClassified, '该接口未声明访问权限，已拒绝访问');
    }
    if (access.kind === 'public') {
      if (access.limit === 'sign-in') this.limits.checkSignIn(request.ip);
      else if (access.limit === 'general') this.limits.checkPublic(request.ip);
      return true;
    }
    const principal = await this.authenticator.authenticate(request.headers.authorization, request.ip);
    const state = request.gateway;
    state.caller = principal.caller;
    state.sessionId = principal.sessionId;
    state.context.caller = principal.caller;
    this.limits.checkUser(principal.caller.userId);
    if (principal.mustChangePassword && !this.reflector.get<boolean>(ALLOW_PENDING_PASSWORD_CHANGE, context.getHandler())) {
      throw new DomainError(AuthErrors.passwordChangeRequired, '首次登录或密码被重置后，须先修改密码（POST /api/auth/password）');
    }
    if (access.kind === 'permission' && !access.anyOf.some((p) => hasPermission(principal.caller, p))) {
      throw new PermissionRefusedError(access.anyOf);
    }
    return true;
  }
}
