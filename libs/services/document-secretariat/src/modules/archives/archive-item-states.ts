import { ARCHIVE_ITEM_STATUS_LABELS, type ArchiveItemStatus } from '@gov/contracts-document-secretariat';
import type { StateMachine } from './state-machine.js';

export type ArchiveItemAction = 'correct' | 'void' | 'hand_over';

/** A filed 件 may be corrected, voided (its 件号 is kept, never reused) or handed over; after that it is fixed. */
export const ARCHIVE_ITEM_MACHINE: StateMachine<ArchiveItemStatus, ArchiveItemAction> = {
  table: {
    filed: { correct: 'filed', void: 'voided', hand_over: 'handed_over' },
  },
  stateLabels: ARCHIVE_ITEM_STATUS_LABELS,
  actionLabels: { correct: '修改', void: '作废', hand_over: '移交' },
};
