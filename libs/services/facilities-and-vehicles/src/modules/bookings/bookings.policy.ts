import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 用车申请 (the section, the office's leaders). */
export const BOOKINGS_READ = FacilitiesAndVehiclesPermissions.bookingsRead;
/** Create, change and withdraw any 用车申请 (the section). */
export const BOOKINGS_MANAGE = FacilitiesAndVehiclesPermissions.bookingsManage;
/** Create, change and withdraw one's own unit's 用车申请 (liaison staff). */
export const BOOKINGS_OWN = FacilitiesAndVehiclesPermissions.bookingsOwn;

export type BookingAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function bookingAccess(caller: CallerContext): BookingAccess {
  if (caller.unitId) return hasPermission(caller, BOOKINGS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, BOOKINGS_READ) || hasPermission(caller, BOOKINGS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeBooking(caller: CallerContext, unitId: string | null): boolean {
  const access = bookingAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeBooking(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, BOOKINGS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, BOOKINGS_MANAGE);
}

/** Who approves, dispatches and records returns: 机关事务管理科 (the manage permission), never a liaison. */
export function canDispatchBooking(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, BOOKINGS_MANAGE);
}

/** The chief of 机关事务管理科: the extra approval of rest-day use. */
export function isSectionChief(caller: CallerContext): boolean {
  return canDispatchBooking(caller) && caller.roles.includes('section_chief') && caller.sectionCode === 'jiguan_shiwu';
}
