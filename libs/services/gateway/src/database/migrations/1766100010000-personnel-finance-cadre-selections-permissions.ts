import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 干部选拔任用 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'cadre-selections:read';
const MANAGE = 'cadre-selections:manage';
/** The office's leaders read the procedures; unit liaisons and the administrators none. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
/** 人事科 runs them (the candidate's 身份证号 in full with its `staff-members:personal`). */
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceCadreSelectionsPermissions1766100010000 implements MigrationInterface {
  name = 'PersonnelFinanceCadreSelectionsPermissions1766100010000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
