import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 国有资产 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'assets:read';
const MANAGE = 'assets:manage';
const APPROVE = 'assets:approve';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['office_leader', APPROVE],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_chief', MANAGE],
  ['caiwu', 'section_staff', READ],
  ['caiwu', 'section_staff', MANAGE],
];

export class PersonnelFinanceAssetsPermissions1766560000000 implements MigrationInterface {
  name = 'PersonnelFinanceAssetsPermissions1766560000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
