import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use foreign-affairs's 外事委会议 and 外事委报告 (the permission strings are ForeignAffairsPermissions in @gov/contracts-foreign-affairs). */
const READ = 'committee:read';
const MANAGE = 'committee:manage';
/** The office's leaders read; unit liaisons none (the committee's own records concern no single unit). */
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['waishi', 'section_chief', READ],
  ['waishi', 'section_chief', MANAGE],
  ['waishi', 'section_staff', READ],
  ['waishi', 'section_staff', MANAGE],
];

export class ForeignAffairsCommitteePermissions1765500200000 implements MigrationInterface {
  name = 'ForeignAffairsCommitteePermissions1765500200000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
