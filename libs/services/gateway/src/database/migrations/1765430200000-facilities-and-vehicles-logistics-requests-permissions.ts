import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use facilities-and-vehicles's 后勤服务申请 (the permission strings are FacilitiesAndVehiclesPermissions in @gov/contracts-facilities-and-vehicles). */
const READ = 'logistics-requests:read';
const MANAGE = 'logistics-requests:manage';
const OWN = 'logistics-requests:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
  // Every office staff member may ask for a repair in the compound (and sees their own requests).
  ['section_staff', OWN],
  ['section_chief', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['jiguan_shiwu', 'section_chief', READ],
  ['jiguan_shiwu', 'section_chief', MANAGE],
  ['jiguan_shiwu', 'section_staff', READ],
  ['jiguan_shiwu', 'section_staff', MANAGE],
];

export class FacilitiesAndVehiclesLogisticsRequestsPermissions1765430200000 implements MigrationInterface {
  name = 'FacilitiesAndVehiclesLogisticsRequestsPermissions1765430200000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
