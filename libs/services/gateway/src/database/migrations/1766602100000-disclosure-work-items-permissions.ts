import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use disclosure's 领导小组工作事项 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure). */
const READ = 'work-items:read';
const MANAGE = 'work-items:manage';
const OWN = 'work-items:own';
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

export class DisclosureWorkItemsPermissions1766602100000 implements MigrationInterface {
  name = 'DisclosureWorkItemsPermissions1766602100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
