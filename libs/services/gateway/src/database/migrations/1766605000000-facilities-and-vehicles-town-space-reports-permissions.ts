import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use facilities-and-vehicles's 镇街办公用房报送 (the permission strings are FacilitiesAndVehiclesPermissions in @gov/contracts-facilities-and-vehicles). */
const READ = 'town-space-reports:read';
const MANAGE = 'town-space-reports:manage';
const OWN = 'town-space-reports:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['jiguan_shiwu', 'section_chief', READ],
  ['jiguan_shiwu', 'section_chief', MANAGE],
  ['jiguan_shiwu', 'section_staff', READ],
  ['jiguan_shiwu', 'section_staff', MANAGE],
];

export class FacilitiesAndVehiclesTownSpaceReportsPermissions1766605000000 implements MigrationInterface {
  name = 'FacilitiesAndVehiclesTownSpaceReportsPermissions1766605000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
