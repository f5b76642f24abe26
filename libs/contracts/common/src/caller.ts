/**
 * Who is calling: set by the gateway after authentication and carried in NATS headers to every
 * service, which checks object-level access on its own records with it.
 */
export interface CallerContext {
  userId: string;
  username: string;
  displayName: string;
  roles: RoleCode[];
  permissions: string[];
  /** The office section (科室) of office staff, e.g. `zonghe`. */
  sectionCode?: string | null;
  /** The unit of liaison staff (联络员): they see only their own unit's work. */
  unitId?: string | null;
  clearance: Clearance;
  ip?: string;
}

/** 密级 / clearance: 0 非密, 1 秘密, 2 机密, 3 绝密. */
export enum Clearance {
  None = 0,
  Secret = 1,
  Confidential = 2,
  TopSecret = 3,
}

export const CLEARANCE_LABELS: Record<Clearance, string> = {
  [Clearance.None]: '非密',
  [Clearance.Secret]: '秘密',
  [Clearance.Confidential]: '机密',
  [Clearance.TopSecret]: '绝密',
};

/**
 * Roles. The three administrators (三员分立) are separate and see no business records:
 * the system administrator (系统管理员) manages accounts and configuration, the security administrator
 * (安全保密管理员) assigns roles, units and clearances, the audit administrator (安全审计员) reads the audit log.
 */
export const ROLE_CODES = [
  'sys_admin',
  'sec_admin',
  'audit_admin',
  'district_leader',
  'office_leader',
  'section_chief',
  'section_staff',
  'unit_liaison',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];
export const ADMIN_ROLES: readonly RoleCode[] = ['sys_admin', 'sec_admin', 'audit_admin'];

export function hasPermission(caller: Pick<CallerContext, 'permissions'>, permission: string): boolean {
  return caller.permissions.includes(permission);
}

/** The system's own identity, for work a service does on its own (scheduled jobs, event handlers). */
export const SYSTEM_CALLER: CallerContext = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统',
  roles: [],
  permissions: [],
  clearance: Clearance.None,
};
