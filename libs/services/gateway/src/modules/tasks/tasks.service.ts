import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { TASK_KIND_LABELS, TASK_KINDS, TASK_PRODUCERS, TaskClosed, TaskEvents, TaskOpened, type AppName, type CallerContext, type TaskKind } from '@gov/contracts-common';
import { CalendarCopy, DATA_SOURCE, EventConsumers, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { ListTasks, TaskSummary } from './tasks.contracts.js';
import { assigneeCondition, isAssignee, shanghaiDateTime, taskLight, type TaskReader } from './tasks.rules.js';

interface TaskRow {
  id: string;
  app: string;
  kind: TaskKind;
  title: string;
  assignee_type: 'person' | 'role' | 'unit';
  assignee_id: string;
  section: string | null;
  due_date: string | null;
  due_at: Date | null;
  deadline_explanation: string | null;
  link: string;
  clearance: number;
  status: 'open' | 'closed';
  opened_at: Date;
  closed_at: Date | null;
  version: number;
}

/** The columns read back, with the due day as text (a `date` is not a JS Date in any time zone). */
const TASK_COLUMNS = `id, app, kind, title, assignee_type, assignee_id, section, to_char(due_date, 'YYYY-MM-DD') AS due_date, due_at,
  deadline_explanation, link, clearance, status, opened_at, closed_at, version`;

/**
 * The 待办 read model: every service's `task.opened` / `task.closed` events, applied exactly once (the inbox) and in
 * version order (an older version of a task never replaces a newer one; at the same version, closed wins), so the list
 * is what the services say however the two subjects interleave. Each opening notifies the accounts it is for.
 */
@Injectable()
export class TasksService implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly calendar: CalendarCopy,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  onModuleInit(): void {
    for (const producer of TASK_PRODUCERS) {
      this.consumers.register({ producer, subject: TaskEvents.opened(producer), event: TaskOpened.Event, concurrency: 1 }, (data, tx) => this.applyOpened(producer, data as TaskOpened.Event, tx));
      this.consumers.register({ producer, subject: TaskEvents.closed(producer), event: TaskClosed.Event, concurrency: 1 }, (data, tx) => this.applyClosed(producer, data as TaskClosed.Event, tx));
    }
  }

  /** The task's row, locked (a placeholder at version 0 when the first event of the task is being applied). */
  private async lock(producer: AppName, event: { taskId: string; kind: string; recordRef: { type: string; id: string } }, tx: Tx): Promise<{ status: string; version: number }> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".task (id, app, kind, title, assignee_type, assignee_id, link, record_type, record_id, status, opened_at, version)
       VALUES ($1, $2, $3, '', 'person', '', '', $4, $5, 'closed', now(), 0) ON CONFLICT (id) DO NOTHING`,
      [event.taskId, producer, event.kind, event.recordRef.type, event.recordRef.id],
    );
    const [row] = await tx.manager.query(`SELECT status, version FROM "${this.schema}".task WHERE id = $1 FOR UPDATE`, [event.taskId]);
    return row as { status: string; version: number };
  }

  async applyOpened(producer: AppName, event: TaskOpened.Event, tx: Tx): Promise<void> {
    // Only a producer's own records: a service cannot open tasks about another's.
    if (event.recordRef.app !== producer) return;
    const current = await this.lock(producer, event, tx);
    if (current.version >= event.version) return;
    const reopened = current.status !== 'open';
    await tx.manager.query(
      `UPDATE "${this.schema}".task SET kind = $2, title = $3, assignee_type = $4, assignee_id = $5, section = $6, due_date = $7, due_at = $8,
         deadline_explanation = $9, link = $10, record_type = $11, record_id = $12, clearance = $13, status = 'open', outcome = NULL,
         opened_at = CASE WHEN $14::boolean THEN $15::timestamptz ELSE opened_at END, closed_at = NULL, closed_by = NULL, version = $16, updated_at = now()
       WHERE id = $1`,
      [
        event.taskId,
        event.kind,
        event.title,
        event.assignee.type,
        event.assignee.id,
        event.section ?? null,
        event.deadline?.date ?? null,
        event.deadline?.at ?? null,
        event.deadline?.explanation ?? null,
        event.link,
        event.recordRef.type,
        event.recordRef.id,
        event.clearance ?? 0,
        reopened,
        event.openedAt,
        event.version,
      ],
    );
    if (reopened) await this.notify(event, tx);
  }

  async applyClosed(producer: AppName, event: TaskClosed.Event, tx: Tx): Promise<void> {
    if (event.recordRef.app !== producer) return;
    const current = await this.lock(producer, event, tx);
    if (current.version > event.version || (current.version === event.version && current.status === 'closed')) return;
    await tx.manager.query(
      `UPDATE "${this.schema}".task SET status = 'closed', outcome = $2, closed_at = $3, closed_by = $4, version = $5, updated_at = now() WHERE id = $1`,
      [event.taskId, event.outcome, event.closedAt, event.closedBy ?? null, event.version],
    );
    // What is done needs no more attention: its notifications count as read.
    await tx.manager.query(`UPDATE "${this.schema}".notification SET read_at = $2 WHERE task_id = $1 AND read_at IS NULL`, [event.taskId, event.closedAt]);
  }

  /** One notification per active account the task is for (the same rule as the list). */
  private async notify(event: TaskOpened.Event, tx: Tx): Promise<void> {
    const candidates: { id: string; roles: string[]; section_code: string | null; unit_id: string | null; clearance: number }[] = await tx.manager.query(
      `SELECT id, roles, section_code, unit_id, clearance FROM "${this.schema}".account
        WHERE status = 'active' AND (id::text = $1 OR unit_id::text = $1 OR $1 = ANY(roles))`,
      [event.assignee.id],
    );
    const task = { assigneeType: event.assignee.type, assigneeId: event.assignee.id, section: event.section ?? null, clearance: event.clearance ?? 0 };
    const label = TASK_KIND_LABELS[event.kind];
    const due = event.deadline?.date ?? (event.deadline?.at ? shanghaiDateTime(new Date(event.deadline.at)) : null);
    for (const account of candidates) {
      const reader: TaskReader = { userId: account.id, roles: account.roles as CallerContext['roles'], sectionCode: account.section_code, unitId: account.unit_id, clearance: account.clearance };
      if (!isAssignee(task, reader)) continue;
      await tx.manager.query(
        `INSERT INTO "${this.schema}".notification (id, account_id, task_id, task_version, kind, title, body, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (account_id, task_id, task_version) DO NOTHING`,
        [randomUUID(), account.id, event.taskId, event.version, event.kind, `新${label}待办`, `${event.title}${due ? `（期限 ${due}）` : ''}`, event.link],
      );
    }
  }

  /** The caller's tasks, open ones by deadline (soonest first, none last), closed ones newest first. */
  async list(query: ListTasks.Request, caller: CallerContext): Promise<ListTasks.Reply> {
    const limit = query.limit ?? 20;
    const page = query.page ?? 1;
    const status = query.status ?? 'open';
    const mine = assigneeCondition(caller, 4);
    const params: unknown[] = [status, limit, (page - 1) * limit, ...mine.params];
    let where = `status = $1 AND version > 0 AND ${mine.sql}`;
    if (query.kind) {
      params.push(query.kind);
      where += ` AND kind = $${params.length}`;
    }
    const order = status === 'open' ? `coalesce(due_at, (due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') ASC NULLS LAST, opened_at, id` : 'closed_at DESC, id';
    const rows: (TaskRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${TASK_COLUMNS}, count(*) OVER() AS total FROM "${this.schema}".task WHERE ${where} ORDER BY ${order} LIMIT $2 OFFSET $3`,
      params,
    );
    const calendar = await this.calendar.current();
    const now = new Date();
    return {
      items: rows.map((r) => {
        const { light, reason } = r.status === 'open' ? taskLight(calendar, { dueDate: r.due_date, dueAt: r.due_at }, now) : { light: 'green' as const, reason: '已办结' };
        return {
          id: r.id,
          kind: r.kind,
          kindLabel: TASK_KIND_LABELS[r.kind] ?? r.kind,
          title: r.title,
          deadline: r.due_at ? r.due_at.toISOString() : r.due_date,
          deadlineExplanation: r.deadline_explanation,
          light,
          lightReason: reason,
          link: r.link,
          app: r.app,
          openedAt: r.opened_at.toISOString(),
          closedAt: r.closed_at ? r.closed_at.toISOString() : null,
        };
      }),
      total: rows.length ? Number(rows[0].total) : 0,
      page,
      limit,
    };
  }

  /** Per kind: the caller's open tasks and how many of them are red (overdue). */
  async summary(caller: CallerContext): Promise<TaskSummary.Reply> {
    const mine = assigneeCondition(caller, 1);
    const rows: Pick<TaskRow, 'kind' | 'due_date' | 'due_at'>[] = await this.dataSource.query(
      `SELECT kind, to_char(due_date, 'YYYY-MM-DD') AS due_date, due_at FROM "${this.schema}".task WHERE status = 'open' AND version > 0 AND ${mine.sql}`,
      mine.params,
    );
    const calendar = await this.calendar.current();
    const now = new Date();
    const counts = new Map<TaskKind, { open: number; overdue: number }>();
    for (const row of rows) {
      const count = counts.get(row.kind) ?? { open: 0, overdue: 0 };
      count.open += 1;
      if (taskLight(calendar, { dueDate: row.due_date, dueAt: row.due_at }, now).light === 'red') count.overdue += 1;
      counts.set(row.kind, count);
    }
    return { counts: TASK_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, kindLabel: TASK_KIND_LABELS[kind], ...counts.get(kind)! })) };
  }
}
