import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { CallHandler, Controller, Injectable, Module, UseInterceptors, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { IsString, MaxLength } from 'class-validator';
import { lastValueFrom, map, type Observable } from 'rxjs';
import { CommonErrors, rpcSubject, type CallerContext } from '@gov/contracts-common';
import {
  BusClientProxy,
  BusContext,
  BusEventPattern,
  Caller,
  DirectEmitRefused,
  DomainError,
  EventTx,
  RequirePermission,
  RpcPattern,
  Transactions,
  type RunningApp,
  type Tx,
} from '@gov/platform';
import { informationDefinition } from '@gov/service-information';
import { caller, connectTestClient, createTestEnvironment, eventually, failureOf, startTestApp, type TestEnvironment } from '@gov/testing';

/**
 * Issue 13, item 1: the bus as a NestJS transport. A controller's `@RpcPattern` / `@BusEventPattern` methods are served
 * on the platform's bus through Nest's pipeline (guards, pipes, interceptors, the one exception filter), with the
 * dispatcher and the consumers underneath. Real PostgreSQL and NATS (or the embedded bus).
 */
const EVENT = 'evt.information.test.note-recorded';

class EchoRequest {
  @IsString({ message: '必须是文本' })
  @MaxLength(10)
  text!: string;
}

class NoteRecorded {
  @IsString()
  text!: string;
}

/** Wraps a reply: proves interceptors apply to bus handlers. */
@Injectable()
class WrapInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((data) => ({ wrapped: data })));
  }
}

const handled: { text: string; inTx: boolean; subject: string }[] = [];

@Controller()
class TransportTestController {
  constructor(private readonly transactions: Transactions) {}

  @RpcPattern('test.echo', EchoRequest)
  @UseInterceptors(WrapInterceptor)
  echo(@Payload() request: EchoRequest, @Caller() who: CallerContext): { text: string; user: string; validated: boolean } {
    return { text: request.text, user: who.username, validated: request instanceof EchoRequest };
  }

  @RpcPattern('test.public', EchoRequest, { requiresCaller: false })
  publicEcho(@Payload() request: EchoRequest): string {
    return request.text;
  }

  @RpcPattern('test.guarded', EchoRequest)
  @RequirePermission('test:guarded', '没有测试权限')
  guarded(@Payload() request: EchoRequest): string {
    return request.text;
  }

  @RpcPattern('test.fail', EchoRequest)
  fail(@Payload() request: EchoRequest): never {
    if (request.text === 'domain') throw new DomainError(CommonErrors.versionConflict, '测试冲突');
    throw new Error('secret internals');
  }

  @RpcPattern('test.record', EchoRequest)
  async record(@Payload() request: EchoRequest): Promise<{ ok: true }> {
    await this.transactions.run((tx) => tx.emit(EVENT, { text: request.text }));
    return { ok: true };
  }

  @BusEventPattern('information', EVENT, NoteRecorded)
  async noteWhenRecorded(@Payload() event: NoteRecorded, @EventTx() tx: Tx, @Ctx() context: BusContext): Promise<void> {
    await tx.manager.query('SELECT 1');
    if (event.text === 'poison') throw new Error('处理失败');
    handled.push({ text: event.text, inTx: tx.manager.queryRunner?.isTransactionActive === true, subject: context.subject });
  }
}

@Module({ imports: [informationDefinition.module], controllers: [TransportTestController], providers: [WrapInterceptor] })
class TransportTestModule {}

describe('the bus as a NestJS transport', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const who = caller({ username: 'zhangsan', permissions: ['test:guarded'] });
  const call = <T>(path: string, payload: unknown, as: CallerContext = who) => client.rpc.call<T>('information', path, payload, as);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, { ...informationDefinition, module: TransportTestModule });
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('serves a pattern with the validated payload, the verified caller and the interceptors', async () => {
    await expect(call('test.echo', { text: '你好' })).resolves.toEqual({ wrapped: { text: '你好', user: 'zhangsan', validated: true } });
  });

  it('validates through the pattern pipe, with Chinese field messages', async () => {
    const failure = await failureOf<DomainError>(call('test.echo', { text: 'x'.repeat(11) }));
    expect(failure.toBody()).toMatchObject({ code: CommonErrors.validationFailed.code, errors: [{ field: 'text', code: 'maxLength' }] });
    expect(failure.toBody().errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses through a guard before the handler runs', async () => {
    const failure = await failureOf<DomainError>(call('test.guarded', { text: 'a' }, caller({ permissions: [] })));
    expect(failure.toBody()).toMatchObject({ code: CommonErrors.forbidden.code, detail: '没有测试权限' });
    await expect(call('test.guarded', { text: 'a' })).resolves.toBe('a');
  });

  it('maps a domain error to its envelope and hides an unexpected one', async () => {
    expect((await failureOf<DomainError>(call('test.fail', { text: 'domain' }))).toBody()).toMatchObject({ code: CommonErrors.versionConflict.code, detail: '测试冲突' });
    const internal = (await failureOf<DomainError>(call('test.fail', { text: 'boom' }))).toBody();
    expect(internal.code).toBe(CommonErrors.internal.code);
    expect(JSON.stringify(internal)).not.toContain('secret internals');
  });

  it('still refuses a call without the gateway signature (the dispatcher stays underneath)', async () => {
    const unsigned = await connectTestClient(environment, { signed: false });
    try {
      const failure = await failureOf<DomainError>(unsigned.rpc.call('information', 'test.echo', { text: 'a' }, who));
      expect(failure.toBody().code).toBe(CommonErrors.unauthenticated.code);
    } finally {
      await unsigned.close();
    }
  });

  it('runs an event handler in the transaction of its inbox row, once, and dead-letters a poison event', async () => {
    const text = randomUUID().slice(0, 8);
    await call('test.record', { text });
    await eventually(async () => handled.some((h) => h.text === text) || undefined, 15_000, 'event handled');
    expect(handled.filter((h) => h.text === text)).toEqual([{ text, inTx: true, subject: EVENT }]);
    const inbox = async () => (await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM information.inbox WHERE subject = $1`, [EVENT]))[0].n as number;
    await eventually(async () => (await inbox()) === 1 || undefined, 5000, 'inbox row committed with the effect');

    await call('test.record', { text: 'poison' });
    await eventually(
      async () => ((await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM information.dead_letter WHERE subject = $1`, [EVENT]))[0].n === 1) || undefined,
      30_000,
      'poison event dead-lettered',
    );
    expect(handled.some((h) => h.text === 'poison')).toBe(false);
  });

  it('gives the gateway a ClientProxy: send is an RPC call, emit is refused (domain events go through the outbox)', async () => {
    const proxy = new BusClientProxy(client.rpc);
    await expect(lastValueFrom(proxy.send(rpcSubject('information', 'test.public'), { text: '代理' }))).resolves.toBe('代理');
    await expect(lastValueFrom(proxy.send(rpcSubject('information', 'test.public'), { text: 1 }))).rejects.toMatchObject({ spec: { code: CommonErrors.validationFailed.code } });
    expect(() => proxy.emit(EVENT, { text: 'x' })).toThrow(DirectEmitRefused);
  });
});
