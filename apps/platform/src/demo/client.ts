import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

/** One answer of the gateway: status, ETag and the JSON body (a problem+json on errors). */
export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  etag: string;
  body: T;
}

/** An answer the seed did not expect: names the route and carries the gateway's problem. */
export class DemoApiError extends Error {
  constructor(
    readonly route: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`演示数据：${route} 返回 ${status}：${JSON.stringify(problem)}`);
  }
}

export interface CallOptions {
  token?: string;
  ifMatch?: string;
  idempotencyKey?: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Statuses accepted besides 2xx (the caller inspects them). */
  accept?: number[];
}

const MAX_RATE_LIMIT_WAITS = 6;

/**
 * The gateway's HTTP API as a client uses it: bearer tokens, If-Match, Idempotency-Key; a 429 is waited out
 * (Retry-After, bounded) since the demo signs in some twenty people through the per-address sign-in limit.
 */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly logger?: Logger,
  ) {}

  async call<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: object, options: CallOptions = {}): Promise<ApiAnswer<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const route = `${method} ${path}`;
    for (let waits = 0; ; waits++) {
      const res = await fetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const text = await res.text();
      const parsed = text ? (JSON.parse(text) as T) : ({} as T);
      if (res.status === 429 && waits < MAX_RATE_LIMIT_WAITS) {
        const seconds = Math.min(Math.max(Number(res.headers.get('retry-after') ?? '5') || 5, 1), 65);
        this.logger?.info({ route, seconds }, '演示数据：登录次数达到每分钟上限（RATE_LIMIT_SIGN_IN_PER_MINUTE），稍候继续');
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        continue;
      }
      if ((res.status < 200 || res.status >= 300) && !options.accept?.includes(res.status)) throw new DemoApiError(route, res.status, parsed);
      return { status: res.status, etag: res.headers.get('etag') ?? '', body: parsed };
    }
  }

  get<T = Record<string, unknown>>(path: string, token: string, query?: CallOptions['query']): Promise<ApiAnswer<T>> {
    return this.call<T>('GET', path, undefined, { token, query });
  }

  /** A creating POST, with an Idempotency-Key so that a retried request creates nothing twice. */
  create<T = Record<string, unknown>>(path: string, token: string, body: object, key: string = randomUUID()): Promise<ApiAnswer<T>> {
    return this.call<T>('POST', path, body, { token, idempotencyKey: key });
  }

  /** A change of a versioned record, with the ETag held. */
  change<T = Record<string, unknown>>(path: string, token: string, etag: string, body: object = {}, method: 'POST' | 'PUT' | 'PATCH' = 'POST'): Promise<ApiAnswer<T>> {
    return this.call<T>(method, path, body, { token, ifMatch: etag });
  }
}

/** Polls `check` until it returns a value, at most `timeoutMs`; the error names what was awaited. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`演示数据：等待「${what}」超时${last instanceof Error ? `（${last.message}）` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
