import type { MemberSnapshot, MemberView } from '@gov/contracts-party-affairs';
import type { MemberWithBranch } from './members.repository.js';

/** Row → view. The personal fields are the masked forms unless `plain` (the detail, for the section) gives them decrypted. */
export function toMemberView(
  row: MemberWithBranch,
  computed: Pick<MemberView, 'next' | 'dues' | 'dormant' | 'paidMonths'>,
  plain?: { idNumber: string; mobile: string | null },
): MemberView {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    branchId: row.branchId,
    branchName: row.branchName,
    unitId: row.unitId,
    idNumber: plain?.idNumber ?? row.idNumberMasked,
    mobile: plain ? plain.mobile : row.mobileMasked,
    post: row.post,
    stage: row.stage,
    status: row.status,
    appliedOn: row.appliedOn,
    talkedOn: row.talkedOn,
    activistOn: row.activistOn,
    candidateOn: row.candidateOn,
    admittedOn: row.admittedOn,
    approvedOn: row.approvedOn,
    fullOn: row.fullOn,
    probationExtensionMonths: row.probationExtensionMonths,
    ...computed,
    development: row.development,
    transfers: row.transfers,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry (no personal data). */
export function snapshotOf(row: MemberWithBranch): MemberSnapshot {
  return { id: row.id, branchId: row.branchId, unitId: row.unitId, name: row.name, stage: row.stage, status: row.status, version: row.version };
}
