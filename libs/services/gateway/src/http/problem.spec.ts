import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import { CommonErrors } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import { PermissionRefusedError, toProblem } from './problem.js';

const request = { url: '/api/units?limit=5', method: 'GET' } as unknown as FastifyRequest;

describe('toProblem: unavailable answers 503 with Retry-After', () => {
  it('a service or database unavailable (from a reply) carries Retry-After', () => {
    const answer = toProblem(new DomainError(CommonErrors.unavailable, '数据库暂时繁忙或不可用，请稍后重试'), request, 1024);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.body).toMatchObject({ code: 'SERVICE.UNAVAILABLE' });
  });

  it('the gateway losing its own database connection is a 503 too, not a 500', () => {
    const answer = toProblem(new Error('timeout exceeded when trying to connect'), request, 1024);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
  });

  it('other errors carry no Retry-After', () => {
    expect(toProblem(new DomainError(CommonErrors.notFound, '不存在'), request, 1024).headers['retry-after']).toBeUndefined();
  });
});

describe('toProblem: a refusal names the missing permission', () => {
  it('answers 403 AUTH.FORBIDDEN with the permission the route needs and all that would do', () => {
    const answer = toProblem(new PermissionRefusedError(['units:write', 'units:write-own']), request, 1024);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'AUTH.FORBIDDEN', missingPermission: 'units:write', requiredPermissions: ['units:write', 'units:write-own'] });
  });
});
