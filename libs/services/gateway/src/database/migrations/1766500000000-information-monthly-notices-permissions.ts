import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use information's 月度通报 — the roles of 《博山政务信息》: 信息科 drafts, its chief reviews, the office leader signs; liaisons none (the permission strings are InformationPermissions in @gov/contracts-information). */
const READ = 'monthly-notices:read';
const MANAGE = 'monthly-notices:manage';
const SIGN = 'monthly-notices:sign';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
  ['office_leader', SIGN],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['xinxi', 'section_chief', READ],
  ['xinxi', 'section_chief', MANAGE],
  ['xinxi', 'section_staff', READ],
  ['xinxi', 'section_staff', MANAGE],
];

export class InformationMonthlyNoticesPermissions1766500000000 implements MigrationInterface {
  name = 'InformationMonthlyNoticesPermissions1766500000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
