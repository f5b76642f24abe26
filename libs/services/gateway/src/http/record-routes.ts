import type { AppName, CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import type { IdempotencyService } from '../modules/idempotency/idempotency.service.js';
import { etagOf, expectedVersion } from './etag.js';
import { uuidParam } from './params.js';

/**
 * The HTTP conventions every versioned business record follows at the gateway, in one place: a creating POST is sent once
 * per Idempotency-Key and answered 201 with the ETag; a change carries If-Match (the version the client holds) and is
 * answered with the new ETag.
 */

export const IF_MATCH_HEADER = { name: 'If-Match', required: true, description: '读取记录时返回的 ETag，如 W/"3"' };
export const IDEMPOTENCY_KEY_HEADER = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）：同一用户以同一键重试将得到第一次的结果（保存 24 小时）' };

/** Sets the record's ETag from its version. */
export function withEtag<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header('etag', etagOf(record.version));
  return record;
}

export interface RecordRouteDeps {
  rpc: RpcClient;
  idempotency: IdempotencyService;
}

/**
 * A creating POST whose answer has no version (a stored file, a batch of archive items, a rule row, a hand-over): sent
 * once per Idempotency-Key (`route` names it, e.g. `POST /api/meetings`) and answered 201; a retry is marked
 * `idempotent-replayed`.
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

/** A creating POST of a versioned record: as `createUnversionedOnce`, answered with the record's ETag. */
export async function createOnce<T extends { version: number }>(
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
  return withEtag(reply, await createUnversionedOnce<T>(deps, service, route, subject, request, body, key, caller, reply));
}

/**
 * A change of one versioned record at the version the client holds (If-Match): the body's fields, the id and the version,
 * validated as `request`; answered with the new ETag.
 */
export async function changeVersioned<T extends { version: number }>(
  rpc: RpcClient,
  service: AppName,
  subject: string,
  request: new () => object,
  id: string,
  fields: object,
  ifMatch: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  const payload = await validatePayload(request, { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) });
  return withEtag(reply, await rpc.call<T>(service, subject, payload, caller));
}
