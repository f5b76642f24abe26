import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 工资扣缴 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'payslips:read';
const MANAGE = 'payslips:manage';
/** Salaries are personal data: 财务科 only (no leader, liaison or administrator). */
const ROLE_PERMISSIONS: RolePermission[] = [];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_chief', MANAGE],
  ['caiwu', 'section_staff', READ],
  ['caiwu', 'section_staff', MANAGE],
];

export class PersonnelFinancePayslipsPermissions1765420300000 implements MigrationInterface {
  name = 'PersonnelFinancePayslipsPermissions1765420300000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
