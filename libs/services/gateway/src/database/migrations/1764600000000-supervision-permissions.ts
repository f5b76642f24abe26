import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use supervision's capabilities (the permission strings are in @gov/contracts-gateway). */
const ROLE_PERMISSIONS: RolePermission[] = [];
const SECTION_PERMISSIONS: SectionPermission[] = [];

export class SupervisionPermissions1764600000000 implements MigrationInterface {
  name = 'SupervisionPermissions1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
