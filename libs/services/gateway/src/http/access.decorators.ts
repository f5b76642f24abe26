import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from './openapi.decorators.js';

export const ROUTE_ACCESS = 'gateway:route-access';
export const ALLOW_PENDING_PASSWORD_CHANGE = 'gateway:allow-pending-password-change';

export type RouteAccess =
  | { kind: 'public'; limit: 'sign-in' | 'general' | 'none' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; anyOf: string[] };

/**
 * Every route carries exactly one of `@Public()`, `@Authenticated()` or `@Permission(...)`; the access guard
 * refuses a route that carries none (fail closed), and a unit test checks that none is missing.
 */
export function Public(options: { signIn?: boolean } = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata<string, RouteAccess>(ROUTE_ACCESS, { kind: 'public', limit: options.signIn ? 'sign-in' : 'general' }),
    ApiProblems(429),
  );
}

/** The orchestrator's health probes: public, cheap, and not rate limited (a limiter must not fail a probe). */
export function Probe(): MethodDecorator & ClassDecorator {
  return SetMetadata<string, RouteAccess>(ROUTE_ACCESS, { kind: 'public', limit: 'none' });
}

/** Any signed-in user. */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata<string, RouteAccess>(ROUTE_ACCESS, { kind: 'authenticated' }), ApiBearerAuth(), ApiProblems(401, 403, 429));
}

/** A signed-in user holding at least one of the permissions. */
export function Permission(...anyOf: [string, ...string[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata<string, RouteAccess>(ROUTE_ACCESS, { kind: 'permission', anyOf }), ApiBearerAuth(), ApiProblems(401, 403, 429));
}

/** The few routes a user may call before changing a generated password (me, change password, sign out). */
export function AllowPendingPasswordChange(): MethodDecorator {
  return SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE, true);
}
