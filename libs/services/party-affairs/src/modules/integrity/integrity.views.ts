import type { ClueSnapshot, ClueView, ResponsibilitySnapshot, ResponsibilityView, TalkSnapshot, TalkView } from '@gov/contracts-party-affairs';
import type { ClueRow, ResponsibilityRow, TalkRow } from './integrity.repository.js';
import { clueCheckOverdue, completionOf } from './integrity.rules.js';

const stamps = (row: { version: number; createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string }) => ({
  version: row.version,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy,
  updatedAt: new Date(row.updatedAt).toISOString(),
  updatedBy: row.updatedBy,
});

const completionView = ({ total, ...rest }: ReturnType<typeof completionOf>) => ({ itemCount: total, ...rest });

/** Row → view, with the completion as of `today`. */
export function toResponsibilityView(row: ResponsibilityRow, today: string): ResponsibilityView {
  return {
    id: row.id,
    year: row.year,
    branchId: row.branchId,
    branchName: row.branchName,
    unitId: row.unitId,
    title: row.title,
    items: row.items,
    ...completionView(completionOf(row.items, today)),
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    ...stamps(row),
  };
}

export function responsibilitySnapshot(row: ResponsibilityRow): ResponsibilitySnapshot {
  return {
    id: row.id,
    unitId: row.unitId,
    branchId: row.branchId,
    year: row.year,
    title: row.title,
    status: row.status,
    total: row.items.length,
    done: row.items.filter((i) => i.doneOn !== null).length,
    version: row.version,
  };
}

/** A talk in full, or only that it took place (no person, no record) for a reader without the confidential permission. */
export function toTalkView(row: TalkRow, full: boolean): TalkView {
  return {
    id: row.id,
    confidential: full,
    memberId: full ? row.memberId : null,
    personName: full ? row.personName : null,
    personUnit: full ? row.personUnit : null,
    kind: row.kind,
    talkedOn: row.talkedOn,
    talker: row.talker,
    record: full ? row.record : null,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    ...stamps(row),
  };
}

export function talkSnapshot(row: TalkRow): TalkSnapshot {
  return { id: row.id, kind: row.kind, talkedOn: row.talkedOn, status: row.status, version: row.version };
}

/** A clue carries its 密级 as `secrecyLevel`: the gateway audits every answer that discloses one at 机密 or above. */
export function toClueView(row: ClueRow, today: string, due: { dueOn: string; explanation: string }): ClueView {
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    source: row.source,
    personConcerned: row.personConcerned,
    personUnit: row.personUnit,
    summary: row.summary,
    secrecyLevel: row.secrecyLevel,
    status: row.status,
    disposition: row.disposition,
    checkDueOn: due.dueOn,
    checkRuleVersion: row.checkRuleVersion,
    checkDueExplanation: due.explanation,
    checkOverdue: clueCheckOverdue(row.status, due.dueOn, today),
    history: row.history,
    ...stamps(row),
  };
}

export function clueSnapshot(row: ClueRow): ClueSnapshot {
  return { id: row.id, status: row.status, version: row.version };
}
