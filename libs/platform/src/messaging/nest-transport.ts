import { Catch, type ArgumentsHost, type INestApplication, type INestMicroservice, type RpcExceptionFilter } from '@nestjs/common';
import { ClientProxy, RpcException, Server, type CustomTransportStrategy, type MessageHandler, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { lastValueFrom, throwError, type Observable } from 'rxjs';
import { CommonErrors, rpcSubject, streamOf, type AppName, type ErrorBody } from '@gov/contracts-common';
import type { Logger } from 'pino';
import { DomainError, toErrorBody } from '../errors.js';
import type { PlatformParts } from '../platform.module.js';
import type { Stoppable } from './bus.js';
import { BUS_PATTERN, BusContext, type EventPatternExtras, type RpcPatternExtras } from './nest-decorators.js';
import type { RpcClient } from './rpc.js';
import { IdempotentDuplicate } from './transactions.js';

/** What a guard that says no throws (Nest's own message): answered as a 403 like any refusal. */
const GUARD_REFUSED = 'Forbidden resource';

/**
 * The one exception filter of the bus handlers. A request's failure becomes the error envelope `toErrorBody` makes
 * (a domain error as it is, a database conflict as a conflict, anything else an internal error whose details stay in
 * the log); an event handler's failure passes through unchanged, so the consumer retries it or dead-letters it.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    const context = host.switchToRpc().getContext<unknown>();
    // A concurrent attempt with the same idempotency key committed: the dispatcher answers with its reply.
    if (!(context instanceof BusContext) || context.kind === 'event' || exception instanceof IdempotentDuplicate) return throwError(() => exception);
    const error = exception instanceof RpcException && exception.getError() === GUARD_REFUSED ? new DomainError(CommonErrors.forbidden, '没有执行此操作的权限') : exception;
    const { body, unexpected } = toErrorBody(error);
    if (unexpected) this.logger.error({ err: exception, subject: context.subject }, 'rpc handler failed');
    return throwError(() => new RpcException(body));
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return !!value && typeof value === 'object' && typeof (value as ErrorBody).code === 'string' && typeof (value as ErrorBody).kind === 'string';
}

/**
 * The platform's bus as a Nest transport. The handlers Nest found (`@RpcPattern` / `@BusEventPattern` methods of the
 * app's controllers, each wrapped in Nest's guards, interceptors, pipes and filters) are given to the platform's own
 * machinery, which stays underneath unchanged: requests to the {@link RpcDispatcher} (the gateway's signed caller,
 * deadline, in-flight bound, idempotency, error envelope), events to the {@link EventConsumers} (durable consumers,
 * the inbox row and the handler's effects in one transaction, bounded redelivery, dead letters). Works on NATS and on
 * the in-process bus alike: it only speaks to the `Bus` seam.
 */
export class BusTransport extends Server implements CustomTransportStrategy {
  /** Event handler failures are not swallowed: they reach the consumer, which retries or dead-letters. */
  override propagatesEventHandlerErrors = true;
  private serving?: Stoppable;

  constructor(private readonly parts: PlatformParts) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      this.register();
      const { app, bus, relay, retention, consumers, dispatcher } = this.parts;
      // The producer owns its stream: events can be published before any consumer has started.
      await bus.ensureStream(streamOf(app), `evt.${app}.>`);
      relay.start();
      retention?.start();
      await consumers.start();
      if (dispatcher.subjects().length) this.serving = await bus.serve(`rpc.${app}.>`, app, (request) => dispatcher.dispatch(request));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Graceful shutdown: stop taking requests, finish those in flight, stop consumers, flush the outbox. */
  async close(): Promise<void> {
    const serving = this.serving;
    this.serving = undefined;
    await serving?.stop();
    await this.parts.consumers.stop();
    await this.parts.relay.stop();
    await this.parts.retention?.stop();
  }

  on(): never {
    throw new Error('BusTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.parts.bus as T;
  }

  private register(): void {
    const { app, dispatcher, consumers } = this.parts;
    for (const [pattern, handler] of this.messageHandlers) {
      const extras = (handler.extras as Record<string, unknown> | undefined)?.[BUS_PATTERN] as RpcPatternExtras | EventPatternExtras | undefined;
      if (handler.isEventHandler) {
        if (extras?.kind !== 'event') throw new Error(`event handler of ${pattern} must be declared with @BusEventPattern`);
        consumers.register({ producer: extras.producer, subject: pattern, event: extras.event, concurrency: extras.concurrency }, (data, tx, envelope) =>
          this.invoke(handler, data, new BusContext('event', pattern, undefined, tx, envelope)),
        );
      } else {
        if (extras?.kind !== 'rpc') throw new Error(`request handler of ${pattern} must be declared with @RpcPattern`);
        // No request class for the dispatcher: the payload is validated in Nest's pipeline, by the pattern's pipe.
        const subject = rpcSubject(app, pattern);
        dispatcher.register({ path: pattern, requiresCaller: extras.requiresCaller }, (payload, caller) => this.invoke(handler, payload, new BusContext('rpc', subject, caller)));
      }
    }
  }

  /** Runs one handler through Nest's pipeline; a failure the filter made an envelope of is thrown as that domain error. */
  private async invoke(handler: MessageHandler, data: unknown, context: BusContext): Promise<void> {
    try {
      const result = this.transformToObservable(await handler(data, context)) as Observable<void>;
      return await lastValueFrom(result, { defaultValue: undefined });
    } catch (error) {
      if (error instanceof RpcException && isErrorBody(error.getError())) throw DomainError.fromBody(error.getError() as ErrorBody);
      throw error;
    }
  }
}

/** Refused: a domain event is written to the outbox in its transaction (`tx.emit`), never sent beside it. */
export class DirectEmitRefused extends Error {
  constructor() {
    super('领域事件必须在事务中写入发件箱（tx.emit），不能通过 ClientProxy.emit 直接发送');
    this.name = 'DirectEmitRefused';
  }
}

/**
 * The gateway's side of the transport: `send(rpcSubject(service, path), payload)` is a call through the
 * {@link RpcClient} (its timeout and deadline, the signed caller assertion, the idempotency key, the error envelope
 * turned back into a `DomainError`). `emit` is refused: domain events go through the outbox.
 */
export class BusClientProxy extends ClientProxy {
  constructor(private readonly rpc: RpcClient) {
    super();
  }

  async connect(): Promise<void> {}

  close(): void {}

  unwrap<T>(): T {
    return this.rpc as T;
  }

  override emit(_pattern: unknown, _data: unknown): never {
    throw new DirectEmitRefused();
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const target = /^rpc\.([a-z0-9-]+)\.(.+)$/.exec(String(packet.pattern));
    if (!target) {
      callback({ err: new DomainError(CommonErrors.notFound, `未知的服务接口：${String(packet.pattern)}`), isDisposed: true });
      return () => undefined;
    }
    this.rpc.call(target[1] as AppName, target[2], packet.data).then(
      (response) => callback({ response, isDisposed: true }),
      (err: unknown) => callback({ err, isDisposed: true }),
    );
    return () => undefined;
  }

  protected dispatchEvent<T>(): Promise<T> {
    return Promise.reject(new DirectEmitRefused());
  }
}

/** The global enhancers of the bus handlers of an app (its microservice, or the gateway's connected one). */
function useBusEnhancers(microservice: INestMicroservice, parts: PlatformParts): INestMicroservice {
  return microservice.useGlobalFilters(new RpcErrorFilter(parts.logger));
}

/** The options of `NestFactory.createMicroservice` for an app on the bus. */
export function busTransportOf(parts: PlatformParts): { strategy: BusTransport } {
  return { strategy: new BusTransport(parts) };
}

/** Prepares a microservice made with {@link busTransportOf}: its global filter. */
export function prepareBusMicroservice(microservice: INestMicroservice, parts: PlatformParts): INestMicroservice {
  return useBusEnhancers(microservice, parts);
}

/** The gateway (an HTTP app) serves its bus handlers too: the transport connected to it, started with `startAllMicroservices`. */
export function connectBusTransport(app: INestApplication, parts: PlatformParts): INestMicroservice {
  return useBusEnhancers(app.connectMicroservice(busTransportOf(parts)), parts);
}
