import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ListUnits } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitChangeEntity, UnitEntity } from './unit.entity.js';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The only place that speaks TypeORM for units. */
@Injectable()
export class UnitsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UnitEntity | null> {
    return manager.findOneBy(UnitEntity, { id });
  }

  async findActiveByName(name: string, manager: EntityManager): Promise<UnitEntity | null> {
    return manager.findOneBy(UnitEntity, { name, status: 'active' });
  }

  async findByCode(code: string, manager: EntityManager): Promise<UnitEntity | null> {
    return manager.findOneBy(UnitEntity, { code });
  }

  async insert(unit: UnitEntity, manager: EntityManager): Promise<void> {
    await manager.insert(UnitEntity, unit);
  }

  /** Saves a new version if nobody else saved one since `expectedVersion`; false when somebody did. */
  async updateIfVersion(unit: UnitEntity, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const { id, ...changes } = unit;
    const result = await manager.update(UnitEntity, { id, version: expectedVersion }, changes);
    return (result.affected ?? 0) === 1;
  }

  async recordChange(unit: UnitEntity, action: UnitChangeEntity['action'], snapshot: Record<string, unknown>, reason: string | null, manager: EntityManager): Promise<void> {
    const change = Object.assign(new UnitChangeEntity(), {
      id: randomUUID(),
      unitId: unit.id,
      version: unit.version,
      action,
      snapshot,
      reason,
      changedBy: unit.updatedBy,
      changedAt: unit.updatedAt,
    });
    await manager.save(UnitChangeEntity, change);
  }

  /** Filters and Chinese substring search (名称、简称、编码) over a small, indexed table. */
  async search(query: ListUnits.Request & { limit: number; offset: number; onlyId?: string }): Promise<{ items: UnitEntity[]; total: number }> {
    const qb = this.dataSource.manager.createQueryBuilder(UnitEntity, 'u');
    if (query.onlyId) qb.andWhere('u.id = :onlyId', { onlyId: query.onlyId });
    if (query.type) qb.andWhere('u.type = :type', { type: query.type });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere(`(u.name ILIKE :q ESCAPE '\\' OR u.short_name ILIKE :q ESCAPE '\\' OR u.code ILIKE :q ESCAPE '\\')`, { q: `%${escapeLike(query.q)}%` });
    }
    qb.orderBy('u.sort_order', 'ASC').addOrderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC').take(query.limit).skip(query.offset);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
