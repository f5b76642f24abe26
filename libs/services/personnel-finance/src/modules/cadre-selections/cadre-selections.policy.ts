import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the procedures, the candidate's 身份证号 masked (人事科, the office's leaders). */
export const CADRE_SELECTIONS_READ = PersonnelFinancePermissions.cadreSelectionsRead;
/** Take the steps (人事科). */
export const CADRE_SELECTIONS_MANAGE = PersonnelFinancePermissions.cadreSelectionsManage;

/** The office's own cadre work: no unit liaison sees it (404, as if unknown). */
export function canSeeCadreSelections(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, CADRE_SELECTIONS_READ) || hasPermission(caller, CADRE_SELECTIONS_MANAGE));
}

export function canManageCadreSelections(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, CADRE_SELECTIONS_MANAGE);
}

/** The candidate's 身份证号 in full on the record's page: whoever sees the staff records' personal data (人事科). */
export function seesCandidatePersonalData(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PersonnelFinancePermissions.staffMembersPersonal) && canSeeCadreSelections(caller);
}
