import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 报销单 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'claims:read';
const MANAGE = 'claims:manage';
const APPROVE = 'claims:approve';
/** The office's leaders read and approve the higher amounts; 财务科 enters and pays, its chief approves first. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['office_leader', APPROVE],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_chief', MANAGE],
  ['caiwu', 'section_chief', APPROVE],
  ['caiwu', 'section_staff', READ],
  ['caiwu', 'section_staff', MANAGE],
];

export class PersonnelFinanceClaimsPermissions1765420200000 implements MigrationInterface {
  name = 'PersonnelFinanceClaimsPermissions1765420200000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
