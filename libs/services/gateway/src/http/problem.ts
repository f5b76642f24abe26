import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
import { CommonErrors, httpStatusOf, type ErrorSpec, type FieldError, type ProblemDetails } from '@gov/contracts-common';
import { APP_CONFIG, DomainError, LOGGER, toErrorBody } from '@gov/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../gateway.env.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A 429 that says when to come back. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(CommonErrors.rateLimited, `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`);
  }
}

/** A 403 of the access guard: the caller holds none of the route's permissions; the problem names them (`missingPermission`). */
export class PermissionRefusedError extends DomainError {
  constructor(readonly anyOf: readonly string[]) {
    super(CommonErrors.forbidden, '您的角色无权执行此操作');
  }
}

export const GatewayErrors = {
  malformedBody: { kind: 'validation', code: 'REQUEST.MALFORMED_BODY', title: '请求体格式错误' },
  preconditionRequired: { kind: 'precondition_required', code: 'REQUEST.PRECONDITION_REQUIRED', title: '缺少 If-Match 请求头' },
  routeNotClassified: { kind: 'forbidden', code: 'AUTH.ROUTE_NOT_CLASSIFIED', title: '接口未声明访问权限' },
  unknownService: { kind: 'not_found', code: 'SERVICE.UNKNOWN', title: '服务不存在' },
  idempotencyMismatch: { kind: 'rule_violation', code: 'IDEMPOTENCY.KEY_REUSED', title: '幂等键已用于另一个请求' },
  idempotencyInProgress: { kind: 'conflict', code: 'IDEMPOTENCY.IN_PROGRESS', title: '相同幂等键的请求正在处理' },
} as const satisfies Record<string, ErrorSpec>;

/** A service or its database unavailable: the client may retry after this long. */
const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

interface Problem {
  status: number;
  body: ProblemDetails;
  headers: Record<string, string>;
  unexpected: boolean;
}

function problem(status: number, code: string, title: string, detail: string, errors?: FieldError[]): Omit<Problem, 'headers' | 'unexpected'> {
  return {
    status,
    body: { type: `urn:gov-office:problem:${code}`, title, status, detail, code, ...(errors?.length ? { errors } : {}) },
  };
}

function fromSpec(spec: ErrorSpec, detail: string, errors?: FieldError[]) {
  return problem(httpStatusOf(spec.kind), spec.code, spec.title, detail, errors);
}

/** What a Fastify/Nest HTTP-level exception (bad JSON, body too large, unknown route, wrong media type) becomes. */
function fromHttpException(exception: HttpException, request: FastifyRequest, bodyLimit: number) {
  const status = exception.getStatus();
  const fastifyCode = (exception.cause as { code?: string } | undefined)?.code;
  if (status === 413 || fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return fromSpec(CommonErrors.payloadTooLarge, `请求体不能超过 ${bodyLimit} 字节`);
  }
  if (status === 415 || fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型', '请求体必须是 JSON，并带请求头 Content-Type: application/json');
  }
  if (status === 404) {
    return fromSpec(CommonErrors.notFound, `接口不存在：${request.method} ${request.url.split('?')[0]}`);
  }
  if (status === 405) return problem(405, 'REQUEST.METHOD_NOT_ALLOWED', '不支持的请求方法', `接口不支持 ${request.method} 方法`);
  if (status === 400) return fromSpec(GatewayErrors.malformedBody, '请求体不是有效的 JSON，请检查后重试');
  if (status < 500) return problem(status, 'REQUEST.REJECTED', '请求被拒绝', '请求无法处理，请检查后重试');
  return null;
}

/**
 * The one place an error becomes an HTTP answer: RFC 9457 problem+json with a stable code, Chinese title
 * and detail, field errors and the request id, for every error. Unknown errors are logged with their
 * request id and answered as a 500 without internals.
 */
export function toProblem(exception: unknown, request: FastifyRequest, bodyLimit: number): Problem {
  const headers: Record<string, string> = {};
  let base: Omit<Problem, 'headers' | 'unexpected'> | null = null;
  let unexpected = false;
  if (exception instanceof DomainError) {
    const body = exception.toBody();
    base = problem(httpStatusOf(body.kind), body.code, body.title, body.detail, body.errors);
    const retryAfter = (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds; // a 429, or a 409 for an Idempotency-Key in progress
    if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
    if (exception instanceof PermissionRefusedError) {
      // The permission the route needs (the first, when any of several will do) and all of them.
      Object.assign(base.body, { missingPermission: exception.anyOf[0], requiredPermissions: [...exception.anyOf] });
    }
  } else if (exception instanceof HttpException) {
    base = fromHttpException(exception, request, bodyLimit);
  }
  if (!base) {
    const mapped = toErrorBody(exception);
    unexpected = mapped.unexpected;
    base = problem(httpStatusOf(mapped.body.kind), mapped.body.code, mapped.body.title, mapped.body.detail, mapped.body.errors);
  }
  if (base.status === 503) headers['retry-after'] ??= String(RETRY_AFTER_UNAVAILABLE_SECONDS);
  const requestId = request.gateway?.context.requestId;
  base.body.instance = request.url.split('?')[0];
  if (requestId) base.body.requestId = requestId;
  return { ...base, headers, unexpected };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const answer = toProblem(exception, request, this.config.BODY_LIMIT_BYTES);
    if (answer.unexpected) {
      this.logger.error({ err: exception, requestId: answer.body.requestId, url: request.url }, '请求处理失败（内部错误）');
    }
    if (reply.sent) return;
    reply.status(answer.status).headers({ ...answer.headers, 'content-type': PROBLEM_CONTENT_TYPE }).send(JSON.stringify(answer.body));
  }
}
