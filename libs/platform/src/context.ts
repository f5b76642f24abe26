import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';

/** What follows one request across HTTP, request-reply and the events it causes. */
export interface RequestContext {
  requestId: string;
  /** W3C trace context: `00-<trace-id>-<span-id>-01`. */
  traceparent: string;
  caller?: CallerContext;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** 32 random hex digits; randomUUID draws from Node's entropy cache, far cheaper per call than randomBytes. */
function randomHex32(): string {
  return randomUUID().replace(/-/g, '');
}

export function newTraceparent(parent?: string): string {
  const traceId = parent?.split('-')[1] ?? randomHex32();
  return `00-${traceId}-${randomHex32().slice(0, 16)}-01`;
}

export function newRequestContext(partial: Partial<RequestContext> = {}): RequestContext {
  return {
    requestId: partial.requestId ?? randomUUID(),
    traceparent: newTraceparent(partial.traceparent),
    caller: partial.caller,
  };
}
