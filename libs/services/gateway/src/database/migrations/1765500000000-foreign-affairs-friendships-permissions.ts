import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use foreign-affairs's 国际友好关系 (the permission strings are ForeignAffairsPermissions in @gov/contracts-foreign-affairs). */
const READ = 'friendships:read';
const MANAGE = 'friendships:manage';
const OWN = 'friendships:own';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['unit_liaison', OWN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['waishi', 'section_chief', READ],
  ['waishi', 'section_chief', MANAGE],
  ['waishi', 'section_staff', READ],
  ['waishi', 'section_staff', MANAGE],
];

export class ForeignAffairsFriendshipsPermissions1765500000000 implements MigrationInterface {
  name = 'ForeignAffairsFriendshipsPermissions1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
