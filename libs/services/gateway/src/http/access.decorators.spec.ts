import 'reflect-metadata';
import { describe, it, expect } from '@jest/globals';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { GATEWAY_CONTROLLERS } from '../gateway.module.js';
import { ROUTE_ACCESS, type RouteAccess } from './access.decorators.js';

function routes(): { name: string; access: RouteAccess | undefined }[] {
  const out: { name: string; access: RouteAccess | undefined }[] = [];
  for (const controller of GATEWAY_CONTROLLERS) {
    const prototype = controller.prototype as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[key];
      if (key === 'constructor' || typeof handler !== 'function') continue;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      out.push({
        name: `${controller.name}.${key}`,
        access: Reflect.getMetadata(ROUTE_ACCESS, handler) ?? Reflect.getMetadata(ROUTE_ACCESS, controller),
      });
    }
  }
  return out;
}

describe('route access declarations', () => {
  it('finds-the-routes-of-every-controller', () => {
    expect(routes().length).toBeGreaterThanOrEqual(25);
  });

  it('every-route-declares-public-authenticated-or-a-permission', () => {
    const missing = routes().filter((r) => !r.access).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  it('only-sign-in-and-health-routes-are-public', () => {
    const open = routes().filter((r) => r.access?.kind === 'public').map((r) => r.name).sort();
    expect(open).toEqual(['AuthController.enrollTotp', 'AuthController.login', 'AuthController.refresh', 'HealthController.live', 'HealthController.ready']);
  });

  it('admin-routes-need-an-administrator-permission-and-no-business-one', () => {
    const byName = Object.fromEntries(routes().map((r) => [r.name, r.access]));
    expect(byName['AccountsController.create']).toEqual({ kind: 'permission', anyOf: ['accounts:manage'] });
    expect(byName['AccountsController.assignRoles']).toEqual({ kind: 'permission', anyOf: ['roles:assign'] });
    expect(byName['AuditController.events']).toEqual({ kind: 'permission', anyOf: ['audit:read'] });
    expect(byName['SystemController.deadLetters']).toEqual({ kind: 'permission', anyOf: ['ops:dead-letters'] });
    expect(byName['UnitsController.list']).toEqual({ kind: 'permission', anyOf: ['units:read'] });
  });
});
