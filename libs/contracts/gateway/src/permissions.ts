import type { RoleCode } from '@gov/contracts-common';
import { DocumentSecretariatPermissions } from './permissions-document-secretariat.js';
import { DutyAndMeetingsPermissions } from './permissions-duty-and-meetings.js';
import { SupervisionPermissions } from './permissions-supervision.js';

/**
 * Permission strings, one per capability. A caller's permissions come from its roles
 * (`role_permission`) plus grants of its section (`section_permission`, e.g. 综合科 staff may edit
 * the unit directory). Services may check them too; object-level checks stay with the services.
 */
export const Permissions = {
  // units:* and calendar:* come with DutyAndMeetingsPermissions (the service that owns them).
  accountsManage: 'accounts:manage',
  rolesAssign: 'roles:assign',
  auditRead: 'audit:read',
  opsDeadLetters: 'ops:dead-letters',
  /** Register and operate webhooks (the system administrator). */
  webhooksManage: 'webhooks:manage',
  ...DutyAndMeetingsPermissions,
  ...DocumentSecretariatPermissions,
  ...SupervisionPermissions,
} as const;
export type Permission = (typeof Permissions)[keyof typeof Permissions];

/** The roles the security administrator may assign: business roles only, never the three administrators. */
export const BUSINESS_ROLES = ['district_leader', 'office_leader', 'section_chief', 'section_staff', 'unit_liaison'] as const satisfies readonly RoleCode[];
export type BusinessRole = (typeof BUSINESS_ROLES)[number];

export const ROLE_LABELS: Record<RoleCode, string> = {
  sys_admin: '系统管理员',
  sec_admin: '安全保密管理员',
  audit_admin: '安全审计员',
  district_leader: '区政府领导',
  office_leader: '办公室领导',
  section_chief: '科长',
  section_staff: '科室工作人员',
  unit_liaison: '单位联络员',
};
