import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 外事委会议 and 外事委报告 (the section, the office's leaders). */
export const COMMITTEE_READ = ForeignAffairsPermissions.committeeRead;
/** Run the meetings and the reports (外事科, which staffs the 外事委办公室). */
export const COMMITTEE_MANAGE = ForeignAffairsPermissions.committeeManage;

/**
 * The committee's own meetings and reports concern no single unit: no liaison sees them (404, as if unknown), whatever
 * permission a role gives them; the section and the office's leaders see every one.
 */
export function canSeeCommittee(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, COMMITTEE_READ) || hasPermission(caller, COMMITTEE_MANAGE));
}

export function canManageCommittee(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, COMMITTEE_MANAGE);
}
