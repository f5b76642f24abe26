import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use party-affairs's 党费减免 (the permission strings are PartyAffairsPermissions in @gov/contracts-party-affairs). */
const READ = 'dues:read';
const MANAGE = 'dues:manage';
const OWN = 'dues:own';
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

export class PartyAffairsDuesPermissions1765510000000 implements MigrationInterface {
  name = 'PartyAffairsDuesPermissions1765510000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
