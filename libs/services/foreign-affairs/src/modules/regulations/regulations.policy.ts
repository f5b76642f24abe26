import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read the 外事制度规则 and the education records (the section, the office's leaders). */
export const REGULATIONS_READ = ForeignAffairsPermissions.regulationsRead;
/** Register, revise and repeal the rules; record education sessions (the section). */
export const REGULATIONS_MANAGE = ForeignAffairsPermissions.regulationsManage;
/** Read the district's 外事制度规则 (liaison staff: the rules their unit follows). */
export const REGULATIONS_OWN = ForeignAffairsPermissions.regulationsOwn;

/** The rule documents are the district's, not a unit's: every holder of one of the three permissions reads them all. */
export function canReadRegulations(caller: CallerContext): boolean {
  return hasPermission(caller, REGULATIONS_READ) || hasPermission(caller, REGULATIONS_MANAGE) || hasPermission(caller, REGULATIONS_OWN);
}

/** 外事科 registers, revises and repeals the rules and records the education sessions. */
export function canManageRegulations(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, REGULATIONS_MANAGE);
}

/** Education sessions name people of many units: the office (read or manage) only, no liaison. */
export function canReadEducation(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, REGULATIONS_READ) || hasPermission(caller, REGULATIONS_MANAGE));
}
