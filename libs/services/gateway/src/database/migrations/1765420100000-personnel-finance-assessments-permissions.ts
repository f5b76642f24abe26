import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 年度考核 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'assessments:read';
const MANAGE = 'assessments:manage';
/** The office's leaders read; unit liaisons and the administrators none. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceAssessmentsPermissions1765420100000 implements MigrationInterface {
  name = 'PersonnelFinanceAssessmentsPermissions1765420100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
