import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 工资晋级晋档 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'salary-changes:read';
const MANAGE = 'salary-changes:manage';
/** Salaries are personal data: 人事科 records the changes, 财务科 reads them for the payroll; no leader or liaison. */
const ROLE_PERMISSIONS: RolePermission[] = [];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_staff', READ],
];

export class PersonnelFinanceSalaryChangesPermissions1766603100000 implements MigrationInterface {
  name = 'PersonnelFinanceSalaryChangesPermissions1766603100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
