import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use foreign-affairs's 外事制度规则 (the permission strings are ForeignAffairsPermissions in @gov/contracts-foreign-affairs). */
const READ = 'regulations:read';
const MANAGE = 'regulations:manage';
const OWN = 'regulations:own';
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

export class ForeignAffairsRegulationsPermissions1765500100000 implements MigrationInterface {
  name = 'ForeignAffairsRegulationsPermissions1765500100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
