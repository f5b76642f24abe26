import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use disclosure's 政务数据资源目录 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure):
 * 大数据科 (dashuju) manages and reviews; a unit's liaison registers and submits its own unit's; the leaders read the catalogue.
 */
const READ = 'data-resources:read';
const MANAGE = 'data-resources:manage';
const OWN = 'data-resources:own';
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

export class DisclosureDataResourcesPermissions1766601000000 implements MigrationInterface {
  name = 'DisclosureDataResourcesPermissions1766601000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
