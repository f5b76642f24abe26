import { Inject, Injectable } from '@nestjs/common';
import { TASK_KIND_LABELS, type TaskKind } from '@gov/contracts-common';
import { DATA_SOURCE, DomainError, SCHEMA } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { ListNotifications, NotificationsMarkedReply } from './tasks.contracts.js';

export const NotificationErrors = {
  notFound: { kind: 'not_found', code: 'NOTIFICATION.NOT_FOUND', title: '通知不存在' },
} as const;

/** A person's notifications (one per 待办 opened for them), read and marked read by that person only. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async list(query: ListNotifications.Request, accountId: string): Promise<ListNotifications.Reply> {
    const rows: { id: string; kind: TaskKind; title: string; body: string; link: string; task_id: string; created_at: Date; read_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, kind, title, body, link, task_id, created_at, read_at FROM "${this.schema}".notification
        WHERE account_id = $1 ${query.unread === 'true' ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT $2`,
      [accountId, query.limit ?? 20],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        kindLabel: TASK_KIND_LABELS[r.kind] ?? r.kind,
        title: r.title,
        body: r.body,
        link: r.link,
        taskId: r.task_id,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at ? r.read_at.toISOString() : null,
      })),
      unread: await this.unreadCount(accountId),
    };
  }

  async unreadCount(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${this.schema}".notification WHERE account_id = $1 AND read_at IS NULL`, [accountId]);
    return (row as { n: number }).n;
  }

  /** Marks one of the caller's notifications read (again: no change); another's is not found. */
  async markRead(id: string, accountId: string): Promise<NotificationsMarkedReply> {
    const [found] = await this.dataSource.query(`SELECT read_at FROM "${this.schema}".notification WHERE id = $1 AND account_id = $2`, [id, accountId]);
    if (!found) throw new DomainError(NotificationErrors.notFound, '通知不存在');
    const updated: unknown[] = await this.dataSource.query(`UPDATE "${this.schema}".notification SET read_at = now() WHERE id = $1 AND account_id = $2 AND read_at IS NULL RETURNING id`, [
      id,
      accountId,
    ]);
    return { marked: rowsOf(updated).length, unread: await this.unreadCount(accountId) };
  }

  async markAllRead(accountId: string): Promise<NotificationsMarkedReply> {
    const updated: unknown[] = await this.dataSource.query(`UPDATE "${this.schema}".notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL RETURNING id`, [accountId]);
    return { marked: rowsOf(updated).length, unread: await this.unreadCount(accountId) };
  }
}

/** An UPDATE … RETURNING answers `[rows, count]` through TypeORM's pg driver. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
