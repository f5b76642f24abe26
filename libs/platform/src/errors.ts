import { CalendarInputError } from '@gov/calendar';
import { CommonErrors, type ErrorBody, type ErrorSpec, type FieldError } from '@gov/contracts-common';

/**
 * A failure that is meant to cross the wire: services throw these (never HTTP exceptions), the RPC
 * server turns them into an error reply, the gateway into problem+json.
 */
export class DomainError extends Error {
  constructor(
    readonly spec: ErrorSpec,
    readonly detail: string = spec.title,
    readonly fieldErrors?: FieldError[],
  ) {
    super(`${spec.code}: ${detail}`);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return {
      kind: this.spec.kind,
      code: this.spec.code,
      title: this.spec.title,
      detail: this.detail,
      ...(this.fieldErrors?.length ? { errors: this.fieldErrors } : {}),
    };
  }

  static fromBody(body: ErrorBody): DomainError {
    return new DomainError({ kind: body.kind, code: body.code, title: body.title }, body.detail, body.errors);
  }
}

/** A reason (for a withdrawal, a return, a void), trimmed; null when it is shorter than 2 characters. */
export function reasonOf(text: string | undefined | null): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}

/**
 * The reason a step needs, trimmed, or a 422 with the field's message in Chinese: `requireReason(request.reason)` for
 * a withdrawal (撤回), `requireReason(request.reason, '退回', 'returnReason')` for another step.
 */
export function requireReason(text: string | undefined | null, step = '撤回', field = 'reason'): string {
  const reason = reasonOf(text);
  if (!reason) throw new DomainError(CommonErrors.validationFailed, `${step}须说明理由`, [{ field, code: 'minLength', message: `${field}：${step}须说明理由（至少 2 个字）` }]);
  return reason;
}

/**
 * The allow-list boundary: known errors pass; a unique-key violation becomes a conflict; anything else is
 * an internal error whose details stay in the log.
 */
export function toErrorBody(error: unknown): { body: ErrorBody; unexpected: boolean } {
  if (error instanceof DomainError) return { body: error.toBody(), unexpected: false };
  // The deadline engine's own check of a date or period it was given (e.g. 2026-02-30) is bad input, not a fault.
  if (error instanceof CalendarInputError) return { body: new DomainError(CommonErrors.validationFailed, error.message).toBody(), unexpected: false };
  const pgCode = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  if (pgCode === '23505') {
    return { body: new DomainError(CommonErrors.duplicate, '该记录已存在，请勿重复提交').toBody(), unexpected: false };
  }
  if (pgCode === '40001' || pgCode === '40P01') {
    return { body: new DomainError(CommonErrors.versionConflict, '并发修改冲突，请重试').toBody(), unexpected: false };
  }
  // Logged like an internal error (operators must see it), answered as 503: the client may retry.
  if (isUnavailable(error, pgCode)) {
    return { body: new DomainError(CommonErrors.unavailable, '数据库暂时繁忙或不可用，请稍后重试').toBody(), unexpected: true };
  }
  return { body: new DomainError(CommonErrors.internal, '系统内部错误，请稍后重试或联系管理员').toBody(), unexpected: true };
}

/** Node's network errors: the database is not reachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * A failure of the database rather than of the request: no connection within the pool's acquire timeout, the server
 * gone, refusing (08…, too many connections, shutting down), or a statement / idle transaction ended by its timeout.
 * The client may retry: 503 with Retry-After, not 500.
 */
export function isUnavailable(error: unknown, pgCode?: string): boolean {
  if (pgCode && (pgCode.startsWith('08') || ['53300', '57P01', '57P02', '57P03', '57014', '25P03'].includes(pgCode))) return true;
  if (pgCode && NETWORK_CODES.has(pgCode)) return true;
  const message = String((error as { message?: unknown })?.message ?? '');
  return /timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}
