import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 内部审计 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'internal-audits:read';
const MANAGE = 'internal-audits:manage';
/** The office's and the district's leaders read; 财务科 manages; no unit liaison (the office's own accounts and audits). */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['caiwu', 'section_chief', READ],
  ['caiwu', 'section_chief', MANAGE],
  ['caiwu', 'section_staff', READ],
  ['caiwu', 'section_staff', MANAGE],
];

export class PersonnelFinanceInternalAuditsPermissions1766550100000 implements MigrationInterface {
  name = 'PersonnelFinanceInternalAuditsPermissions1766550100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
