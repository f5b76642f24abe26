import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

// Meetings, rooms, leaders' calendars and leave.
const SCHEDULE_ROLE_PERMISSIONS: RolePermission[] = [
  ...['meetings:read', 'meetings:approve', 'rooms:read', 'activities:read', 'leave:read'].map((p): RolePermission => ['district_leader', p]),
  ...['meetings:read', 'meetings:approve', 'rooms:read', 'rooms:book', 'activities:read', 'leave:read', 'leave:approve'].map((p): RolePermission => ['office_leader', p]),
  ...['rooms:read', 'rooms:book'].flatMap((p): RolePermission[] => [
    ['section_chief', p],
    ['section_staff', p],
  ]),
  ...['meetings:read', 'leave:read', 'leave:request'].map((p): RolePermission => ['unit_liaison', p]),
];
const SCHEDULE_SECTION_PERMISSIONS: SectionPermission[] = [
  ...['meetings:read', 'meetings:manage', 'rooms:manage', 'activities:read', 'activities:manage', 'leave:read', 'leave:request'].flatMap((p): SectionPermission[] => [
    ['zonghe', 'section_chief', p],
    ['zonghe', 'section_staff', p],
  ]),
  ['zonghe', 'section_chief', 'meetings:configure'],
  // 秘书一科/二科 follow the leaders they serve.
  ...['mishu_yi', 'mishu_er'].flatMap((section): SectionPermission[] => [
    [section, 'section_chief', 'activities:read'],
    [section, 'section_staff', 'activities:read'],
  ]),
];

// The 24-hour duty office, urgent matters, leader instructions, units' duty rosters, public opinion, reports upward.
const DUTY_ROLE_PERMISSIONS: RolePermission[] = [
  ...['duty:read', 'duty:instruct', 'opinion:read'].flatMap((p): RolePermission[] => [
    ['district_leader', p],
    ['office_leader', p],
  ]),
  ...['duty:unit-roster', 'duty:receive', 'opinion:respond'].map((p): RolePermission => ['unit_liaison', p]),
];
const DUTY_SECTION_PERMISSIONS: SectionPermission[] = [
  ...['duty:read', 'duty:write', 'duty:instruct', 'opinion:read', 'opinion:manage'].flatMap((p): SectionPermission[] => [
    ['zonghe', 'section_chief', p],
    ['zonghe', 'section_staff', p],
  ]),
  // Swaps, report time limits and opinion response rules are approved by the 综合科 chief.
  ['zonghe', 'section_chief', 'duty:approve'],
];

/** Who may use duty-and-meetings's capabilities (the permission strings are in @gov/contracts-gateway). */
const ROLE_PERMISSIONS: RolePermission[] = [...SCHEDULE_ROLE_PERMISSIONS, ...DUTY_ROLE_PERMISSIONS];
const SECTION_PERMISSIONS: SectionPermission[] = [...SCHEDULE_SECTION_PERMISSIONS, ...DUTY_SECTION_PERMISSIONS];

export class DutyAndMeetingsPermissions1764700000000 implements MigrationInterface {
  name = 'DutyAndMeetingsPermissions1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
