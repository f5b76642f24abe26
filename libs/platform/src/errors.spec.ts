import { describe, expect, it } from '@jest/globals';
import { isUnavailable, toErrorBody } from './errors.js';

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
