import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * Who may use duty-and-meetings's office affairs (室务会, 工作计划, 规章制度, 宣传报道; the permission strings are
 * DutyAndMeetingsPermissions in @gov/contracts-duty-and-meetings): 综合科 keeps them, the office's leaders and every
 * section read them.
 */
const READ = 'office-affairs:read';
const MANAGE = 'office-affairs:manage';
const ROLE_PERMISSIONS: RolePermission[] = [
  ['office_leader', READ],
  ['section_chief', READ],
  ['section_staff', READ],
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ['zonghe', 'section_chief', MANAGE],
  ['zonghe', 'section_staff', MANAGE],
];

export class DutyAndMeetingsOfficeAffairsPermissions1765540000000 implements MigrationInterface {
  name = 'DutyAndMeetingsOfficeAffairsPermissions1765540000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
