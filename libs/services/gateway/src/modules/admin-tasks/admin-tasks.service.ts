import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SERVICE_NAMES, type AppName } from '@gov/contracts-common';
import { DATA_SOURCE, DeadLetterRecorded, deadLetterRecordedSubject, EventConsumers, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { ListAdminTasks } from './admin-tasks.contracts.js';

/** Where a dead letter of `service` is replayed (the system administrator's route). */
export function replayPathOf(service: string, deadLetterId: string): string {
  return `/api/admin/dead-letters/${service}/${deadLetterId}/replay`;
}

/**
 * The system administrator's tasks (待办). Every app's dead letter opens one (its `ops.dead-letter-recorded` event,
 * committed with the dead letter), showing the event and the record it concerns and where to replay it; a successful
 * replay through the gateway closes it. A dead letter that fails again reopens its task.
 */
@Injectable()
export class AdminTasksService implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** One consumer per app (registered before the platform starts the consumers). */
  onModuleInit(): void {
    for (const producer of [...SERVICE_NAMES, 'gateway'] as AppName[]) {
      this.consumers.register({ producer, subject: deadLetterRecordedSubject(producer), event: DeadLetterRecorded, concurrency: 1 }, (data, tx) =>
        this.openWhenDeadLetterRecorded(producer, data as DeadLetterRecorded, tx),
      );
    }
  }

  async openWhenDeadLetterRecorded(service: AppName, event: DeadLetterRecorded, tx: Tx): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".admin_task (id, kind, service, dead_letter_id, subject, event_id, record_id, deliveries, error)
       VALUES ($1, 'dead_letter', $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (service, dead_letter_id) DO UPDATE
         SET status = 'open', closed_at = NULL, closed_by = NULL, deliveries = EXCLUDED.deliveries, error = EXCLUDED.error, record_id = EXCLUDED.record_id`,
      [randomUUID(), service, event.deadLetterId, event.subject, event.eventId, event.recordId ?? null, event.deliveries, event.error],
    );
  }

  /** The dead letter was replayed (or found already processed): its task is done. */
  async closeForDeadLetter(service: string, deadLetterId: string, closedBy: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "${this.schema}".admin_task SET status = 'closed', closed_at = now(), closed_by = $3
        WHERE service = $1 AND dead_letter_id = $2 AND status = 'open'`,
      [service, deadLetterId, closedBy],
    );
  }

  async list(query: ListAdminTasks.Request): Promise<ListAdminTasks.Reply> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const params: unknown[] = [limit, offset, ...(query.status ? [query.status] : [])];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT *, count(*) OVER() AS total FROM "${this.schema}".admin_task ${query.status ? 'WHERE status = $3' : ''}
        ORDER BY opened_at DESC, id LIMIT $1 OFFSET $2`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id as string,
        kind: r.kind as string,
        title:
          r.kind === 'webhook_paused'
            ? `Webhook 订阅 ${r.webhook_id as string} 的接收方连续 ${r.deliveries as number} 次投递失败，已自动暂停`
            : `「${r.service as string}」的事件 ${r.subject as string} 多次处理失败，已转入死信${r.record_id ? `（涉及记录 ${r.record_id as string}）` : ''}`,
        service: r.service as string,
        deadLetterId: (r.dead_letter_id as string | null) ?? null,
        webhookId: (r.webhook_id as string | null) ?? null,
        subject: r.subject as string,
        eventId: r.event_id as string,
        recordId: (r.record_id as string | null) ?? null,
        deliveries: r.deliveries as number,
        error: r.error as string,
        replayPath: r.kind === 'webhook_paused' ? `/api/admin/webhooks/${r.webhook_id as string}/resume` : replayPathOf(r.service as string, r.dead_letter_id as string),
        status: r.status as string,
        openedAt: (r.opened_at as Date).toISOString(),
        closedAt: r.closed_at ? (r.closed_at as Date).toISOString() : null,
        closedBy: (r.closed_by as string | null) ?? null,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      limit,
      offset,
    };
  }
}
