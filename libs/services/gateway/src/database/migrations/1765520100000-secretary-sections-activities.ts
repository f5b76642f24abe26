import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * 秘书一科 (the 区长's) and 秘书二科 (the deputy mayors') arrange their leaders' activities and research trips (调研) on the
 * leaders' calendars, beside 综合科 (issue 21 §3); the calendar's clash check is the same for everyone.
 */
const SECTION_PERMISSIONS: SectionPermission[] = ['mishu_yi', 'mishu_er'].flatMap((section) =>
  ['section_chief', 'section_staff'].flatMap((role) => ['activities:read', 'activities:manage'].map((permission): SectionPermission => [section, role, permission])),
);

export class SecretarySectionsActivities1765520100000 implements MigrationInterface {
  name = 'SecretarySectionsActivities1765520100000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, [], SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, [], SECTION_PERMISSIONS);
  }
}
