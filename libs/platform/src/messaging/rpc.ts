import { randomUUID } from 'node:crypto';
import { Injectable, SetMetadata } from '@nestjs/common';
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
import { AssertionRefused, type CallerAssertionPayload, type CallerSigner, type CallerVerifier } from '../security/caller-assertion.js';
import type { PlatformMetrics } from '../metrics.js';
import { NoRespondersError, RequestTimeoutError, type Bus, type BusHeaders, type IncomingRequest } from './bus.js';

export const RPC_HANDLER = 'gov:rpc-handler';

export interface RpcHandlerMeta {
  /** Path under `rpc.<service>.`, e.g. `unit.create`. */
  path: string;
  request: new () => object;
  /** Whether a signed-in caller is required (true unless the handler is for the system itself). */
  requiresCaller: boolean;
}

/**
 * Marks a method as the handler of `rpc.<this service>.<path>`. The payload is validated against the
 * request class before the method runs; the method receives the validated request and the caller.
 */
export function RpcHandler(path: string, request: new () => object, options: { requiresCaller?: boolean } = {}): MethodDecorator {
  return SetMetadata<string, RpcHandlerMeta>(RPC_HANDLER, { path, request, requiresCaller: options.requiresCaller ?? true });
}

export type RpcMethod = (request: unknown, caller: CallerContext) => Promise<unknown>;

/**
 * The caller of a request as the gateway asserted it, read without checking the signature: for tests and tools
 * that watch the bus. Services never trust it this way: {@link RpcDispatcher} verifies.
 */
export function decodeCaller(value: string | undefined): CallerContext | undefined {
  const body = value?.split('.')[1];
  if (!body) return undefined;
  try {
    return (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CallerAssertionPayload).caller;
  } catch {
    return undefined;
  }
}

/**
 * Dispatches the requests of one service to its handlers, inside the request's context and error boundary. Every
 * request must carry the gateway's signed caller assertion for this subject and request id (see caller-assertion.ts);
 * anything else is refused before a handler runs, and logged as a security event.
 */
export class RpcDispatcher {
  private readonly handlers = new Map<string, { meta: RpcHandlerMeta; method: RpcMethod }>();

  constructor(
    private readonly app: AppName,
    private readonly logger: Logger,
    private readonly verifier: CallerVerifier,
    private readonly metrics?: PlatformMetrics,
  ) {}

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
    const context = newRequestContext({
      requestId: request.headers[Headers.requestId],
      traceparent: request.headers[Headers.traceparent],
      caller,
    });
    const stopTimer = this.metrics?.rpcDuration.startTimer({ subject: request.subject });
    return runWithContext(context, async () => {
      let outcome = 'ok';
      try {
        const entry = this.handlers.get(request.subject);
        if (!entry) throw new DomainError(CommonErrors.notFound, `未知的服务接口：${request.subject}`);
        if (entry.meta.requiresCaller && !caller) throw new DomainError(CommonErrors.unauthenticated, '缺少调用者身份');
        const payload = await validatePayload(entry.meta.request, request.data);
        const data = await entry.method(payload, caller as CallerContext);
        return { ok: true, data: data ?? null };
      } catch (error) {
        const { body, unexpected } = toErrorBody(error);
        outcome = body.kind;
        if (unexpected) this.logger.error({ err: error, subject: request.subject }, 'rpc handler failed');
        return { ok: false, error: body };
      } finally {
        stopTimer?.();
        this.metrics?.rpcRequests.inc({ subject: request.subject, outcome });
      }
    });
  }
}

/** Calls other services. Every call has a timeout; a service that is down is a 503, a slow one a 504. */
@Injectable()
export class RpcClient {
  /** `signer`: the gateway's; a client without one sends no caller assertion, and every service refuses its calls. */
  constructor(
    private readonly bus: Bus,
    private readonly timeoutMs: number,
    private readonly signer?: CallerSigner,
  ) {}

  async call<T>(service: AppName, path: string, payload: unknown, caller?: CallerContext, timeoutMs = this.timeoutMs): Promise<T> {
    const ctx = currentContext();
    const requestId = ctx?.requestId ?? randomUUID();
    const headers: BusHeaders = { [Headers.requestId]: requestId };
    if (ctx) headers[Headers.traceparent] = ctx.traceparent;
    const subject = rpcSubject(service, path);
    if (this.signer) headers[Headers.caller] = this.signer.sign(subject, requestId, caller ?? ctx?.caller);
    let reply: RpcReply<T>;
    try {
      reply = (await this.bus.request(subject, payload, headers, timeoutMs)) as RpcReply<T>;
    } catch (error) {
      if (error instanceof NoRespondersError) throw new DomainError(CommonErrors.unavailable, `服务「${service}」暂不可用，请稍后重试`);
      if (error instanceof RequestTimeoutError) throw new DomainError(CommonErrors.timeout, `服务「${service}」在 ${timeoutMs} 毫秒内未响应`);
      throw error;
    }
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new DomainError(CommonErrors.internal, `服务「${service}」返回了无法识别的应答`);
    }
    if (!reply.ok) throw DomainError.fromBody(reply.error);
    return reply.data;
  }
}
