import type { AppName } from '@gov/contracts-common';

/** A contract class (validated with class-validator, documented with @nestjs/swagger). */
export type Contract = abstract new () => object;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A path parameter: a record id (`uuid`), a number (`integer`: a non-number is left a string for the contract's `@IsInt` to report), or one of `enum`. */
export type PathParam = ({ format: 'uuid' } | { type: 'integer'; example?: number } | { enum: readonly string[] } | { type: 'string' }) & {
  /** The payload field it fills, when not its own name (e.g. `roomId` for `rooms/:id/bookings`). */
  as?: string;
  description?: string;
};

/**
 * How the route answers, i.e. which HTTP conventions of http/record-routes.ts it follows:
 * - `read`: the payload is validated as `request` and sent; the answer is returned as is (a GET, or a POST that changes nothing).
 * - `record-read`: as `read`, answered with the record's ETag (its version).
 * - `create`: a creating POST, sent once per Idempotency-Key and answered 201 with the record's ETag.
 * - `create-unversioned`: as `create` for an answer without a version (a file, a batch, a rule row): 201, no ETag.
 * - `change`: a change of the versioned record `:id` at the version the client holds (If-Match), answered with its new ETag.
 * - `download`: the answer is a file (`GetFile.ContentReply`-like: `contentBase64`, `mediaType`, `filename`), sent as bytes.
 */
export type RouteConvention = 'read' | 'record-read' | 'create' | 'create-unversioned' | 'change' | 'download';

export interface RouteDeclaration {
  /** The handler's name (the OpenAPI operation is `<table>_<name>`). */
  name: string;
  method: HttpMethod;
  /** The full path, Nest style: `api/units/:id`. */
  path: string;
  /** The OpenAPI tag (Chinese). */
  tag: string;
  /** The permissions of which the caller must hold at least one; each a constant of the service's permissions module. */
  permission: readonly [string, ...string[]];
  service: AppName;
  /** The RPC subject the route calls. */
  subject: string;
  convention: RouteConvention;
  /**
   * The payload's contract: what is validated (body fields, query and path parameters merged) and sent. Left out when the
   * subject takes no payload (`{}` is sent). On a `change`, the contract of the whole change (fields + `id` + `expectedVersion`).
   */
  request?: Contract;
  /** The body's contract, when it differs from `request` (validated first, then merged with the path parameters into `request`). */
  body?: Contract;
  /** The body may be left out (all its fields optional). */
  bodyOptional?: boolean;
  /** A POST/PUT that takes no body (a receipt): whatever is sent is ignored, and the document shows none. */
  bodyless?: boolean;
  /** The query string is part of the payload; its parameters are documented from this class (usually `request` itself). */
  query?: Contract;
  /** The path parameters; `id` of a `change` is always a uuid. */
  params?: Record<string, PathParam>;
  /** The answer's class (none for a download). */
  reply?: Contract;
  /** A download's media type and how its file name is given. */
  download?: { produces: string; description: string; asciiFilename?: boolean; contentDigest?: boolean };
  /** Charged against the caller's daily upload quota (the decoded size of `contentBase64`). */
  uploadQuota?: boolean;
  /** The status of a non-creating POST; 200 unless given. */
  status?: 200 | 201 | 204;
  summary: string;
  description?: string;
  /** The route's own problems besides the common ones (400, 503, 504; 412 and 428 on changes; 401, 403, 429 on every signed-in route). */
  problems?: number[];
  /** The documentation of the If-Match header, when it names another record than the route's (e.g. 代字). */
  ifMatchDescription?: string;
}

/** The declarations of one service's routes. */
export type RouteTable = readonly RouteDeclaration[];
