import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { SCHEMA, type Tx } from '@gov/platform';

export type HistoryRecordType = 'meeting' | 'meeting_class' | 'room' | 'room_booking' | 'activity' | 'leave';

/** The timeline of every meeting, room, booking, activity and leave record: who changed what, and when. */
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
}
