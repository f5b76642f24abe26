import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 协助调查件 (the section, the office's leaders). */
export const ASSISTANCE_REQUESTS_READ = DisclosurePermissions.assistanceRequestsRead;
/** Register, change, reply to and withdraw 协助调查件 (the section). */
export const ASSISTANCE_REQUESTS_MANAGE = DisclosurePermissions.assistanceRequestsManage;

/** 协助调查件 concern the office's own handling of 政府信息公开: office staff with the permission only, never a unit's liaison (404, as if unknown). */
export function canSeeAssistanceRequests(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, ASSISTANCE_REQUESTS_READ) || hasPermission(caller, ASSISTANCE_REQUESTS_MANAGE));
}

/** Who may register, change, reply and withdraw: the section with the manage permission. */
export function canHandleAssistanceRequests(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, ASSISTANCE_REQUESTS_MANAGE);
}
