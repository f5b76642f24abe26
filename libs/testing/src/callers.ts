import { randomUUID } from 'node:crypto';
import { Clearance, type AppName, type CallerContext, type EventEnvelope, type RoleCode } from '@gov/contracts-common';
import { CallerSigner, createLogger, EventSigner, eventKeyName, NatsBus, PRODUCER_HEADER, RpcClient, type Bus } from '@gov/platform';
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

/**
 * An RPC client on the test environment's bus that calls a service as the gateway does: it holds the environment's
 * signing key and signs a caller assertion for every call (`signed: false` for one that has no key, like an intruder).
 */
export async function connectTestClient(environment: TestEnvironment, options: { signed?: boolean } = {}): Promise<{ rpc: RpcClient; bus: Bus; close(): Promise<void> }> {
  const signer = options.signed === false ? undefined : new CallerSigner(environment.env.CALLER_SIGNING_KEY);
  if (environment.bus) return { rpc: new RpcClient(environment.bus, 5000, signer), bus: environment.bus, close: async () => undefined };
  const { env } = environment;
  const bus = await NatsBus.connect(env.NATS_URL as string, env.BUS_NAMESPACE, 'test-client', createLogger('test-client', 'silent'));
  return { rpc: new RpcClient(bus, 5000, signer), bus, close: () => bus.close() };
}

/** The header an event carries when its producer's relay publishes it: the producer's signature (test environment keys). */
export function producerHeaders(environment: TestEnvironment, producer: AppName, envelope: Pick<EventEnvelope, 'id' | 'type' | 'data'>): Record<string, string> {
  return { [PRODUCER_HEADER]: new EventSigner(producer, environment.env[eventKeyName(producer)]).sign(envelope) };
}
