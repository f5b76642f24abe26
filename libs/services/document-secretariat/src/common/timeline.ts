import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { RecordKind, TimelineEntryView } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';

export interface TimelineStep {
  kind: RecordKind;
  id: string;
  /** Stable code, e.g. `incoming.registered`. */
  action: string;
  /** Chinese, e.g. `登记`. */
  label: string;
  note?: string | null;
  detail?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  at?: Date;
}

/**
 * The timeline of every record: each step with who did it and when, appended in the same transaction as the change
 * (the table refuses UPDATE and DELETE), read back in order as the record's history.
 */
@Injectable()
export class Timeline {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async append(tx: Tx, caller: Pick<CallerContext, 'userId' | 'username' | 'displayName'>, step: TimelineStep): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".record_event (record_kind, record_id, action, action_label, actor_user_id, actor_username, actor_name, at, note, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [step.kind, step.id, step.action, step.label, caller.userId, caller.username, caller.displayName, step.at ?? new Date(), step.note ?? null, JSON.stringify(step.detail ?? {})],
    );
  }

  /** The record's steps, oldest first. The caller must already have been found allowed to see the record. */
  async entries(kind: RecordKind, id: string, tx?: Tx): Promise<TimelineEntryView[]> {
    const rows: { action: string; action_label: string; actor_username: string; actor_name: string; at: Date; note: string | null; detail: Record<string, unknown> }[] =
      await (tx?.manager ?? this.dataSource).query(
        `SELECT action, action_label, actor_username, actor_name, at, note, detail FROM "${this.schema}".record_event
          WHERE record_kind = $1 AND record_id = $2 ORDER BY id`,
        [kind, id],
      );
    return rows.map((r, i) => ({
      seq: i + 1,
      action: r.action,
      actionLabel: r.action_label,
      actorUsername: r.actor_username,
      actorName: r.actor_name,
      at: r.at.toISOString(),
      ...(r.note ? { note: r.note } : {}),
      detail: r.detail,
    }));
  }
}
