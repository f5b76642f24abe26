import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use personnel-finance's 中心组学习和民主生活会 (the permission strings are PersonnelFinancePermissions in @gov/contracts-personnel-finance). */
const READ = 'group-sessions:read';
const MANAGE = 'group-sessions:manage';
/** The office's leaders (who take part) read them; unit liaisons and the administrators none. */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
/** 人事科 organises them. */
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['renshi', 'section_chief', READ],
  ['renshi', 'section_chief', MANAGE],
  ['renshi', 'section_staff', READ],
  ['renshi', 'section_staff', MANAGE],
];

export class PersonnelFinanceGroupSessionsPermissions1766100020000 implements MigrationInterface {
  name = 'PersonnelFinanceGroupSessionsPermissions1766100020000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
