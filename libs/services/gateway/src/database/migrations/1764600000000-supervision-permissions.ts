import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use supervision's capabilities (the permission strings are in @gov/contracts-gateway). */
// supervision items, warnings, assessment (supa)
const SUPERVISION_OFFICE = ['supervision:read', 'supervision:manage', 'assessment:read', 'assessment:manage'];
const ROLE_PERMISSIONS: RolePermission[] = [
  ...['supervision:read', 'assessment:read'].flatMap((p): RolePermission[] => [
    ['district_leader', p],
    ['office_leader', p],
  ]),
  ...['supervision:read-own', 'supervision:report-own'].map((p): RolePermission => ['unit_liaison', p]),
];
const SECTION_PERMISSIONS: SectionPermission[] = [
  ...SUPERVISION_OFFICE.flatMap((p): SectionPermission[] => [
    ['ducha', 'section_chief', p],
    ['ducha', 'section_staff', p],
    ['zhineng_zhuanbian', 'section_chief', p],
    ['zhineng_zhuanbian', 'section_staff', p],
  ]),
  ['ducha', 'section_chief', 'supervision:configure'],
  // 秘书一科/二科 follow the leaders' 批示, 综合科 the meetings' decided items: they read the items.
  ...['mishu_yi', 'mishu_er', 'zonghe'].flatMap((section): SectionPermission[] => [
    [section, 'section_chief', 'supervision:read'],
    [section, 'section_staff', 'supervision:read'],
  ]),
];

// NPC suggestions and CPPCC proposals, plan filing, reform ledger (supb)
const SUPB_LEADERS = ['suggestions:read', 'supervision-plans:read', 'reform:read'];
const SUPB_DUCHA = ['suggestions:read', 'suggestions:manage', 'supervision-plans:read', 'supervision-plans:manage', 'reform:read'];
const SUPB_ZHINENG = ['reform:read', 'reform:manage', 'supervision-plans:read'];
ROLE_PERMISSIONS.push(
  ...SUPB_LEADERS.flatMap((p): RolePermission[] => [
    ['district_leader', p],
    ['office_leader', p],
  ]),
  ...['suggestions:handle-own', 'supervision-plans:file-own', 'reform:handle-own'].map((p): RolePermission => ['unit_liaison', p]),
);
SECTION_PERMISSIONS.push(
  ...SUPB_DUCHA.flatMap((p): SectionPermission[] => [
    ['ducha', 'section_chief', p],
    ['ducha', 'section_staff', p],
  ]),
  ['ducha', 'section_chief', 'suggestions:configure'],
  ...SUPB_ZHINENG.flatMap((p): SectionPermission[] => [
    ['zhineng_zhuanbian', 'section_chief', p],
    ['zhineng_zhuanbian', 'section_staff', p],
  ]),
);

export class SupervisionPermissions1764600000000 implements MigrationInterface {
  name = 'SupervisionPermissions1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
