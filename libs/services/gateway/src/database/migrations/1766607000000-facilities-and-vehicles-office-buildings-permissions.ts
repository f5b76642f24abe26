import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use facilities-and-vehicles's 办公用房楼宇 and their 六统一 record (the permission strings are
 * FacilitiesAndVehiclesPermissions in @gov/contracts-facilities-and-vehicles): 机关事务管理科 keeps them (鲁办发〔2018〕49号,
 * 统一管理), the office's and the district's leaders read; no unit liaison (a building is the district's, not a unit's).
 */
const READ = 'office-buildings:read';
const MANAGE = 'office-buildings:manage';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['jiguan_shiwu', 'section_chief', READ],
  ['jiguan_shiwu', 'section_chief', MANAGE],
  ['jiguan_shiwu', 'section_staff', READ],
  ['jiguan_shiwu', 'section_staff', MANAGE],
];

export class FacilitiesAndVehiclesOfficeBuildingsPermissions1766607000000 implements MigrationInterface {
  name = 'FacilitiesAndVehiclesOfficeBuildingsPermissions1766607000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
