import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 培训 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'staff-trainings:read';
const MANAGE = 'staff-trainings:manage';
const ROLE_PERMISSIONS: RolePermission[] = [['office_leader', READ]];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceStaffTrainingsPermissions1766560100000 implements MigrationInterface {
  name = 'PersonnelFinanceStaffTrainingsPermissions1766560100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
