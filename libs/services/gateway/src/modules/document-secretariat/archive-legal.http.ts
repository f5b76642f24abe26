import type { CallerContext } from '@gov/contracts-common';
import { RpcClient } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { uuidParam } from '../../http/params.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './documents-core.controller.js';

export const IF_MATCH = { name: 'If-Match', required: true, description: '读取记录时返回的 ETag，如 W/"3"' };
export const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）；同一用户以同一键重试得到第一次的结果' };

/** The shared steps of the archives, gazette, filing and agreement-review routes: idempotent creation, If-Match changes, ETags. */
export class ArchiveLegalHttp {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create<T extends object>(route: string, subject: string, body: unknown, request: object, key: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<T> {
    const answer = await this.idempotency.run(caller.userId, key, route, body, 201, () => this.rpc.call<T>(DOCUMENT_SECRETARIAT, subject, request, caller));
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
  }

  async change<T extends object>(subject: string, id: string, fields: object, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<T> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<T>(DOCUMENT_SECRETARIAT, subject, request, caller));
  }

  async read<T extends object>(subject: string, request: object, caller: CallerContext, reply?: FastifyReply): Promise<T> {
    const answer = await this.rpc.call<T>(DOCUMENT_SECRETARIAT, subject, request, caller);
    return reply ? withEtag(reply, answer) : answer;
  }
}

export function withEtag<T extends object>(reply: FastifyReply, record: T): T {
  const version = (record as { version?: unknown }).version;
  if (typeof version === 'number') reply.header('etag', etagOf(version));
  return record;
}
