import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use party-affairs's 党风廉政 (the permission strings are PartyAffairsPermissions in @gov/contracts-party-affairs). */
const READ = 'integrity:read';
const MANAGE = 'integrity:manage';
const OWN = 'integrity:own';
/** Talks' records and clues: the 总支's 纪检委员. No role of that name exists (ROLE_CODES is shared); the 总支's chief holds it. */
const CONFIDENTIAL_READ = 'integrity-confidential:read';
const CONFIDENTIAL_MANAGE = 'integrity-confidential:manage';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['dang_zongzhi', 'section_chief', READ],
  ['dang_zongzhi', 'section_chief', MANAGE],
  ['dang_zongzhi', 'section_chief', CONFIDENTIAL_READ],
  ['dang_zongzhi', 'section_chief', CONFIDENTIAL_MANAGE],
  ['dang_zongzhi', 'section_staff', READ],
  ['dang_zongzhi', 'section_staff', MANAGE],
];

export class PartyAffairsIntegrityPermissions1765510500000 implements MigrationInterface {
  name = 'PartyAffairsIntegrityPermissions1765510500000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
