import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use foreign-affairs's 因公临时出国 (the permission strings are ForeignAffairsPermissions in @gov/contracts-foreign-affairs). */
const READ = 'trips:read';
const MANAGE = 'trips:manage';
const OWN = 'trips:own';
const APPROVE = 'trips:approve';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['district_leader', APPROVE],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['waishi', 'section_chief', READ],
  ['waishi', 'section_chief', MANAGE],
  ['waishi', 'section_staff', READ],
  ['waishi', 'section_staff', MANAGE],
];

export class ForeignAffairsTripsPermissions1765440000000 implements MigrationInterface {
  name = 'ForeignAffairsTripsPermissions1765440000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
