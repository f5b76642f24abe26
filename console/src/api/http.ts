import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { networkProblem, problemFromBody, problemOf, ProblemError } from './problem';
import { loadTokens, saveTokens, type Tokens } from './tokens';

interface TokenReply {
  status: string;
  accessToken?: string;
  refreshToken?: string;
  expiresIn?: number;
}

let refreshing: Promise<Tokens | undefined> | undefined;
let onSessionEnded: (reason: string) => void = () => undefined;

/** What to do when the session can no longer be used (the store signs out and shows the reason). */
export function whenSessionEnds(handler: (reason: string) => void): void {
  onSessionEnded = handler;
}

export function tokensOf(reply: TokenReply): Tokens | undefined {
  if (!reply.accessToken || !reply.refreshToken) return undefined;
  return { accessToken: reply.accessToken, refreshToken: reply.refreshToken, expiresAt: Date.now() + (reply.expiresIn ?? 900) * 1000 };
}

/** Exchanges the refresh token once for all callers (each refresh token is single-use). */
function refreshTokens(tokens: Tokens): Promise<Tokens | undefined> {
  refreshing ??= fetch('/api/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: tokens.refreshToken }) })
    .then(async (response) => {
      if (!response.ok) return undefined;
      const next = tokensOf((await response.json()) as TokenReply);
      saveTokens(next);
      return next;
    })
    .catch(() => undefined)
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** A valid access token: refreshed a minute before it expires. */
export async function accessToken(): Promise<string | undefined> {
  const tokens = loadTokens();
  if (!tokens) return undefined;
  if (tokens.expiresAt - Date.now() > 60_000) return tokens.accessToken;
  return (await refreshTokens(tokens))?.accessToken;
}

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/')) {
      saveTokens(undefined);
      onSessionEnded('登录已失效，请重新登录');
    }
    return response;
  },
};

/** The typed client, generated from the gateway's OpenAPI document (`npm run console:api`). */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

export interface Sent<T> {
  data: T;
  etag: string | null;
  response: Response;
}

export interface SendOptions {
  query?: Record<string, unknown>;
  body?: unknown;
  ifMatch?: string | null;
  headers?: Record<string, string>;
}

function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A call by path for the generic page kit (lists, details, dialogs) whose paths are data: the same auth, refresh and
 * problem+json handling as the typed client. Throws ProblemError for every answer that is not 2xx.
 */
export async function send<T>(method: string, path: string, options: SendOptions = {}): Promise<Sent<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = await accessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(`${path}${queryString(options.query)}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  } catch (error) {
    throw networkProblem(error);
  }
  if (response.status === 401 && !path.startsWith('/api/auth/')) {
    saveTokens(undefined);
    onSessionEnded('登录已失效，请重新登录');
  }
  if (!response.ok) throw await problemOf(response);
  const data = (response.status === 204 ? undefined : await response.json().catch(() => undefined)) as T;
  return { data, etag: response.headers.get('etag'), response };
}

export const get = <T>(path: string, query?: Record<string, unknown>) => send<T>('GET', path, { query }).then((sent) => sent.data);
export const post = <T>(path: string, body?: unknown, ifMatch?: string | null) => send<T>('POST', path, { body, ifMatch }).then((sent) => sent.data);

/** Unwraps an openapi-fetch result: the data, or the problem thrown. */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let settled: { data?: T; error?: unknown; response: Response };
  try {
    settled = await result;
  } catch (error) {
    throw networkProblem(error);
  }
  // openapi-fetch has already read the body into `error`: the response cannot be read again.
  if (!settled.response.ok) throw settled.error === undefined ? await problemOf(settled.response) : problemFromBody(settled.error, settled.response.status);
  return settled.data as T;
}

export { ProblemError };
