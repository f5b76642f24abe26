import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type SectionPermission } from '../permissions/seed-permissions.js';

/**
 * 督查室 organises the 区政府全体会议, 常务会议 and 区长办公会 (its 科室工作任务 5) and reads the meetings: meetings:read and
 * meetings:manage for its staff and chief. The service keeps it to those three kinds (`organiserProblem`).
 */
const SECTION_PERMISSIONS: SectionPermission[] = ['section_chief', 'section_staff'].flatMap((role) =>
  ['meetings:read', 'meetings:manage'].map((permission): SectionPermission => ['ducha', role, permission]),
);

export class DuchaMeetings1765520200000 implements MigrationInterface {
  name = 'DuchaMeetings1765520200000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, [], SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, [], SECTION_PERMISSIONS);
  }
}
