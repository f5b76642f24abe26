import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { ApiBodyProblems, ApiServiceProblems } from './openapi.decorators.js';
import { IDEMPOTENCY_KEY_HEADER, IF_MATCH_HEADER } from './record-routes.js';

/**
 * The OpenAPI side of http/record-routes.ts: what a creating POST (`createOnce`) and a change at the client's version
 * (`changeVersioned`) declare, in one decorator each, so that no route forgets the Idempotency-Key, If-Match, 412 or 428.
 */

export interface RecordRouteDoc {
  /** The body's class; none for a route without a body. */
  body?: Type<unknown>;
  /** Whether the body may be left out (all its fields optional). */
  bodyOptional?: boolean;
  /** The record (or reply) answered. */
  answer: Type<unknown>;
  /** The problems of this route besides the common ones (400, 503, 504; 412 and 428 on changes), e.g. 403, 404, 409, 422. */
  problems?: number[];
}

function bodyDocs(doc: RecordRouteDoc): MethodDecorator[] {
  return doc.body ? [ApiBody({ type: doc.body, required: !doc.bodyOptional }), ApiBodyProblems()] : [];
}

/** A creating POST answered 201, sent once per Idempotency-Key (see `createOnce`). */
export function ApiCreateOnce(doc: RecordRouteDoc): MethodDecorator {
  return applyDecorators(ApiHeader(IDEMPOTENCY_KEY_HEADER), ...bodyDocs(doc), ApiCreatedResponse({ type: doc.answer }), ApiServiceProblems(...(doc.problems ?? [])));
}

/** A change of the versioned record `:id` at the version the client holds (If-Match), answered with its new ETag (see `changeVersioned`). */
export function ApiVersionedChange(doc: RecordRouteDoc): MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiHeader(IF_MATCH_HEADER),
    ...bodyDocs(doc),
    ApiOkResponse({ type: doc.answer }),
    ApiServiceProblems(...(doc.problems ?? []), 412, 428),
  );
}
