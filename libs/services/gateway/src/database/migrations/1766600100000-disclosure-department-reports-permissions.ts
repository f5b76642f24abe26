import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use disclosure's 部门政府信息公开工作年度报告 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure):
 * 政务公开科 opens the year's collection, checks and publishes; a unit's liaison submits its own unit's; the leaders read.
 */
const READ = 'department-reports:read';
const MANAGE = 'department-reports:manage';
const OWN = 'department-reports:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['dashuju', 'section_chief', READ],
  ['dashuju', 'section_chief', MANAGE],
  ['dashuju', 'section_staff', READ],
  ['dashuju', 'section_staff', MANAGE],
];

export class DisclosureDepartmentReportsPermissions1766600100000 implements MigrationInterface {
  name = 'DisclosureDepartmentReportsPermissions1766600100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
