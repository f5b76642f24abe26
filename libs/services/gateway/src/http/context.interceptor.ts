import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { CommonErrors } from '@gov/contracts-common';
import { DomainError, runWithContext } from '@gov/platform';
import type { FastifyRequest } from 'fastify';
import { tap, type Observable } from 'rxjs';
import { AuditService } from '../modules/audit/audit.service.js';
import { classifiedIn } from './classified-reads.js';
import { auditActionOf, auditTargetOf, WRITE_METHODS } from './hooks.js';

/**
 * Runs the handler inside the request's context (request id, trace, caller), so that RPC calls carry them
 * in NATS headers and log lines name them. Before a signed-in write is made, its intent goes into the audit
 * log (no audit, no write: if that fails the write is refused with a 503); after a handler, notes the id of a
 * record a write created, and what a read disclosed at 机密 or above, for the audit.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const state = request.gateway;
    const isWrite = WRITE_METHODS.has(request.method);
    if (isWrite && state.caller) {
      try {
        await this.audit.record({
          actorId: state.caller.userId,
          actorUsername: state.caller.username,
          action: auditActionOf(request),
          targetId: auditTargetOf(request),
          statusCode: 0,
          outcome: 'pending',
          reason: 'intent',
          ip: request.ip,
          requestId: state.context.requestId,
        });
      } catch {
        state.intentFailed = true;
        throw new DomainError(CommonErrors.unavailable, '审计日志暂时无法写入，操作未执行，请稍后重试');
      }
      state.intentRecorded = true;
    }
    return runWithContext(state.context, () => next.handle()).pipe(
      tap((result) => {
        if (isWrite) {
          const id = (result as { id?: unknown } | null)?.id;
          if (!state.targetId && typeof id === 'string') state.targetId = id;
        } else {
          state.classifiedRead ??= classifiedIn(result) ?? undefined;
        }
      }),
    );
  }
}
