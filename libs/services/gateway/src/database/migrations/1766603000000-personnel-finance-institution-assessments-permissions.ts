import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 事业单位绩效考核 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'institution-assessments:read';
const MANAGE = 'institution-assessments:manage';
const OWN = 'institution-assessments:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceInstitutionAssessmentsPermissions1766603000000 implements MigrationInterface {
  name = 'PersonnelFinanceInstitutionAssessmentsPermissions1766603000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
