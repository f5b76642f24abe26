import { ApiSchema } from '@nestjs/swagger';

const named = new WeakSet<object>();

/**
 * Names the OpenAPI schemas of namespaced contract classes after their namespace (`CreateSupervisionItemRequest`),
 * as http/openapi.ts does for the contracts it lists, so that the many `Request`/`Reply`/`Body` classes do not collide.
 */
export function nameContractSchemas(namespaces: Record<string, object>): void {
  for (const [namespace, members] of Object.entries(namespaces)) {
    for (const [name, member] of Object.entries(members as Record<string, unknown>)) {
      if (typeof member !== 'function' || !/^[A-Z]/.test(name) || named.has(member)) continue;
      ApiSchema({ name: `${namespace}${name}` })(member);
      named.add(member);
    }
  }
}
