import { ITEM_CHANGE_ACTION_LABELS, type SupervisionItemChanged } from '@gov/contracts-supervision';
import { itemChangeNote } from '@gov/read-model-supervised-items';
import { timelineEntry, type TimelineEntry } from './timeline.js';

/**
 * The line a change of the 督办事项 opened from a decided item adds to its record's timeline: 「议定事项（n）责任单位签收」
 * with the state, light and deadline after it and the change's note, by whoever changed it (系统 for the system), at the
 * time it happened.
 */
export function decidedItemChangeEntry(sequence: number, event: SupervisionItemChanged.Event): TimelineEntry {
  return timelineEntry(event.actor === 'system' ? '系统' : event.actor, `议定事项（${sequence}）${ITEM_CHANGE_ACTION_LABELS[event.action]}`, itemChangeNote(event), new Date(event.at));
}
