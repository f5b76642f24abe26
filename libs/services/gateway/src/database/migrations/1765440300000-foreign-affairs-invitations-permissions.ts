import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use foreign-affairs's 外国人来华邀请 (the permission strings are ForeignAffairsPermissions in @gov/contracts-foreign-affairs). */
const READ = 'invitations:read';
const MANAGE = 'invitations:manage';
const OWN = 'invitations:own';
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

export class ForeignAffairsInvitationsPermissions1765440300000 implements MigrationInterface {
  name = 'ForeignAffairsInvitationsPermissions1765440300000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
