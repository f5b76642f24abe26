import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 主题教育 (the section, the office's leaders). */
export const CAMPAIGNS_READ = PartyAffairsPermissions.campaignsRead;
/** Set up, change and withdraw any 主题教育, record any branch's completion (the section). */
export const CAMPAIGNS_MANAGE = PartyAffairsPermissions.campaignsManage;
/** See the campaigns with tasks for one's own unit's branches and record those branches' completion (liaison staff). */
export const CAMPAIGNS_OWN = PartyAffairsPermissions.campaignsOwn;

export type CampaignAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every campaign; a liaison those with a task for their unit's branches (others are 404, as if unknown). */
export function campaignAccess(caller: CallerContext): CampaignAccess {
  if (caller.unitId) return hasPermission(caller, CAMPAIGNS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, CAMPAIGNS_READ) || hasPermission(caller, CAMPAIGNS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeCampaign(caller: CallerContext, unitIds: readonly string[]): boolean {
  const access = campaignAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && unitIds.includes(access.unitId));
}

/** Setting up, changing, withdrawing a campaign: the section only. */
export function canManageCampaign(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, CAMPAIGNS_MANAGE);
}

/** Recording a branch's completion: the section, or the liaison of the branch's unit. */
export function canCompleteFor(caller: CallerContext, branchUnitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, CAMPAIGNS_OWN) && caller.unitId === branchUnitId;
  return hasPermission(caller, CAMPAIGNS_MANAGE);
}
