import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use facilities-and-vehicles's 公务用车 (the permission strings are FacilitiesAndVehiclesPermissions in @gov/contracts-facilities-and-vehicles). */
const READ = 'vehicles:read';
const MANAGE = 'vehicles:manage';
const OWN = 'vehicles:own';
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

export class FacilitiesAndVehiclesVehiclesPermissions1765430000000 implements MigrationInterface {
  name = 'FacilitiesAndVehiclesVehiclesPermissions1765430000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
