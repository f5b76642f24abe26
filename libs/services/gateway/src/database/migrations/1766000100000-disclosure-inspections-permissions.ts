import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use disclosure's 公开巡查 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure). */
const READ = 'inspections:read';
const MANAGE = 'inspections:manage';
const OWN = 'inspections:own';
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

export class DisclosureInspectionsPermissions1766000100000 implements MigrationInterface {
  name = 'DisclosureInspectionsPermissions1766000100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
