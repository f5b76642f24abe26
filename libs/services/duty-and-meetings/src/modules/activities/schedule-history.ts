import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { SCHEMA, type Tx } from '@gov/platform';

export type HistoryRecordType = 'meeting' | 'meeting_class' | 'room' | 'room_booking' | 'activity' | 'leave';

/**
 * The timeline of every meeting, room, booking, activity and leave record: who changed what, and when; and the
 * record's change published through the outbox in the same transaction.
 */
@Injectable()
export class ScheduleHistory {
  constructor(@Inject(SCHEMA) private readonly schema: string) {}

  async record(tx: Tx, recordType: HistoryRecordType, recordId: string, action: string, version: number | null, caller: CallerContext, detail: object = {}): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".schedule_record_history (id, record_type, record_id, action, version, detail, actor, actor_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [randomUUID(), recordType, recordId, action, version, JSON.stringify(detail), caller.username, caller.displayName],
    );
  }

  /** Records the new version of a record on its timeline and publishes its view under `subject`; answers the view. */
  async changed<V extends { id: string; version: number }>(tx: Tx, recordType: HistoryRecordType, view: V, action: string, subject: string, caller: CallerContext, detail: object = {}): Promise<V> {
    await this.record(tx, recordType, view.id, action, view.version, caller, detail);
    await tx.emit(subject, view);
    return view;
  }
}
