import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DutyAndMeetingsPermissions } from '@gov/contracts-duty-and-meetings';

/** Permission strings (granted by the gateway migration 1764700000000-duty-and-meetings-permissions). */
export const DUTY_READ = DutyAndMeetingsPermissions.dutyRead;
export const DUTY_WRITE = DutyAndMeetingsPermissions.dutyWrite;
export const DUTY_APPROVE = DutyAndMeetingsPermissions.dutyApprove;
export const DUTY_INSTRUCT = DutyAndMeetingsPermissions.dutyInstruct;
export const DUTY_UNIT_ROSTER = DutyAndMeetingsPermissions.dutyUnitRoster;
export const DUTY_RECEIVE = DutyAndMeetingsPermissions.dutyReceive;
export const OPINION_READ = DutyAndMeetingsPermissions.opinionRead;
export const OPINION_MANAGE = DutyAndMeetingsPermissions.opinionManage;
export const OPINION_RESPOND = DutyAndMeetingsPermissions.opinionRespond;

/** Office staff with the permission; liaison staff (caller.unitId) never hold the office's duty records. */
export function officeMay(caller: CallerContext, ...anyOf: string[]): boolean {
  return !caller.unitId && anyOf.some((p) => hasPermission(caller, p));
}

/** 值班室 records (roster, log, urgent matters, instructions, reports): 综合科 and the leaders read them. */
export const canReadDuty = (caller: CallerContext) => officeMay(caller, DUTY_READ, DUTY_WRITE);
export const canWriteDuty = (caller: CallerContext) => officeMay(caller, DUTY_WRITE);
/** Swap approval and rule changes: the 综合科 chief. */
export const canApproveDuty = (caller: CallerContext) => officeMay(caller, DUTY_APPROVE);
export const canRecordInstruction = (caller: CallerContext) => officeMay(caller, DUTY_INSTRUCT, DUTY_WRITE);

export type UnitScope = { kind: 'all' } | { kind: 'own'; unitId: string } | { kind: 'none' };

/** Units' own duty rosters: 综合科 sees every unit's, a liaison only their own unit's. */
export function unitRosterScope(caller: CallerContext): UnitScope {
  if (caller.unitId) return hasPermission(caller, DUTY_UNIT_ROSTER) ? { kind: 'own', unitId: caller.unitId } : { kind: 'none' };
  return canReadDuty(caller) ? { kind: 'all' } : { kind: 'none' };
}

/** Public opinion: 综合科 and leaders see all; a liaison sees only the items assigned to their own unit. */
export function opinionScope(caller: CallerContext): UnitScope {
  if (caller.unitId) return hasPermission(caller, OPINION_RESPOND) ? { kind: 'own', unitId: caller.unitId } : { kind: 'none' };
  return officeMay(caller, OPINION_READ, OPINION_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

/** Leaders' instructions: the office sees all; a liaison sees (and 签收) only those relayed to their own unit. */
export function instructionScope(caller: CallerContext): UnitScope {
  if (caller.unitId) return hasPermission(caller, DUTY_RECEIVE) ? { kind: 'own', unitId: caller.unitId } : { kind: 'none' };
  return canReadDuty(caller) || canRecordInstruction(caller) ? { kind: 'all' } : { kind: 'none' };
}

export function inScope(scope: UnitScope, unitId: string | null): boolean {
  return scope.kind === 'all' || (scope.kind === 'own' && unitId === scope.unitId);
}
