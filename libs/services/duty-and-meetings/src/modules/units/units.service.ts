import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  UnitErrors,
  UnitEvents,
  type CreateUnit,
  type DeactivateUnit,
  type LiaisonContact,
  type ListUnits,
  type UnitDirectory,
  type UnitSnapshot,
  type UnitView,
  type UpdateUnit,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, FieldCipher, Transactions, type Tx } from '@gov/platform';
import { maskMobile } from '../../common/visibility.js';
import { UnitEntity, type StoredLiaison } from './unit.entity.js';
import { canSee, forbiddenChanges, readAccess, ROLES_ASSIGN, UNITS_WRITE } from './units.policy.js';
import { UnitsRepository } from './units.repository.js';

/** The unit directory (联络): the one list of 承办单位 for the whole platform. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateUnit.Request, caller: CallerContext): Promise<UnitView> {
    if (caller.unitId || !caller.permissions.includes(UNITS_WRITE)) {
      throw new DomainError(CommonErrors.forbidden, '只有综合科可以新增单位');
    }
    return this.transactions.run(async (tx) => {
      await this.assertUnique(request.code, request.name, null, tx);
      const now = new Date();
      const unit: UnitEntity = Object.assign(new UnitEntity(), {
        id: randomUUID(),
        code: request.code,
        name: request.name.trim(),
        shortName: request.shortName?.trim() || null,
        type: request.type,
        liaisons: this.sealLiaisons(request.liaisons),
        dutyPhones: request.dutyPhones,
        address: request.address ?? null,
        sortOrder: request.sortOrder ?? 1000,
        status: 'active' as const,
        deactivationReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      });
      await this.units.insert(unit, tx.manager);
      await this.units.recordChange(unit, 'created', this.historySnapshot(unit), null, tx.manager);
      await tx.emit(UnitEvents.created, snapshotOf(unit));
      return this.toView(unit);
    });
  }

  async update(request: UpdateUnit.Request, caller: CallerContext): Promise<UnitView> {
    const { id, expectedVersion, ...changes } = request;
    return this.transactions.run(async (tx) => {
      const unit = await this.visibleUnit(id, caller, tx);
      const forbidden = forbiddenChanges(caller, id, changes);
      if (forbidden.length) {
        throw new DomainError(UnitErrors.forbidden, forbidden[0] === '*' ? '无权修改该单位' : `联络员只能维护本单位的联络员、值班电话和地址，不能修改：${forbidden.join('、')}`);
      }
      if (unit.status === 'inactive') throw new DomainError(UnitErrors.inactive, '单位已停用，不能修改');
      this.assertVersion(unit, expectedVersion);
      const renamed = (changes.code !== undefined && changes.code !== unit.code) || (changes.name !== undefined && changes.name.trim() !== unit.name);
      if (renamed) await this.assertUnique(changes.code ?? unit.code, changes.name ?? unit.name, unit.id, tx);
      const next: UnitEntity = Object.assign(new UnitEntity(), unit, {
        ...(changes.code !== undefined && { code: changes.code }),
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.shortName !== undefined && { shortName: changes.shortName.trim() || null }),
        ...(changes.type !== undefined && { type: changes.type }),
        ...(changes.liaisons !== undefined && { liaisons: this.sealLiaisons(changes.liaisons) }),
        ...(changes.dutyPhones !== undefined && { dutyPhones: changes.dutyPhones }),
        ...(changes.address !== undefined && { address: changes.address }),
        ...(changes.sortOrder !== undefined && { sortOrder: changes.sortOrder }),
        version: unit.version + 1,
        updatedAt: new Date(),
        updatedBy: caller.username,
      });
      return this.saveVersion(next, expectedVersion, 'updated', null, tx);
    });
  }

  async deactivate(request: DeactivateUnit.Request, caller: CallerContext): Promise<UnitView> {
    return this.transactions.run(async (tx) => {
      const unit = await this.visibleUnit(request.id, caller, tx);
      if (caller.unitId || !caller.permissions.includes(UNITS_WRITE)) throw new DomainError(UnitErrors.forbidden, '只有综合科可以停用单位');
      if (unit.status === 'inactive') throw new DomainError(UnitErrors.inactive, '单位已是停用状态');
      this.assertVersion(unit, request.expectedVersion);
      const next: UnitEntity = Object.assign(new UnitEntity(), unit, {
        status: 'inactive' as const,
        deactivationReason: request.reason.trim(),
        version: unit.version + 1,
        updatedAt: new Date(),
        updatedBy: caller.username,
      });
      return this.saveVersion(next, request.expectedVersion, 'deactivated', request.reason.trim(), tx);
    });
  }

  async get(id: string, caller: CallerContext): Promise<UnitView> {
    const unit = await this.units.findById(id);
    if (!unit || !canSee(caller, id)) throw new DomainError(UnitErrors.notFound, '单位不存在或无权查看');
    return this.toView(unit);
  }

  async list(request: ListUnits.Request, caller: CallerContext): Promise<ListUnits.Reply> {
    const access = readAccess(caller);
    if (access === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看单位名录');
    const page = pageOf(request);
    const { items, total } = await this.units.search({ ...request, ...page, onlyId: access === 'own' ? (caller.unitId as string) : undefined });
    // Lists show the stored masked mobiles without decrypting; the unit's own view (get) shows them in full.
    return { items: items.map((u) => this.toView(u, 'masked')), total, ...page };
  }

  /** 单位名录（仅名称）: every unit's name and code, no contacts — for whoever reads the directory or assigns a liaison's unit. */
  async directory(request: UnitDirectory.Request, caller: CallerContext): Promise<UnitDirectory.Reply> {
    if (readAccess(caller) !== 'all' && !hasPermission(caller, ROLES_ASSIGN)) throw new DomainError(CommonErrors.forbidden, '无权查看单位名录');
    const page = pageOf(request);
    const { items, total } = await this.units.search({ ...request, ...page });
    return { items: items.map(snapshotOf), total, ...page };
  }

  private async saveVersion(next: UnitEntity, expectedVersion: number, action: 'updated' | 'deactivated', reason: string | null, tx: Tx): Promise<UnitView> {
    if (!(await this.units.updateIfVersion(next, expectedVersion, tx.manager))) {
      throw new DomainError(UnitErrors.versionConflict, '单位信息已被他人修改，请刷新后重试');
    }
    await this.units.recordChange(next, action, this.historySnapshot(next), reason, tx.manager);
    await tx.emit(action === 'updated' ? UnitEvents.updated : UnitEvents.deactivated, snapshotOf(next));
    return this.toView(next);
  }

  /** A unit the caller may see, or not found: a liaison guessing another unit's id learns nothing. */
  private async visibleUnit(id: string, caller: CallerContext, tx: Tx): Promise<UnitEntity> {
    const unit = await this.units.findById(id, tx.manager);
    if (!unit || !canSee(caller, id)) throw new DomainError(UnitErrors.notFound, '单位不存在或无权查看');
    return unit;
  }

  private assertVersion(unit: UnitEntity, expectedVersion: number): void {
    if (unit.version !== expectedVersion) {
      throw new DomainError(UnitErrors.versionConflict, `单位信息已被他人修改（当前版本 ${unit.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
    }
  }

  private async assertUnique(code: string, name: string, selfId: string | null, tx: Tx): Promise<void> {
    const byCode = await this.units.findByCode(code, tx.manager);
    if (byCode && byCode.id !== selfId) throw new DomainError(UnitErrors.codeTaken, `单位编码「${code}」已被「${byCode.name}」使用`);
    const byName = await this.units.findActiveByName(name.trim(), tx.manager);
    if (byName && byName.id !== selfId) throw new DomainError(UnitErrors.nameTaken, `已有名为「${name}」的在用单位`);
  }

  private sealLiaisons(liaisons: LiaisonContact[]): StoredLiaison[] {
    return liaisons.map((l) => ({
      name: l.name.trim(),
      ...(l.title ? { title: l.title } : {}),
      mobileEncrypted: this.cipher.encrypt(l.mobile),
      mobileMasked: maskMobile(l.mobile),
      ...(l.officePhone ? { officePhone: l.officePhone } : {}),
    }));
  }

  private historySnapshot(unit: UnitEntity): Record<string, unknown> {
    // The history keeps the sealed liaison numbers as stored: no personal data in clear anywhere.
    const { createdAt, updatedAt, ...rest } = unit;
    return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
  }

  /**
   * The unit as the caller sees it. `full` (a unit's own view, to whoever may see that unit, and the answer to a change)
   * decrypts the liaisons' mobiles; `masked` (lists) shows `138****5678` from the stored masked form.
   */
  private toView(unit: UnitEntity, mobiles: 'full' | 'masked' = 'full'): UnitView {
    return {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      ...(unit.shortName ? { shortName: unit.shortName } : {}),
      type: unit.type,
      liaisons: unit.liaisons.map((l) => ({
        name: l.name,
        ...(l.title ? { title: l.title } : {}),
        mobile: mobiles === 'full' ? this.cipher.decrypt(l.mobileEncrypted) : (l.mobileMasked ?? maskMobile(this.cipher.decrypt(l.mobileEncrypted))),
        ...(l.officePhone ? { officePhone: l.officePhone } : {}),
      })),
      dutyPhones: unit.dutyPhones,
      ...(unit.address ? { address: unit.address } : {}),
      sortOrder: unit.sortOrder,
      status: unit.status,
      deactivationReason: unit.deactivationReason,
      version: unit.version,
      createdAt: unit.createdAt.toISOString(),
      createdBy: unit.createdBy,
      updatedAt: unit.updatedAt.toISOString(),
      updatedBy: unit.updatedBy,
    };
  }
}

export function snapshotOf(unit: UnitEntity): UnitSnapshot {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    ...(unit.shortName ? { shortName: unit.shortName } : {}),
    type: unit.type,
    status: unit.status,
    version: unit.version,
  };
}
