import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { DocumentStepEvents, type DocumentStepRecorded, type RecordKind } from '@gov/contracts-document-secretariat';
import { WorkingCalendar, type CalendarYear } from '@gov/calendar';
import type { Tx } from '@gov/platform';
import { Timeline } from '../../common/timeline.js';

export interface Step {
  kind: RecordKind;
  id: string;
  action: string;
  label: string;
  state: string;
  secrecyLevel: number;
  unitIds: readonly string[];
  note?: string | null;
  detail?: Record<string, unknown>;
  at?: Date;
}

/** Every step of a record: on its timeline (who, when) and published through the outbox, in the step's transaction. */
@Injectable()
export class RecordSteps {
  constructor(private readonly timeline: Timeline) {}

  async record(tx: Tx, caller: Pick<CallerContext, 'userId' | 'username' | 'displayName'>, step: Step): Promise<void> {
    const at = step.at ?? new Date();
    await this.timeline.append(tx, caller, { kind: step.kind, id: step.id, action: step.action, label: step.label, note: step.note, detail: step.detail, at });
    const event: DocumentStepRecorded.Event = {
      kind: step.kind,
      id: step.id,
      action: step.action,
      label: step.label,
      state: step.state,
      secrecyLevel: step.secrecyLevel,
      unitIds: [...step.unitIds],
      actor: caller.username,
      at: at.toISOString(),
    };
    await tx.emit(DocumentStepEvents.recorded, event);
  }
}

/**
 * The working-day calendar as this transaction sees it. A calendar-change listener runs inside the transaction that
 * stores the new year, before it commits, so `CalendarCopy.current()` (which reads outside it) would not see the year yet.
 */
export async function calendarIn(tx: Tx, schema: string): Promise<WorkingCalendar> {
  const rows: { year: number; holidays: CalendarYear['holidays']; makeup_workdays: CalendarYear['makeupWorkdays']; source: string; version: number }[] = await tx.manager.query(
    `SELECT year, holidays, makeup_workdays, source, version FROM "${schema}".calendar_year_copy ORDER BY year`,
  );
  return new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source, version: r.version })));
}

/** The first row an `UPDATE … RETURNING` answered: TypeORM gives `[rows, affectedCount]` for an UPDATE. */
export function firstUpdated<T>(result: unknown): T | undefined {
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
  return (rows as T[])[0];
}
