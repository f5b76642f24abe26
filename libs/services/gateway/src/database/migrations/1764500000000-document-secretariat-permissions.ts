import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission, type SectionPermission } from '../permissions/seed-permissions.js';

/** Who may use document-secretariat's capabilities (the permission strings are in @gov/contracts-gateway). */
const LEADER_PERMISSIONS = [
  'documents:read',
  'documents:instruct',
  'files:upload',
  'outgoing:draft',
  'outgoing:countersign',
  'outgoing:sign',
  'seals:request',
  'seals:approve',
];
const SECRETARIAT_PERMISSIONS = [
  'documents:read',
  'documents:process',
  'files:upload',
  'outgoing:process',
  'seals:manage',
  'archives:manage',
  'legal-affairs:manage',
];
const SECRETARY_PERMISSIONS = ['documents:read', 'documents:process', 'files:upload', 'drafting:write'];

const ROLE_PERMISSIONS: RolePermission[] = [
  ...LEADER_PERMISSIONS.map((p): RolePermission => ['district_leader', p]),
  ...LEADER_PERMISSIONS.map((p): RolePermission => ['office_leader', p]),
  // Every section drafts its own outgoing documents, co-signs them and asks for seals.
  ...['outgoing:draft', 'outgoing:countersign', 'seals:request', 'files:upload'].flatMap((p): RolePermission[] => [
    ['section_chief', p],
    ['section_staff', p],
  ]),
  ...['documents:read-own', 'documents:handle-own', 'outgoing:countersign', 'files:upload'].map((p): RolePermission => ['unit_liaison', p]),
];

const SECTION_PERMISSIONS: SectionPermission[] = [
  ...SECRETARIAT_PERMISSIONS.flatMap((p): SectionPermission[] => [
    ['wenmi', 'section_chief', p],
    ['wenmi', 'section_staff', p],
  ]),
  ...SECRETARY_PERMISSIONS.flatMap((p): SectionPermission[] => [
    ['mishu_yi', 'section_chief', p],
    ['mishu_yi', 'section_staff', p],
    ['mishu_er', 'section_chief', p],
    ['mishu_er', 'section_staff', p],
  ]),
];

export class DocumentSecretariatPermissions1764500000000 implements MigrationInterface {
  name = 'DocumentSecretariatPermissions1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await grantPermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revokePermissions(runner, ROLE_PERMISSIONS, SECTION_PERMISSIONS);
  }
}
