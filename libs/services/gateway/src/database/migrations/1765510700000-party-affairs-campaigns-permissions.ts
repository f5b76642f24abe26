import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use party-affairs's 主题教育 (the permission strings are PartyAffairsPermissions in @gov/contracts-party-affairs). */
const READ = 'campaigns:read';
const MANAGE = 'campaigns:manage';
const OWN = 'campaigns:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['dang_zongzhi', 'section_chief', READ],
  ['dang_zongzhi', 'section_chief', MANAGE],
  ['dang_zongzhi', 'section_staff', READ],
  ['dang_zongzhi', 'section_staff', MANAGE],
];

export class PartyAffairsCampaignsPermissions1765510700000 implements MigrationInterface {
  name = 'PartyAffairsCampaignsPermissions1765510700000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
