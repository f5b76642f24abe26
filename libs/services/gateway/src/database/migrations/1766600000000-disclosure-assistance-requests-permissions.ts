import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use disclosure's 协助调查件 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure): the
 * section handles them, the leaders read; no unit's liaison (they concern the office's own handling of 政府信息公开).
 */
const READ = 'assistance-requests:read';
const MANAGE = 'assistance-requests:manage';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['district_leader', READ],
  ['office_leader', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['dashuju', 'section_chief', READ],
  ['dashuju', 'section_chief', MANAGE],
  ['dashuju', 'section_staff', READ],
  ['dashuju', 'section_staff', MANAGE],
];

export class DisclosureAssistanceRequestsPermissions1766600000000 implements MigrationInterface {
  name = 'DisclosureAssistanceRequestsPermissions1766600000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
