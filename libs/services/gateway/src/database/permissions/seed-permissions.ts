import type { QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

export type RolePermission = [role: string, permission: string];
export type SectionPermission = [section: string, role: string, permission: string];

/** Grants permissions to roles (every holder) and to a role within one section (e.g. 文秘科 staff). Idempotent. */
export async function grantPermissions(runner: QueryRunner, roles: readonly RolePermission[], sections: readonly SectionPermission[]): Promise<void> {
  const s = migrationSchema(runner);
  for (const [role, permission] of roles) {
    await runner.query(`INSERT INTO "${s}".role_permission (role_code, permission) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [role, permission]);
  }
  for (const [section, role, permission] of sections) {
    await runner.query(`INSERT INTO "${s}".section_permission (section_code, role_code, permission) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [section, role, permission]);
  }
}

/** The reverse of `grantPermissions`, for a migration's `down`. */
export async function revokePermissions(runner: QueryRunner, roles: readonly RolePermission[], sections: readonly SectionPermission[]): Promise<void> {
  const s = migrationSchema(runner);
  for (const [role, permission] of roles) await runner.query(`DELETE FROM "${s}".role_permission WHERE role_code = $1 AND permission = $2`, [role, permission]);
  for (const [section, role, permission] of sections) {
    await runner.query(`DELETE FROM "${s}".section_permission WHERE section_code = $1 AND role_code = $2 AND permission = $3`, [section, role, permission]);
  }
}
