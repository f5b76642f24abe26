import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { runWithContext } from '@gov/platform';
import type { FastifyRequest } from 'fastify';
import { tap, type Observable } from 'rxjs';

/**
 * Runs the handler inside the request's context (request id, trace, caller), so that RPC calls carry them
 * in NATS headers and log lines name them; notes the id of a record a write created, for the audit.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const state = request.gateway;
    return runWithContext(state.context, () => next.handle()).pipe(
      tap((result) => {
        const id = (result as { id?: unknown } | null)?.id;
        if (!state.targetId && typeof id === 'string') state.targetId = id;
      }),
    );
  }
}
