import { applyDecorators, Controller, HttpCode, Query, Req, RequestMapping, RequestMethod, Res, type Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiExtension, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, OmitType } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '../http/access.decorators.js';
import { classifiedIn, mayBeClassified } from '../http/classified-reads.js';
import { etagOf, expectedVersion } from '../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../http/openapi.decorators.js';
import { numberParam, uuidParam } from '../http/params.js';
import { createUnversionedOnce, IDEMPOTENCY_KEY_HEADER, IF_MATCH_HEADER, withEtag, type RecordRouteDeps } from '../http/record-routes.js';
import { callerOf } from '../http/request-meta.js';
import { IdempotencyService } from '../modules/idempotency/idempotency.service.js';
import { UploadQuota } from '../modules/upload-quota/upload-quota.service.js';
import type { Contract, PathParam, RouteDeclaration, RouteTable } from './route-declaration.js';

/**
 * Turns route declarations (routes/*.routes.ts) into Nest controllers, so that every route passes the same guard
 * (authentication, permission, rate limits), interceptor (request context, write intent audit, classified-read audit)
 * and problem+json filter as a hand-written one; and into the OpenAPI operations, from the same declaration: the
 * permission (description and `x-permission`), path and query parameters (from the query class), headers, body, answer
 * and problems.
 */

interface Deps extends RecordRouteDeps {
  quota: UploadQuota;
}

type Ctor = new () => object;
const ctor = (contract: Contract): Ctor => contract as unknown as Ctor;

/** The extension that states an operation's permission in the OpenAPI document. */
export const PERMISSION_EXTENSION = 'x-permission';

/** The path parameters as payload fields: ids checked as uuids first on writes (400 naming the field), numbers as numbers. */
async function paramFields(declaration: RouteDeclaration, values: Record<string, string>, strictIds: boolean): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(declaration.params ?? {})) {
    const raw = values[name];
    let value: unknown = raw;
    if ('format' in param && strictIds) value = await uuidParam(raw);
    else if ('type' in param && param.type === 'integer') value = numberParam(raw);
    out[param.as ?? name] = value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value));
}

/** The body's fields: validated as `body` when declared apart from `request`, else as sent (validated with the rest as `request`). */
async function bodyFields(declaration: RouteDeclaration, raw: unknown): Promise<unknown> {
  if (declaration.body && declaration.body !== declaration.request) return validatePayload(ctor(declaration.body), raw);
  return raw;
}

/** Merges the parts of a payload and validates them as the route's `request` (as sent, when it declares none). */
async function payloadOf(declaration: RouteDeclaration, parts: unknown[], extra: Record<string, unknown>): Promise<object> {
  const only = parts.length === 1 && !Object.keys(extra).length ? parts[0] : undefined;
  const bad = parts.find((part) => !isPlainObject(part));
  const merged = only !== undefined || bad !== undefined ? (bad ?? only) : Object.assign({}, ...parts.map((p) => p ?? {}), extra);
  if (declaration.request) return validatePayload(ctor(declaration.request), merged);
  if (bad !== undefined) return validatePayload(class {}, bad); // refuses what is not a JSON object
  return (merged ?? {}) as object;
}

/** The path actually called, as the Idempotency-Key's route name (`POST /api/rooms/<id>/bookings`). */
function routeName(declaration: RouteDeclaration, params: Record<string, string>): string {
  return `${declaration.method} /${declaration.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '')}`;
}

async function handle(deps: Deps, declaration: RouteDeclaration, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const caller = callerOf(request);
  const params = (request.params ?? {}) as Record<string, string>;
  const call = <T>(payload: object) => deps.rpc.call<T>(declaration.service, declaration.subject, payload, caller);
  switch (declaration.convention) {
    case 'create':
    case 'create-unversioned': {
      const fields = await bodyFields(declaration, request.body);
      const payload = await payloadOf(declaration, [fields], await paramFields(declaration, params, true));
      const key = headerOf(request, 'idempotency-key');
      const route = routeName(declaration, params);
      const answer = declaration.uploadQuota
        ? await uploadOnce(deps, declaration, route, payload as { contentBase64: string }, request.body, key, caller, reply)
        : await createUnversionedOnce<object>(deps, declaration.service, route, declaration.subject, payload, request.body, key, caller, reply);
      return declaration.convention === 'create' ? withEtag(reply, answer as { version: number }) : answer;
    }
    case 'change': {
      const fields = declaration.body ? await validatePayload(ctor(declaration.body), request.body) : {};
      const ids = await paramFields(declaration, params, true);
      const payload = await payloadOf(declaration, [fields], { ...ids, expectedVersion: expectedVersion(headerOf(request, 'if-match')) });
      return withEtag(reply, await call<{ version: number }>(payload));
    }
    case 'download': {
      const payload = await payloadOf(declaration, declaration.query ? [request.query] : [], await paramFields(declaration, params, false));
      const file = await call<{ contentBase64: string; mediaType: string; filename: string; sha256?: string }>(payload);
      // A file at 机密/绝密 is audited like the record reads (this route answers by itself).
      request.gateway.classifiedRead ??= classifiedIn(file) ?? undefined;
      const options = declaration.download!;
      const ascii = options.asciiFilename ? `filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; ` : '';
      reply.header('content-type', file.mediaType).header('content-disposition', `attachment; ${ascii}filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      if (options.contentDigest && file.sha256) {
        reply.header('etag', `"${file.sha256}"`).header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
      }
      await reply.header('cache-control', 'private, no-store').send(Buffer.from(file.contentBase64, 'base64'));
      return undefined;
    }
    case 'read':
    case 'record-read': {
      // A GET list or read without an ETag passes the service's JSON bytes on unparsed; a record read parses them for its version.
      const parts: unknown[] = [];
      if (declaration.query) parts.push(request.query);
      if (declaration.method !== 'GET' && !declaration.bodyless && (declaration.body || declaration.request)) parts.push(await bodyFields(declaration, request.body));
      const payload = declaration.request || declaration.body ? await payloadOf(declaration, parts.length ? parts : [{}], await paramFields(declaration, params, false)) : {};
      if (declaration.convention === 'read' && declaration.method === 'GET') return passedOn(deps, declaration, payload, caller, reply);
      const answer = await call<{ version: number }>(payload);
      if (declaration.convention === 'record-read') reply.header('etag', etagOf(answer.version));
      return answer;
    }
  }
}

/**
 * A read answered with the service's JSON bytes as they came (not parsed, not serialised again), unless they may disclose
 * a 机密/绝密 record: then parsed, so that the read is audited (see classified-reads.ts).
 */
async function passedOn(deps: Deps, declaration: RouteDeclaration, payload: object, caller: CallerContext, reply: FastifyReply): Promise<unknown> {
  const answer = await deps.rpc.callJson<unknown>(declaration.service, declaration.subject, payload, caller);
  if ('data' in answer) return answer.data;
  // An object or a list as it is; anything else (null, a bare string) as before, since Fastify answers those otherwise.
  const first = answer.json[0];
  if ((first !== 0x7b && first !== 0x5b) || mayBeClassified(answer.json)) return JSON.parse(answer.json.toString('utf8'));
  reply.header('content-type', 'application/json; charset=utf-8');
  return answer.json;
}

/**
 * An upload: sent once per Idempotency-Key, and counted against the uploader's daily quota when it is really sent (not
 * when a retry is answered from the first time).
 */
async function uploadOnce(
  deps: Deps,
  declaration: RouteDeclaration,
  route: string,
  payload: { contentBase64: string },
  body: unknown,
  key: string | undefined,
  caller: CallerContext,
  reply: FastifyReply,
): Promise<object> {
  const bytes = Buffer.byteLength(payload.contentBase64, 'base64');
  const answer = await deps.idempotency.run(caller.userId, key, route, body, 201, () =>
    deps.quota.charge(caller.userId, bytes, () => deps.rpc.call<object>(declaration.service, declaration.subject, payload, caller)),
  );
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(answer.statusCode);
  return answer.body;
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function paramDoc(name: string, param: PathParam): MethodDecorator {
  const description = param.description ? { description: param.description } : {};
  if ('format' in param) return ApiParam({ name, type: String, format: 'uuid', ...description });
  if ('enum' in param) return ApiParam({ name, enum: [...param.enum], ...description });
  if (param.type === 'integer') return ApiParam({ name, type: Number, ...(param.example ? { example: param.example } : {}), ...description });
  return ApiParam({ name, type: String, ...description });
}

/** The sentence of an operation's description that states its permission. */
export function permissionSentence(anyOf: readonly string[]): string {
  return anyOf.length === 1 ? `所需权限：\`${anyOf[0]}\`。` : `所需权限（持有其一即可）：${anyOf.map((p) => `\`${p}\``).join('、')}。`;
}

function decoratorsOf(declaration: RouteDeclaration): MethodDecorator[] {
  const { convention, problems = [] } = declaration;
  const documentedBody = declaration.method === 'GET' || declaration.bodyless ? undefined : (declaration.body ?? (convention === 'change' ? undefined : declaration.request));
  const bodyDocs = documentedBody ? [ApiBody({ type: documentedBody, required: !declaration.bodyOptional }), ApiBodyProblems()] : [];
  const creating = convention === 'create' || convention === 'create-unversioned';
  const out: MethodDecorator[] = [
    RequestMapping({ path: declaration.path, method: RequestMethod[declaration.method] }),
    HttpCode(creating ? 201 : (declaration.status ?? 200)),
    Permission(...declaration.permission),
    ApiOperation({ summary: declaration.summary, description: [declaration.description, permissionSentence(declaration.permission)].filter(Boolean).join('\n\n') }),
    ApiExtension(PERMISSION_EXTENSION, { anyOf: [...declaration.permission] }),
    ...Object.entries(declaration.params ?? {}).map(([name, param]) => paramDoc(name, param)),
    ...bodyDocs,
  ];
  if (creating) {
    out.push(ApiHeader(IDEMPOTENCY_KEY_HEADER), ApiCreatedResponse({ type: declaration.reply }), ApiServiceProblems(...problems));
  } else if (convention === 'change') {
    out.push(
      ApiHeader(declaration.ifMatchDescription ? { ...IF_MATCH_HEADER, description: declaration.ifMatchDescription } : IF_MATCH_HEADER),
      ApiOkResponse({ type: declaration.reply }),
      ApiServiceProblems(...problems, 412, 428),
    );
  } else if (convention === 'download') {
    out.push(ApiProduces(declaration.download!.produces), ApiOkResponse({ description: declaration.download!.description }), ApiServiceProblems(...problems));
  } else {
    out.push(ApiOkResponse({ type: declaration.reply }), ApiServiceProblems(...problems));
  }
  return out;
}


/** The class whose fields the OpenAPI document lists as query parameters: the query class without the path parameters. */
function queryDoc(declaration: RouteDeclaration): Type<unknown> | undefined {
  if (!declaration.query) return undefined;
  const inPath = Object.keys(declaration.params ?? {});
  const query = declaration.query as unknown as Type<object>;
  return inPath.length ? OmitType(query, inPath as never[]) : query;
}

/** The Nest controllers of a table of route declarations: one per OpenAPI tag (`name`, `name2`, …). */
export function controllersOf(name: string, table: RouteTable): Type<unknown>[] {
  const tags = [...new Set(table.map((declaration) => declaration.tag))];
  return tags.map((tag, i) => controllerOf(i ? `${name}${i + 1}` : name, tag, table.filter((declaration) => declaration.tag === tag)));
}

/** The Nest controller (named `name`) of route declarations that share one OpenAPI tag. */
function controllerOf(name: string, tag: string, table: RouteTable): Type<unknown> {
  const generated = class {
    constructor(
      readonly rpc: RpcClient,
      readonly idempotency: IdempotencyService,
      readonly quota: UploadQuota,
    ) {}
  };
  Object.defineProperty(generated, 'name', { value: name });
  Reflect.defineMetadata('design:paramtypes', [RpcClient, IdempotencyService, UploadQuota], generated);
  const prototype = generated.prototype as unknown as Record<string, unknown>;
  const seen = new Set<string>();
  for (const declaration of table) {
    const key = declaration.name;
    if (seen.has(key)) throw new Error(`${name}: two routes named ${key}`);
    seen.add(key);
    const handler = async function (this: Deps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
      return handle(this, declaration, request, reply);
    };
    Object.defineProperty(handler, 'name', { value: key });
    Object.defineProperty(prototype, key, { value: handler, writable: true, configurable: true, enumerable: false });
    Reflect.defineMetadata('design:paramtypes', [Object, Object, queryDoc(declaration) ?? Object], prototype, key);
    Req()(prototype, key, 0);
    Res({ passthrough: declaration.convention !== 'download' })(prototype, key, 1);
    // The query class as the handler's parameter type: the OpenAPI document lists each of its fields as a query parameter.
    if (declaration.query) Query()(prototype, key, 2);
    applyDecorators(...decoratorsOf(declaration))(prototype, key, Object.getOwnPropertyDescriptor(prototype, key)!);
  }
  ApiTags(tag)(generated);
  Controller()(generated);
  return generated;
}
