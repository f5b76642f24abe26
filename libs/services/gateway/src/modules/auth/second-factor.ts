import { ADMIN_ROLES, type Clearance, type RoleCode } from '@gov/contracts-common';
import { DEFAULT_TOTP_MIN_CLEARANCE } from '../../gateway.env.js';

/**
 * Who signs in with a second factor (TOTP): the three administrators, and staff cleared for 机密 or above
 * (`minClearance`, TOTP_MIN_CLEARANCE), the privileged users of 等保三级.
 */
export function needsSecondFactor(account: { roles: readonly RoleCode[]; clearance: Clearance | number }, minClearance: number = DEFAULT_TOTP_MIN_CLEARANCE): boolean {
  return account.roles.some((role) => ADMIN_ROLES.includes(role)) || account.clearance >= minClearance;
}
