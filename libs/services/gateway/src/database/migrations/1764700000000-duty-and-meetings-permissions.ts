import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use duty-and-meetings's capabilities (the permission strings are in @gov/contracts-gateway). */
const ROLE_PERMISSIONS: RolePermission[] = [];
const SECTION_PERMISSIONS: SectionPermission[] = [];

export class DutyAndMeetingsPermissions1764700000000 implements MigrationInterface {
  name = 'DutyAndMeetingsPermissions1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
