import { CommonErrors } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import { GatewayErrors } from './problem.js';

/** A weak entity tag of a record's version: `W/"3"`. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/** The version a client holds, from `If-Match`; required on changes of versioned records. */
export function expectedVersion(ifMatch: string | undefined): number {
  if (!ifMatch) throw new DomainError(GatewayErrors.preconditionRequired, '修改前须在 If-Match 请求头中带回读取时的 ETag（如 W/"3"）');
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
  if (!match || Number(match[1]) < 1) {
    throw new DomainError(CommonErrors.validationFailed, 'If-Match 请求头格式不正确', [
      { field: 'If-Match', code: 'matches', message: 'If-Match：必须是读取时返回的 ETag，如 W/"3"' },
    ]);
  }
  return Number(match[1]);
}
