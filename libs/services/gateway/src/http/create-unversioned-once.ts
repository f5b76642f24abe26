import type { AppName, CallerContext } from '@gov/contracts-common';
import type { FastifyReply } from 'fastify';
import type { RecordRouteDeps } from './record-routes.js';

/**
 * A creating POST whose answer has no version (a stored file, a batch of archive items, a rule row, a hand-over):
 * sent once per Idempotency-Key and answered 201, like `createOnce` (record-routes.ts) but without an ETag.
 */
export async function createUnversionedOnce<T extends object>(
  deps: RecordRouteDeps,
  service: AppName,
  route: string,
  subject: string,
  request: object,
  body: unknown,
  key: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  const answer = await deps.idempotency.run(caller.userId, key, route, body, 201, () => deps.rpc.call<T>(service, subject, request, caller));
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(answer.statusCode);
  return answer.body;
}
