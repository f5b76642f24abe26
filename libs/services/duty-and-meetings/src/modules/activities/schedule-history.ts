import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { type Tx } from '@gov/platform';
import { ScheduleRepository } from './schedule.repository.js';

export type HistoryRecordType = 'meeting' | 'meeting_class' | 'room' | 'room_booking' | 'activity' | 'leave';

/**
 * The timeline of every meeting, room, booking, activity and leave record: who changed what, and when; and the
 * record's change published through the outbox in the same transaction.
 */
@Injectable()
export class ScheduleHistory {
  constructor(private readonly schedule: ScheduleRepository) {}

  async record(tx: Tx, recordType: HistoryRecordType, recordId: string, action: string, version: number | null, caller: CallerContext, detail: object = {}): Promise<void> {
    await this.schedule.insertHistory({ recordType, recordId, action, version, detail, actor: caller.username, actorName: caller.displayName }, tx.manager);
  }

  /** Records the new version of a record on its timeline and publishes its view under `subject`; answers the view. */
  async changed<V extends { id: string; version: number }>(tx: Tx, recordType: HistoryRecordType, view: V, action: string, subject: string, caller: CallerContext, detail: object = {}): Promise<V> {
    await this.record(tx, recordType, view.id, action, view.version, caller, detail);
    await tx.emit(subject, view);
    return view;
  }
}
