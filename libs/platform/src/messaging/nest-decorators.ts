import { applyDecorators, createParamDecorator, UseGuards, UsePipes, type ArgumentMetadata, type CanActivate, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import { CommonErrors, hasPermission, type AppName, type CallerContext, type EventEnvelope } from '@gov/contracts-common';
import { DomainError } from '../errors.js';
import { validatePayload } from '../validation.js';
import type { Tx } from './transactions.js';

/** The key under which a pattern's extras carry what the bus transport needs to know of the handler. */
export const BUS_PATTERN = 'gov:bus';

export interface RpcPatternExtras {
  kind: 'rpc';
  /** The request class the payload is validated against (by {@link RequestValidationPipe}). */
  request: new () => object;
  /** Whether a signed-in caller is required (true unless the handler is for the system itself). */
  requiresCaller: boolean;
}

export interface EventPatternExtras {
  kind: 'event';
  producer: AppName;
  /** The event class the consumer reads the payload with (a tolerant reader: see `readEvent`). */
  event: new () => object;
  /** Deliveries handled at once; above 1 only for handlers that do not depend on order (versioned snapshots). */
  concurrency: number;
}

/**
 * What a handler is called with besides its payload (`@Ctx()`): the subject, and the verified caller of a request or
 * the transaction and envelope of an event. `@Caller()` and `@EventTx()` read it.
 */
export class BusContext {
  constructor(
    readonly kind: 'rpc' | 'event',
    readonly subject: string,
    readonly caller?: CallerContext,
    readonly tx?: Tx,
    readonly envelope?: EventEnvelope,
  ) {}
}

function busContextOf(ctx: ExecutionContext): BusContext {
  const context = ctx.switchToRpc().getContext<unknown>();
  if (!(context instanceof BusContext)) throw new Error('@Caller() / @EventTx() can only be used on bus handlers');
  return context;
}

/**
 * Validates a request payload against its request class, with the platform's Chinese field messages (a bad one is a
 * 400 `VALIDATION_FAILED` with the fields listed). Only the whole payload (`@Payload()` without a property) is
 * validated; the caller and the context are not payloads.
 */
export class RequestValidationPipe implements PipeTransform {
  constructor(private readonly request: new () => object) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Nest's pipes see a `@Payload()` argument as the 'body' (RpcParamtype.PAYLOAD is RouteParamtypes.BODY).
    if (metadata.type !== 'body' || metadata.data !== undefined) return value;
    return validatePayload(this.request, value);
  }
}

/**
 * Marks a method of a controller as the handler of `rpc.<this service>.<path>`: a `@MessagePattern(path)` whose payload
 * is validated against `request` before the method runs. The method takes `@Payload()` and `@Caller()`.
 */
export function RpcPattern(path: string, request: new () => object, options: { requiresCaller?: boolean } = {}): MethodDecorator {
  const extras: RpcPatternExtras = { kind: 'rpc', request, requiresCaller: options.requiresCaller ?? true };
  return applyDecorators(MessagePattern(path, { [BUS_PATTERN]: extras }), UsePipes(new RequestValidationPipe(request)));
}

/**
 * Marks a method of a controller as the durable consumer of one event (an `@EventPattern(subject)`). It runs in a
 * transaction with the inbox row, so an event delivered twice changes nothing the second time; the method takes
 * `@Payload()` (the event, read with `event`) and `@EventTx()`. Name such methods `<do>When<Event>`.
 */
export function BusEventPattern(producer: AppName, subject: string, event: new () => object, options: { concurrency?: number } = {}): MethodDecorator {
  const extras: EventPatternExtras = { kind: 'event', producer, event, concurrency: options.concurrency ?? 1 };
  return EventPattern<string>(subject, { [BUS_PATTERN]: extras });
}

/** The caller of a request, as the gateway signed for it and the dispatcher verified. */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): CallerContext | undefined => busContextOf(ctx).caller);

/** The transaction an event is handled in: the handler's effects and the inbox row commit together. */
export const EventTx = createParamDecorator((_data: unknown, ctx: ExecutionContext): Tx | undefined => busContextOf(ctx).tx);

/** The envelope of the event being handled (id, producer, time, request id). */
export const Envelope = createParamDecorator((_data: unknown, ctx: ExecutionContext): EventEnvelope | undefined => busContextOf(ctx).envelope);

/**
 * Lets a request through only for a caller with `permission` (a guard: it runs before the payload is validated and
 * before the handler); anyone else is refused with a 403 and `message`.
 */
export function RequirePermission(permission: string, message: string): MethodDecorator {
  const guard: CanActivate = {
    canActivate(ctx: ExecutionContext): boolean {
      const caller = busContextOf(ctx).caller;
      if (!caller || !hasPermission(caller, permission)) throw new DomainError(CommonErrors.forbidden, message);
      return true;
    },
  };
  return UseGuards(guard);
}
