import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CommonErrors,
  Headers,
  rpcSubject,
  type AppName,
  type CallerContext,
  type RpcReply,
} from '@gov/contracts-common';
import type { Logger } from 'pino';
import { currentContext, newRequestContext, runWithContext } from '../context.js';
import { DomainError, toErrorBody } from '../errors.js';
import { validatePayload } from '../validation.js';
import { AssertionRefused, callerInToken, type CallerSigner, type CallerVerifier } from '../security/caller-assertion.js';
import type { PlatformMetrics } from '../metrics.js';
import { NoRespondersError, RequestTimeoutError, type Bus, type BusHeaders, type IncomingRequest } from './bus.js';
import { IdempotentDuplicate, runInCall, type IdempotencyStore, type RpcCallScope } from './transactions.js';

/** Request headers of the platform's request-reply layer, beside the contracts' `Headers`. */
export const RpcHeaders = {
  /** The caller's absolute deadline, epoch milliseconds: after it the caller no longer waits for the answer. */
  deadline: 'x-deadline',
  /** The client's Idempotency-Key of a creating command (the service scopes it by the caller's user id). */
  idempotencyKey: 'x-idempotency-key',
} as const;

const idempotencyKeys = new AsyncLocalStorage<string>();

/**
 * Runs `work` with every RPC call it makes carrying `key` as its idempotency key (the gateway, for a request with an
 * Idempotency-Key): a service that committed the call's effect before answers a retry with its first reply.
 */
export function withIdempotencyKey<T>(key: string, work: () => Promise<T>): Promise<T> {
  return idempotencyKeys.run(key, work);
}

export interface RpcDispatcherOptions {
  /** Requests handled at once; above it, a request is answered 503 (unavailable) at once. Default 64. */
  maxInFlight?: number;
  /** The service's idempotency table: a call with an idempotency key done before is answered from it. */
  idempotency?: IdempotencyStore;
}

const IDEMPOTENCY_RETENTION_MS = 24 * 3600 * 1000;
const IDEMPOTENCY_PURGE_INTERVAL_MS = 10 * 60 * 1000;

/** A request handler as the dispatcher knows it (the Nest transport registers each `@RpcPattern` method so). */
export interface RpcHandlerMeta {
  /** Path under `rpc.<service>.`, e.g. `unit.create`. */
  path: string;
  /** The request class the dispatcher validates the payload with; without one, the handler validates (the Nest transport's pipe). */
  request?: new () => object;
  /** Whether a signed-in caller is required (true unless the handler is for the system itself). */
  requiresCaller: boolean;
}

export type RpcMethod = (request: unknown, caller: CallerContext) => Promise<unknown>;

/**
 * The caller of a request as the gateway asserted it, read without checking the signature: for tests and tools
 * that watch the bus. Services never trust it this way: {@link RpcDispatcher} verifies.
 */
export function decodeCaller(value: string | undefined): CallerContext | undefined {
  return callerInToken(value);
}

/**
 * Dispatches the requests of one service to its handlers, inside the request's context and error boundary. Every
 * request must carry the gateway's signed caller assertion for this subject and request id (see caller-assertion.ts);
 * anything else is refused before a handler runs, and logged as a security event.
 */
export class RpcDispatcher {
  private readonly handlers = new Map<string, { meta: RpcHandlerMeta; method: RpcMethod }>();
  private readonly maxInFlight: number;
  private inFlight = 0;
  private lastPurge = 0;

  constructor(
    private readonly app: AppName,
    private readonly logger: Logger,
    private readonly verifier: CallerVerifier,
    private readonly metrics?: PlatformMetrics,
    private readonly options: RpcDispatcherOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 64;
  }

  /** Requests being handled now. */
  get inFlightCount(): number {
    return this.inFlight;
  }

  register(meta: RpcHandlerMeta, method: RpcMethod): void {
    const subject = rpcSubject(this.app, meta.path);
    if (this.handlers.has(subject)) throw new Error(`duplicate RPC handler for ${subject}`);
    this.handlers.set(subject, { meta, method });
  }

  subjects(): string[] {
    return [...this.handlers.keys()];
  }

  async dispatch(request: IncomingRequest): Promise<RpcReply<unknown>> {
    const requestId = request.headers[Headers.requestId];
    let caller: CallerContext | undefined;
    try {
      caller = this.verifier.verify(request.headers[Headers.caller], request.subject, requestId);
    } catch (error) {
      const reason = error instanceof AssertionRefused ? error.reason : 'malformed';
      this.logger.warn({ security: true, event: 'caller_assertion_refused', reason, subject: request.subject, requestId }, '安全事件：拒绝了没有有效网关签名的调用');
      this.metrics?.rpcRequests.inc({ subject: request.subject, outcome: `refused_${reason}` });
      return { ok: false, error: toErrorBody(new DomainError(CommonErrors.unauthenticated, '调用未经网关签名或签名无效，已拒绝')).body };
    }
    // Bounded work in flight: above the bound the service answers at once, and the caller may retry (503 + Retry-After).
    if (this.inFlight >= this.maxInFlight) {
      this.metrics?.rpcRequests.inc({ subject: request.subject, outcome: 'overloaded' });
      return { ok: false, error: toErrorBody(new DomainError(CommonErrors.busy, `服务「${this.app}」繁忙，请稍后重试`)).body };
    }
    const deadline = deadlineOf(request.headers[RpcHeaders.deadline]);
    if (deadline !== undefined && Date.now() > deadline) {
      // The caller gave up already: doing the work now would only make an effect nobody waits for.
      this.metrics?.rpcRequests.inc({ subject: request.subject, outcome: 'expired' });
      return { ok: false, error: toErrorBody(new DomainError(CommonErrors.timeout, '调用方等待已超时，请求未执行')).body };
    }
    const context = newRequestContext({
      requestId: request.headers[Headers.requestId],
      traceparent: request.headers[Headers.traceparent],
      caller,
    });
    const key = idempotencyKeyOf(request.headers[RpcHeaders.idempotencyKey], caller);
    const call: RpcCallScope = { subject: request.subject, deadline, idempotencyKey: this.options.idempotency ? key : undefined, recorded: false, open: true };
    const stopTimer = this.metrics?.rpcDuration.startTimer({ subject: request.subject });
    this.inFlight++;
    this.metrics?.rpcInFlight.set(this.inFlight);
    return runWithContext(context, () =>
      runInCall(call, async () => {
        let outcome = 'ok';
        try {
          const entry = this.handlers.get(request.subject);
          if (!entry) throw new DomainError(CommonErrors.notFound, `未知的服务接口：${request.subject}`);
          if (entry.meta.requiresCaller && !caller) throw new DomainError(CommonErrors.unauthenticated, '缺少调用者身份');
          const payload = entry.meta.request ? await validatePayload(entry.meta.request, request.data) : request.data;
          const done = await this.storedReply(call);
          if (done) {
            outcome = 'replayed';
            return { ok: true, data: done.reply ?? null };
          }
          const data = await entry.method(payload, caller as CallerContext);
          if (call.recorded && call.idempotencyKey) await this.options.idempotency?.complete(call.idempotencyKey, call.subject, data ?? null);
          return { ok: true, data: data ?? null };
        } catch (error) {
          if (error instanceof IdempotentDuplicate) {
            // Another attempt with the same key committed while this one ran: its reply is the answer, this one rolled back.
            const done = await this.storedReply(call).catch(() => undefined);
            if (done) {
              outcome = 'replayed';
              return { ok: true, data: done.reply ?? null };
            }
          }
          const { body, unexpected } = toErrorBody(error);
          outcome = body.kind;
          if (unexpected) this.logger.error({ err: error, subject: request.subject }, 'rpc handler failed');
          return { ok: false, error: body };
        } finally {
          this.inFlight--;
          this.metrics?.rpcInFlight.set(this.inFlight);
          stopTimer?.();
          this.metrics?.rpcRequests.inc({ subject: request.subject, outcome });
        }
      }),
    );
  }

  /** The first reply of a call with an idempotency key whose effect committed before, if any. */
  private async storedReply(call: RpcCallScope): Promise<{ reply: unknown } | undefined> {
    const store = this.options.idempotency;
    if (!store || !call.idempotencyKey) return undefined;
    const now = Date.now();
    if (now - this.lastPurge > IDEMPOTENCY_PURGE_INTERVAL_MS) {
      this.lastPurge = now;
      await store.purgeOlderThan(new Date(now - IDEMPOTENCY_RETENTION_MS)).catch((error: unknown) => this.logger.warn({ err: error }, '过期幂等键清理失败，下次重试'));
    }
    return store.find(call.idempotencyKey, call.subject);
  }
}

function deadlineOf(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,16}$/.test(value)) return undefined;
  return Number(value);
}

/** The client's key, scoped by the caller the gateway signed for: one user's key never answers another's call. */
function idempotencyKeyOf(value: string | undefined, caller: CallerContext | undefined): string | undefined {
  if (!value || !/^[A-Za-z0-9_:.-]{1,200}$/.test(value)) return undefined;
  return `${caller?.userId ?? 'system'}:${value}`;
}

/** How many times a call refused as busy (before any work) is sent in all, within its deadline. */
const BUSY_RETRIES = 3;

/**
 * Calls other services. Every call has a timeout, sent along as an absolute deadline the service keeps (it does not
 * start, nor commit, after it); a service that is down is a 503, a slow one a 504.
 */
@Injectable()
export class RpcClient {
  /** `signer`: the gateway's; a client without one sends no caller assertion, and every service refuses its calls. */
  constructor(
    private readonly bus: Bus,
    private readonly timeoutMs: number,
    private readonly signer?: CallerSigner,
  ) {}

  async call<T>(service: AppName, path: string, payload: unknown, caller?: CallerContext, timeoutMs = this.timeoutMs): Promise<T> {
    const answer = await this.exchange<T>(service, path, payload, caller, timeoutMs, false);
    return 'data' in answer ? answer.data : (JSON.parse(answer.json.toString('utf8')) as T);
  }

  /**
   * The call's answer as the JSON bytes of its data, unparsed, when the bus carries bytes and the call succeeded (the
   * gateway passes them on as they are); else the data, parsed. Errors are thrown as by {@link call}.
   */
  async callJson<T>(service: AppName, path: string, payload: unknown, caller?: CallerContext, timeoutMs = this.timeoutMs): Promise<{ json: Buffer } | { data: T }> {
    return this.exchange<T>(service, path, payload, caller, timeoutMs, true);
  }

  private async exchange<T>(service: AppName, path: string, payload: unknown, caller: CallerContext | undefined, timeoutMs: number, raw: boolean): Promise<{ json: Buffer } | { data: T }> {
    const ctx = currentContext();
    const requestId = ctx?.requestId ?? randomUUID();
    const headers: BusHeaders = { [Headers.requestId]: requestId, [RpcHeaders.deadline]: String(Date.now() + timeoutMs) };
    if (ctx) headers[Headers.traceparent] = ctx.traceparent;
    const idempotencyKey = idempotencyKeys.getStore();
    if (idempotencyKey) headers[RpcHeaders.idempotencyKey] = idempotencyKey;
    const subject = rpcSubject(service, path);
    const deadline = Date.now() + timeoutMs;
    let reply: RpcReply<T>;
    for (let attempt = 1; ; attempt++) {
      // The caller's session token (signed once per session and app), or a fresh call assertion per attempt (each is good once).
      if (this.signer) headers[Headers.caller] = this.signer.forCall(subject, requestId, caller ?? ctx?.caller);
      try {
        const wait = Math.max(1, deadline - Date.now());
        if (raw && this.bus.requestRaw) {
          const bytes = Buffer.from(await this.bus.requestRaw(subject, payload, headers, wait));
          // The dispatcher's success reply is `{"ok":true,"data":…}`: its data is the bytes between, passed on unparsed.
          const json = successData(bytes);
          if (json) return { json };
          reply = (bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined) as RpcReply<T>;
        } else {
          reply = (await this.bus.request(subject, payload, headers, wait)) as RpcReply<T>;
        }
      } catch (error) {
        if (error instanceof NoRespondersError) throw new DomainError(CommonErrors.unavailable, `服务「${service}」暂不可用，请稍后重试`);
        if (error instanceof RequestTimeoutError) throw new DomainError(CommonErrors.timeout, `服务「${service}」在 ${timeoutMs} 毫秒内未响应`);
        throw error;
      }
      // A replica at its in-flight bound refused before doing anything: another try (likely another replica) is safe.
      const busy = reply && typeof reply === 'object' && reply.ok === false && reply.error?.code === CommonErrors.busy.code;
      const pause = attempt * (20 + Math.floor(Math.random() * 30));
      if (!busy || attempt >= BUSY_RETRIES || Date.now() + pause >= deadline - 50) break;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new DomainError(CommonErrors.internal, `服务「${service}」返回了无法识别的应答`);
    }
    if (!reply.ok) throw DomainError.fromBody(reply.error);
    return { data: reply.data };
  }
}

const SUCCESS_PREFIX = Buffer.from('{"ok":true,"data":', 'utf8');

/** The data's bytes of a success reply as the dispatcher serialises it, or undefined for anything else. */
function successData(bytes: Buffer): Buffer | undefined {
  if (bytes.length <= SUCCESS_PREFIX.length + 1 || bytes[bytes.length - 1] !== 0x7d /* } */) return undefined;
  if (bytes.compare(SUCCESS_PREFIX, 0, SUCCESS_PREFIX.length, 0, SUCCESS_PREFIX.length) !== 0) return undefined;
  return bytes.subarray(SUCCESS_PREFIX.length, bytes.length - 1);
}
