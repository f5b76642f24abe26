import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { AppName, CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';

/**
 * The duty-and-meetings routes' calls to the service: validate what the client sent as the contract's class, then send
 * it with the record conventions of `http/record-routes.ts` (Idempotency-Key on create, If-Match and ETag on change).
 */

export const SERVICE: AppName = 'duty-and-meetings';

type Contract = new () => object;

/** A read (list, search, statistics): the query or parameters validated as `request`. */
export async function ask<T>(rpc: RpcClient, subject: string, request: Contract, input: unknown, caller: CallerContext): Promise<T> {
  return rpc.call<T>(SERVICE, subject, await validatePayload(request, input), caller);
}

/** One versioned record by id, answered with its ETag. */
export async function getRecord<T extends { version: number }>(rpc: RpcClient, subject: string, request: Contract, id: string, caller: CallerContext, reply: FastifyReply): Promise<T> {
  return withEtag(reply, await ask<T>(rpc, subject, request, { id }, caller));
}

/** A creating POST (`route` names it for the Idempotency-Key): the body validated as `request`, sent once, 201 with the ETag. */
export async function createRecord<T extends { version: number }>(
  deps: RecordRouteDeps,
  route: string,
  subject: string,
  request: Contract,
  body: unknown,
  key: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  return createOnce<T>(deps, SERVICE, route, subject, await validatePayload(request, body), body, key, caller, reply);
}

/**
 * A change of one versioned record under If-Match: the body validated as the contract's `Body` (none when the step takes
 * no fields), then with the id and the version as its `Request`; answered with the new ETag.
 */
export async function changeRecord<T extends { version: number }>(
  rpc: RpcClient,
  subject: string,
  contract: { Body?: Contract; Request: Contract },
  id: string,
  body: unknown,
  ifMatch: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<T> {
  const fields = contract.Body ? await validatePayload(contract.Body, body) : {};
  return changeVersioned<T>(rpc, SERVICE, subject, contract.Request, id, fields, ifMatch, caller, reply);
}

/**
 * The route decorators of a step on one versioned record: `POST <path>` with `:id`, under If-Match, answered 200 with the
 * record and its new ETag (the OpenAPI side is `ApiVersionedChange`).
 */
export function RecordStep(path: string, summary: string, record: Contract, body: Contract | undefined, problems: number[]): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(200), ApiOperation({ summary }), ApiVersionedChange({ body, answer: record, problems }));
}

/** The route decorators of a creating POST (`path` under the controller's), sent once per Idempotency-Key, answered 201 (`ApiCreateOnce`). */
export function RecordCreate(path: string | undefined, summary: string, body: Contract, record: Contract, problems: number[]): MethodDecorator {
  return applyDecorators(path === undefined ? Post() : Post(path), ApiOperation({ summary }), ApiCreateOnce({ body, answer: record, problems }));
}
