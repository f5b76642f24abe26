import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE } from '@gov/platform';
import type { ListAccounts } from '@gov/contracts-gateway';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { AccountEntity, RolePermissionEntity, SectionEntity, SectionPermissionEntity } from './account.entity.js';

export interface PermissionTables {
  byRole: Map<string, string[]>;
  /** `${section}:${role}` → permissions */
  bySectionRole: Map<string, string[]>;
}

@Injectable()
export class AccountsRepository {
  private readonly accounts: Repository<AccountEntity>;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.accounts = dataSource.getRepository(AccountEntity);
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.createQueryBuilder('a').where('lower(a.username) = lower(:username)', { username }).getOne();
  }

  async insert(account: AccountEntity, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AccountEntity).insert(account);
  }

  /** Saves changed fields with optimistic concurrency: the row must still be at `account.version`. */
  async update(account: AccountEntity, changes: Partial<AccountEntity>, updatedBy: string, manager?: EntityManager): Promise<AccountEntity | null> {
    const repository = manager ? manager.getRepository(AccountEntity) : this.accounts;
    const result = await repository
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()', updatedBy })
      .where('id = :id AND version = :version', { id: account.id, version: account.version })
      .execute();
    return result.affected ? repository.findOneBy({ id: account.id }) : null;
  }

  /**
   * Saves changed fields (as `update`) and runs `alsoDo` in the same transaction, only if the update took:
   * e.g. a password change and the end of the account's other sessions commit together or not at all.
   */
  updateAnd(account: AccountEntity, changes: Partial<AccountEntity>, updatedBy: string, alsoDo: (manager: EntityManager) => Promise<unknown>): Promise<AccountEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const updated = await this.update(account, changes, updatedBy, manager);
      if (updated) await alsoDo(manager);
      return updated;
    });
  }

  /**
   * Compare-and-set of the last TOTP time step used: succeeds only for a step later than the stored one, so of
   * two sign-ins racing with the same code exactly one wins (RFC 6238 §5.2, a code is good once).
   */
  async advanceTotpStep(accountId: string, step: number): Promise<boolean> {
    const result = await this.accounts
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :accountId AND (totp_last_step IS NULL OR totp_last_step < :step)', { accountId, step })
      .execute();
    return Boolean(result.affected);
  }

  async list(query: ListAccounts.Request, limit: number, offset: number): Promise<[AccountEntity[], number]> {
    const qb = this.accounts.createQueryBuilder('a').orderBy('a.username', 'ASC').limit(limit).offset(offset);
    if (query.q) qb.andWhere('(a.username ILIKE :q OR a.display_name ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.role) qb.andWhere(':role = ANY(a.roles)', { role: query.role });
    return qb.getManyAndCount();
  }

  /** Runs `work` only if no account exists yet, serialised across replicas starting together. */
  async whenNoAccountExists<T>(work: (manager: EntityManager) => Promise<T>): Promise<T | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gateway:bootstrap-admins'))`);
      const count = await manager.getRepository(AccountEntity).count();
      return count === 0 ? work(manager) : undefined;
    });
  }

  async sectionExists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(SectionEntity).existsBy({ code });
  }

  /** Active accounts holding a leader's role, by name. */
  listLeaders(): Promise<AccountEntity[]> {
    return this.accounts
      .createQueryBuilder('a')
      .where(`a.status = 'active' AND a.roles && ARRAY['district_leader', 'office_leader']::text[]`)
      .orderBy('a.display_name', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  listSections(): Promise<SectionEntity[]> {
    return this.dataSource.getRepository(SectionEntity).find({ order: { sortOrder: 'ASC' } });
  }

  async loadPermissionTables(): Promise<PermissionTables> {
    const [roles, sections] = await Promise.all([
      this.dataSource.getRepository(RolePermissionEntity).find(),
      this.dataSource.getRepository(SectionPermissionEntity).find(),
    ]);
    const byRole = new Map<string, string[]>();
    for (const r of roles) byRole.set(r.roleCode, [...(byRole.get(r.roleCode) ?? []), r.permission]);
    const bySectionRole = new Map<string, string[]>();
    for (const s of sections) {
      const key = `${s.sectionCode}:${s.roleCode}`;
      bySectionRole.set(key, [...(bySectionRole.get(key) ?? []), s.permission]);
    }
    return { byRole, bySectionRole };
  }
}
