import { Injectable } from '@nestjs/common';
import type { CallerContext, RoleCode } from '@gov/contracts-common';
import type { AccountEntity } from './account.entity.js';
import { AccountsRepository, type PermissionTables } from './accounts.repository.js';
import { resolvePermissions } from './permissions.js';

/** The role and section permission tables are seeded by migration and change only with one: loaded once. */
@Injectable()
export class PermissionTablesCache {
  private tables?: Promise<PermissionTables>;

  constructor(private readonly repository: AccountsRepository) {}

  async permissionsOf(roles: readonly RoleCode[], sectionCode: string | null): Promise<string[]> {
    this.tables ??= this.repository.loadPermissionTables();
    return resolvePermissions(roles, sectionCode, await this.tables);
  }

  async callerOf(account: AccountEntity, ip?: string): Promise<CallerContext> {
    return {
      userId: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      permissions: await this.permissionsOf(account.roles, account.sectionCode),
      sectionCode: account.sectionCode,
      unitId: account.unitId,
      clearance: account.clearance,
      ...(ip ? { ip } : {}),
    };
  }
}
