import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 工作人员 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'staff-members:read';
const MANAGE = 'staff-members:manage';
const PERSONAL = 'staff-members:personal';
/** The office's leaders read the staff records with personal data masked; unit liaisons and the administrators none. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
/** 人事科 keeps the records; 财务科 reads them in full (salaries, payroll). */
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_chief', PERSONAL],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
  ['renshi', 'section_staff', PERSONAL],
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_chief', PERSONAL],
  ['caiwu', 'section_staff', READ],
  ['caiwu', 'section_staff', PERSONAL],
];

export class PersonnelFinanceStaffMembersPermissions1765420000000 implements MigrationInterface {
  name = 'PersonnelFinanceStaffMembersPermissions1765420000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
