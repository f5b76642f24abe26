import type { WorkingCalendar } from '@gov/calendar';
import { SupervisionItemErrors, type SupervisionItemStatus } from '@gov/contracts-supervision';
import { computeItemDue } from './item-deadlines.js';
import type { ItemRow } from './items.repository.js';

export const ITEM_CONFLICT = { error: SupervisionItemErrors.versionConflict, what: '督办事项' };

/** Who a step the service takes on its own is recorded as (timeline, updated_by). */
export const SYSTEM_ACTOR = '系统';

/** Every status but the two ends (销号, 撤销). */
export const OPEN_STATUSES: SupervisionItemStatus[] = ['needs_unit_resolution', 'assigned', 'acknowledged', 'in_progress', 'completion_reported'];

export function uniqueWithout(ids: string[], without: string | null): string[] {
  return [...new Set(ids)].filter((id) => id !== without);
}

export type ItemDueFields = Pick<ItemRow, 'dueDate' | 'dueProvisional' | 'dueExplanation' | 'dueStart'>;

/** The item's deadline over the calendar, from what it is counted from (the basis, the start, the extensions). */
export function itemDueFields(item: ItemRow, calendar: WorkingCalendar): ItemDueFields {
  const due = computeItemDue(calendar, { basis: item.dueBasis, start: item.dueStart, givenDate: item.dueBasis === 'given' ? item.dueStart : null, workingDays: item.dueWorkingDays, extensions: item.dueExtensions });
  return { dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, dueStart: item.dueStart };
}
