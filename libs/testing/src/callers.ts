import { randomUUID } from 'node:crypto';
import { Clearance, type CallerContext, type RoleCode } from '@gov/contracts-common';
import { createLogger, NatsBus, RpcClient, type Bus } from '@gov/platform';
import type { TestEnvironment } from './environment.js';

/** A caller as the gateway would pass it, for integration tests that speak to a service directly. */
export function caller(partial: Partial<CallerContext> & { roles?: RoleCode[] } = {}): CallerContext {
  const username = partial.username ?? `user-${randomUUID().slice(0, 8)}`;
  return {
    userId: randomUUID(),
    username,
    displayName: partial.displayName ?? username,
    roles: ['section_staff'],
    permissions: [],
    clearance: Clearance.None,
    ...partial,
  };
}

/** 综合科 staff: keeps the unit directory. */
export const zongheStaff = (partial: Partial<CallerContext> = {}) =>
  caller({ roles: ['section_staff'], sectionCode: 'zonghe', permissions: ['units:read', 'units:write'], ...partial });

/** A liaison of one unit: sees and maintains only that unit. */
export const liaisonOf = (unitId: string, partial: Partial<CallerContext> = {}) =>
  caller({ roles: ['unit_liaison'], unitId, permissions: ['units:read'], ...partial });

/** An RPC client on the test environment's bus, as another service would call. */
export async function connectTestClient(environment: TestEnvironment): Promise<{ rpc: RpcClient; bus: Bus; close(): Promise<void> }> {
  if (environment.bus) return { rpc: new RpcClient(environment.bus, 5000), bus: environment.bus, close: async () => undefined };
  const { env } = environment;
  const bus = await NatsBus.connect(env.NATS_URL as string, env.BUS_NAMESPACE, 'test-client', createLogger('test-client', 'silent'));
  return { rpc: new RpcClient(bus, 5000), bus, close: () => bus.close() };
}
