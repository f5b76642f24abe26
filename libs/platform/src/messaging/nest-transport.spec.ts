import { describe, expect, it } from '@jest/globals';
import { RpcException } from '@nestjs/microservices';
import { ExecutionContextHost } from '@nestjs/core/internal';
import { IsString } from 'class-validator';
import { lastValueFrom } from 'rxjs';
import { CommonErrors } from '@gov/contracts-common';
import type { Logger } from 'pino';
import { DomainError } from '../errors.js';
import { BusContext, RequestValidationPipe } from './nest-decorators.js';
import { BusClientProxy, DirectEmitRefused, RpcErrorFilter } from './nest-transport.js';
import type { RpcClient } from './rpc.js';
import { IdempotentDuplicate } from './transactions.js';

class Named {
  @IsString()
  name!: string;
}

const logged: unknown[] = [];
const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
const hostOf = (context: BusContext) => {
  const host = new ExecutionContextHost([{}, context]);
  host.setType('rpc');
  return host;
};
const failureOf = async (work: Promise<unknown>): Promise<unknown> => work.then(() => new Error('expected a failure'), (error: unknown) => error);

describe('RequestValidationPipe', () => {
  const pipe = new RequestValidationPipe(Named);

  it('validates the whole payload against the request class, with Chinese field messages', async () => {
    await expect(pipe.transform({ name: '张三' }, { type: 'body' })).resolves.toBeInstanceOf(Named);
    const error = (await failureOf(Promise.resolve(pipe.transform({ name: 1 }, { type: 'body' })))) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.toBody()).toMatchObject({ code: CommonErrors.validationFailed.code, errors: [{ field: 'name', code: 'isString' }] });
    expect(error.toBody().errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('leaves the caller, the context and a payload property alone', async () => {
    expect(pipe.transform('x', { type: 'custom' })).toBe('x');
    expect(pipe.transform(1, { type: 'body', data: 'name' })).toBe(1);
  });
});

describe('RpcErrorFilter', () => {
  const filter = new RpcErrorFilter(logger);
  const request = new BusContext('rpc', 'rpc.information.test');

  it('turns a domain error into its envelope', async () => {
    const error = await failureOf(lastValueFrom(filter.catch(new DomainError(CommonErrors.notFound, '不存在'), hostOf(request))));
    expect(error).toBeInstanceOf(RpcException);
    expect((error as RpcException).getError()).toMatchObject({ code: CommonErrors.notFound.code, detail: '不存在' });
  });

  it('hides and logs an unexpected error; a guard refusal is a 403', async () => {
    const internal = (await failureOf(lastValueFrom(filter.catch(new Error('secret'), hostOf(request))))) as RpcException;
    expect(JSON.stringify(internal.getError())).not.toContain('secret');
    expect(internal.getError()).toMatchObject({ code: CommonErrors.internal.code });
    expect(logged.length).toBe(1);
    const refused = (await failureOf(lastValueFrom(filter.catch(new RpcException('Forbidden resource'), hostOf(request))))) as RpcException;
    expect(refused.getError()).toMatchObject({ code: CommonErrors.forbidden.code });
  });

  it('lets an event handler failure and an idempotent duplicate through unchanged', async () => {
    const failure = new Error('retry me');
    await expect(lastValueFrom(filter.catch(failure, hostOf(new BusContext('event', 'evt.information.x'))))).rejects.toBe(failure);
    const duplicate = new IdempotentDuplicate('user:key', 'rpc.information.test');
    await expect(lastValueFrom(filter.catch(duplicate, hostOf(request)))).rejects.toBe(duplicate);
  });
});

describe('BusClientProxy', () => {
  it('refuses emit: domain events go through the outbox', () => {
    const proxy = new BusClientProxy({} as RpcClient);
    expect(() => proxy.emit('evt.information.x', {})).toThrow(DirectEmitRefused);
  });
});
