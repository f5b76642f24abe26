import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use disclosure's 政务公开考评 (the permission strings are DisclosurePermissions in @gov/contracts-disclosure):
 * 政务公开科 (dashuju) prepares and manages; the leaders read; unit liaisons hold nothing (their part is named on the evidence).
 */
const READ = 'openness-evaluations:read';
const MANAGE = 'openness-evaluations:manage';
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

export class DisclosureOpennessEvaluationsPermissions1766601100000 implements MigrationInterface {
  name = 'DisclosureOpennessEvaluationsPermissions1766601100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
