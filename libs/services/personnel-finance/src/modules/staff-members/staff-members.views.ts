import type { StaffMemberSnapshot, StaffMemberView } from '@gov/contracts-personnel-finance';
import type { FieldCipher } from '@gov/platform';
import type { StaffMemberRow } from './staff-members.repository.js';

/**
 * Row → view. `masked` (lists, and callers without the personal-data permission) shows the stored masked forms and no
 * salary, without decrypting; `full` decrypts.
 */
export function toStaffMemberView(row: StaffMemberRow, cipher: FieldCipher, mode: 'full' | 'masked'): StaffMemberView {
  const full = mode === 'full';
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
    withdrawalReason: row.withdrawalReason,
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
