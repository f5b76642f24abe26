import {
  PENALTY_KIND_LABELS,
  RETIREE_SERVICE_KIND_LABELS,
  REWARD_KIND_LABELS,
  STAFF_RECORD_ENTRY_KIND_LABELS,
  TRANSFER_KIND_LABELS,
  type StaffMemberSnapshot,
  type StaffMemberView,
  type StaffRecordEntryView,
} from '@gov/contracts-personnel-finance';
import type { FieldCipher } from '@gov/platform';
import type { StaffMemberRow, StaffRecordEntry } from './staff-members.repository.js';
import { penaltyEffect, penaltyInForce } from './staff-members.rules.js';

const SUB_KIND_LABELS: Record<string, string> = { ...REWARD_KIND_LABELS, ...PENALTY_KIND_LABELS, ...TRANSFER_KIND_LABELS, ...RETIREE_SERVICE_KIND_LABELS };

export function toEntryView(entry: StaffRecordEntry): StaffRecordEntryView {
  return { ...entry, kindLabel: STAFF_RECORD_ENTRY_KIND_LABELS[entry.kind], subKindLabel: entry.subKind ? (SUB_KIND_LABELS[entry.subKind] ?? entry.subKind) : null };
}

/**
 * What a record's page shows of its 干部档案: every entry (voided ones marked) for 人事科 with the personal data; for other
 * readers all but the 处分. Lists show none.
 */
export interface EntriesShown {
  mode: 'none' | 'without-penalties' | 'all';
  today: string;
}

/**
 * Row → view. `masked` (lists, and callers without the personal-data permission) shows the stored masked forms and no
 * salary, without decrypting; `full` decrypts.
 */
export function toStaffMemberView(row: StaffMemberRow, cipher: FieldCipher, mode: 'full' | 'masked', entries: EntriesShown = { mode: 'none', today: '' }): StaffMemberView {
  const full = mode === 'full';
  const shown = entries.mode === 'none' ? [] : row.recordEntries.filter((e) => entries.mode === 'all' || e.kind !== 'penalty');
  const penalty = entries.mode === 'all' ? penaltyInForce(row.recordEntries, entries.today) : null;
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    idNumber: full ? cipher.decrypt(row.idNumberEncrypted) : row.idNumberMasked,
    mobile: full ? cipher.decrypt(row.mobileEncrypted) : row.mobileMasked,
    sectionCode: row.sectionCode,
    category: row.category,
    postTitle: row.postTitle,
    rank: row.rank,
    hiredOn: row.hiredOn,
    probationEndsOn: row.probationEndsOn,
    monthlySalaryFen: full ? Number(cipher.decrypt(row.salaryEncrypted)) : null,
    personalDataMasked: !full,
    status: row.status,
    recordEntries: shown.map(toEntryView),
    underPenalty: penalty ? { label: SUB_KIND_LABELS[penalty.subKind as string], until: penalty.effectiveUntil as string, effect: penaltyEffect(penalty.subKind as 'warning') } : null,
    withdrawalReason: row.withdrawalReason,
    retiredOn: row.retiredOn,
    retirementDocument: row.retirementDocument,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: no personal data. */
export function snapshotOf(row: StaffMemberRow): StaffMemberSnapshot {
  return { id: row.id, name: row.name, sectionCode: row.sectionCode, category: row.category, postTitle: row.postTitle, rank: row.rank, status: row.status, version: row.version };
}
