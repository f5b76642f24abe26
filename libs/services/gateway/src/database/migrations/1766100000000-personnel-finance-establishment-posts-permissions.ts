import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 机构编制 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'establishment-posts:read';
const MANAGE = 'establishment-posts:manage';
/** The office's leaders read the establishment; unit liaisons and the administrators none. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
/** 人事科 keeps it. */
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceEstablishmentPostsPermissions1766100000000 implements MigrationInterface {
  name = 'PersonnelFinanceEstablishmentPostsPermissions1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
