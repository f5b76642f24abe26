import { describe, expect, it } from '@jest/globals';
import { CommonErrors } from '@gov/contracts-common';
import { DomainError, isUnavailable, reasonOf, requireReason, toErrorBody } from './errors.js';

const pgError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('toErrorBody: a database that is unreachable or busy is a 503, not a 500', () => {
  it.each([
    ['the pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the server gone mid-query', new Error('Connection terminated unexpectedly')],
    ['an administrator shutdown', pgError('57P01')],
    ['too many connections', pgError('53300')],
    ['a connection failure class 08', pgError('08006')],
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['an idle-in-transaction timeout', pgError('25P03')],
    ['a TypeORM QueryFailedError around it', Object.assign(new Error('query failed'), { driverError: { code: '57P03' } })],
  ])('%s answers SERVICE.UNAVAILABLE and is logged', (_, error) => {
    expect(toErrorBody(error)).toEqual({ body: expect.objectContaining({ kind: 'unavailable', code: 'SERVICE.UNAVAILABLE' }), unexpected: true });
  });

  it('keeps the other mappings: a duplicate is a conflict, anything else internal', () => {
    expect(toErrorBody(pgError('23505')).body.kind).not.toBe('unavailable');
    expect(toErrorBody(new Error('something else')).body).toMatchObject({ kind: 'internal' });
    expect(isUnavailable(new Error('syntax error'), '42601')).toBe(false);
  });
});

describe('reasons of withdrawals and returns', () => {
  it('a reason is trimmed and needs at least two characters', () => {
    expect(reasonOf('  不再需要  ')).toBe('不再需要');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
    expect(reasonOf(null)).toBeNull();
  });

  it('a missing reason is a validation failure naming the field, in Chinese', () => {
    expect(requireReason(' 重复登记 ')).toBe('重复登记');
    const refused = (() => {
      try {
        requireReason(' ', '退回', 'returnReason');
        return null;
      } catch (error) {
        return error as DomainError;
      }
    })();
    expect(refused?.toBody()).toEqual({
      kind: CommonErrors.validationFailed.kind,
      code: CommonErrors.validationFailed.code,
      title: CommonErrors.validationFailed.title,
      detail: '退回须说明理由',
      errors: [{ field: 'returnReason', code: 'minLength', message: 'returnReason：退回须说明理由（至少 2 个字）' }],
    });
  });
});
