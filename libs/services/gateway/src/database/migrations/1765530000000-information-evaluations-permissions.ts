import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use information's 业绩考评 (the permission strings are InformationPermissions in @gov/contracts-information). */
const READ = 'evaluations:read';
const MANAGE = 'evaluations:manage';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['xinxi', 'section_chief', READ],
  ['xinxi', 'section_chief', MANAGE],
  ['xinxi', 'section_staff', READ],
  ['xinxi', 'section_staff', MANAGE],
];

export class InformationEvaluationsPermissions1765530000000 implements MigrationInterface {
  name = 'InformationEvaluationsPermissions1765530000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
