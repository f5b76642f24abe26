import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use facilities-and-vehicles's 指导检查 (the permission strings are FacilitiesAndVehiclesPermissions in @gov/contracts-facilities-and-vehicles). */
const READ = 'guidance-visits:read';
const MANAGE = 'guidance-visits:manage';
const OWN = 'guidance-visits:own';
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

export class FacilitiesAndVehiclesGuidanceVisitsPermissions1766605100000 implements MigrationInterface {
  name = 'FacilitiesAndVehiclesGuidanceVisitsPermissions1766605100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
