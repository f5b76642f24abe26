import type { AppName, CallerContext } from '@gov/contracts-common';
import { RpcClient } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import type { IdempotencyService } from '../modules/idempotency/idempotency.service.js';
import { etagOf } from './etag.js';

/**
 * The HTTP conventions every versioned business record follows at the gateway, in one place: a creating POST is sent once
 * per Idempotency-Key and answered 201 with the ETag; a change carries If-Match (the version the client holds) and is
 * answered with the new ETag. The routes that follow them are declared in routes/ and made by routes/registrar.ts.
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
