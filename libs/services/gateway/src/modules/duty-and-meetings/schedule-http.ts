import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { uuidParam } from '../../http/params.js';
import type { IdempotencyService } from '../idempotency/idempotency.service.js';

export const SERVICE = 'duty-and-meetings';
export const IF_MATCH = { name: 'If-Match', required: true, description: '读取记录时返回的 ETag，如 W/"3"' };
export const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）：同一用户以同一键重试将得到第一次的结果' };

/** Sets the record's ETag from its version. */
export function withEtag<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header('etag', etagOf(record.version));
  return record;
}

/** A creating POST: validated, sent once per Idempotency-Key, answered 201 with the ETag. */
export async function createOnce<T extends { version: number }>(
  deps: { rpc: RpcClient; idempotency: IdempotencyService },
  route: string,
  subject: string,
  request: object,
  body: unknown,
  key: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  const answer = await deps.idempotency.run(caller.userId, key, route, body, 201, () => deps.rpc.call<T>(SERVICE, subject, request, caller));
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(answer.statusCode);
  return withEtag(reply, answer.body);
}

/** A change of one versioned record at the version the client holds (If-Match): the body's fields, the id and the version, validated as `request`. */
export async function changeVersioned<T extends { version: number }>(
  rpc: RpcClient,
  subject: string,
  request: new () => object,
  id: string,
  fields: object,
  ifMatch: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  const payload = await validatePayload(request, { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) });
  return withEtag(reply, await rpc.call<T>(SERVICE, subject, payload, caller));
}
