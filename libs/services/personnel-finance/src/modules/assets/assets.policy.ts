import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const ASSETS_READ = PersonnelFinancePermissions.assetsRead;
export const ASSETS_MANAGE = PersonnelFinancePermissions.assetsManage;
export const ASSETS_APPROVE = PersonnelFinancePermissions.assetsApprove;

/** The office's own assets: no unit liaison sees them. */
export function canSeeAssets(caller: CallerContext): boolean {
  return !caller.unitId && [ASSETS_READ, ASSETS_MANAGE, ASSETS_APPROVE].some((p) => hasPermission(caller, p));
}

/** 财务科: requests, purchases, acceptance, cards, transfers, inventories, disposal requests. */
export function canManageAssets(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, ASSETS_MANAGE);
}

/** The office's leaders: approve purchases and disposals. */
export function canApproveAssets(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, ASSETS_APPROVE);
}
