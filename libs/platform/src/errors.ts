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

/**
 * The allow-list boundary: known errors pass; a unique-key violation becomes a conflict; anything else is
 * an internal error whose details stay in the log.
 */
export function toErrorBody(error: unknown): { body: ErrorBody; unexpected: boolean } {
  if (error instanceof DomainError) return { body: error.toBody(), unexpected: false };
  const pgCode = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  if (pgCode === '23505') {
    return { body: new DomainError(CommonErrors.duplicate, '该记录已存在，请勿重复提交').toBody(), unexpected: false };
  }
  if (pgCode === '40001' || pgCode === '40P01') {
    return { body: new DomainError(CommonErrors.versionConflict, '并发修改冲突，请重试').toBody(), unexpected: false };
  }
  return { body: new DomainError(CommonErrors.internal, '系统内部错误，请稍后重试或联系管理员').toBody(), unexpected: true };
}
