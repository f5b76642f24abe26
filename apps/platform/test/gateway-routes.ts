import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { GATEWAY_CONTROLLERS } from '@gov/service-gateway';

/** Who may call a gateway route, as the route declares it. */
export type RouteAccess = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; anyOf: string[] };

/**
 * Every gateway route (the declared proxy routes and the gateway's own), keyed `METHOD /openapi/path`, with its declared
 * access; `undefined` where a route declares none (the gateway refuses such a route: fail closed). For the tests that
 * walk every route: the authorization matrix and the fuzzer.
 */
export function gatewayRoutes(): Map<string, RouteAccess | undefined> {
  const out = new Map<string, RouteAccess | undefined>();
  const join = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;
  for (const controller of GATEWAY_CONTROLLERS) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = controller.prototype as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[key];
      if (key === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (method === undefined || paths === undefined) continue;
      const access = (Reflect.getMetadata('gateway:route-access', handler) ?? Reflect.getMetadata('gateway:route-access', controller)) as RouteAccess | undefined;
      for (const path of Array.isArray(paths) ? paths : [paths]) out.set(`${RequestMethod[method]} ${join(base, path).replace(/:(\w+)/g, '{$1}')}`, access);
    }
  }
  return out;
}
