/**
 * What kind of failure an error is. The gateway maps a kind to an HTTP status in one exhaustive switch;
 * the code (`UNIT.NOT_FOUND`) is the stable identifier for programs, the title and detail are for people.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'rule_violation'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'internal';

export interface FieldError {
  /** Dotted path of the field, e.g. `contacts.0.phone`. */
  field: string;
  /** The violated constraint, e.g. `isNotEmpty`. */
  code: string;
  /** Chinese message for people. */
  message: string;
}

export interface ErrorBody {
  kind: ErrorKind;
  code: string;
  title: string;
  detail: string;
  errors?: FieldError[];
}

export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'precondition_failed':
      return 412;
    case 'payload_too_large':
      return 413;
    case 'rule_violation':
      return 422;
    case 'precondition_required':
      return 428;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
    case 'timeout':
      return 504;
    default: {
      const unmapped: never = kind;
      throw new Error(`unmapped error kind ${String(unmapped)}`);
    }
  }
}

/** Codes shared by every service. Each service's contracts add their own (`UNIT.NOT_FOUND`). */
export const CommonErrors = {
  validationFailed: { kind: 'validation', code: 'REQUEST.VALIDATION_FAILED', title: '请求参数有误' },
  unauthenticated: { kind: 'unauthenticated', code: 'AUTH.UNAUTHENTICATED', title: '未登录或登录已失效' },
  forbidden: { kind: 'forbidden', code: 'AUTH.FORBIDDEN', title: '无权执行此操作' },
  notFound: { kind: 'not_found', code: 'REQUEST.NOT_FOUND', title: '资源不存在' },
  versionConflict: { kind: 'conflict', code: 'RECORD.VERSION_CONFLICT', title: '记录已被他人修改' },
  preconditionFailed: { kind: 'precondition_failed', code: 'RECORD.PRECONDITION_FAILED', title: '记录版本不匹配' },
  duplicate: { kind: 'conflict', code: 'RECORD.DUPLICATE', title: '记录重复' },
  payloadTooLarge: { kind: 'payload_too_large', code: 'REQUEST.PAYLOAD_TOO_LARGE', title: '请求内容过大' },
  rateLimited: { kind: 'rate_limited', code: 'REQUEST.RATE_LIMITED', title: '请求过于频繁' },
  unavailable: { kind: 'unavailable', code: 'SERVICE.UNAVAILABLE', title: '服务暂不可用' },
  /** Refused before any work (the replica's in-flight bound): safe to send again, to this or another replica. */
  busy: { kind: 'unavailable', code: 'SERVICE.BUSY', title: '服务繁忙' },
  timeout: { kind: 'timeout', code: 'SERVICE.TIMEOUT', title: '服务响应超时' },
  internal: { kind: 'internal', code: 'SERVICE.INTERNAL_ERROR', title: '系统内部错误' },
} as const satisfies Record<string, ErrorSpec>;

export interface ErrorSpec {
  kind: ErrorKind;
  code: string;
  title: string;
}

/** RFC 9457 problem details, as the gateway answers every error. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}
