import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ListUnits } from '@gov/contracts-duty-and-meetings';
import { Conditions, DATA_SOURCE, likePattern, selectPage } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitChangeEntity, UnitEntity } from './unit.entity.js';

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
    // A plain INSERT: `save` would first SELECT the row to decide between insert and update.
    await manager.createQueryBuilder().insert().into(UnitChangeEntity).values(change as never).execute();
  }

  /**
   * Filters and Chinese substring search (名称、简称、编码) over a small, indexed table: one query that also
   * counts the matches (the list is read far more often than it is written).
   */
  async search(query: ListUnits.Request & { limit: number; offset: number; onlyId?: string }): Promise<{ items: UnitEntity[]; total: number }> {
    const where = new Conditions()
      .when(query.onlyId, 'id = ?')
      .when(query.type, 'type = ?')
      .when(query.status, 'status = ?')
      .when(query.q && likePattern(query.q), `(name ILIKE ? ESCAPE '\\' OR short_name ILIKE ? ESCAPE '\\' OR code ILIKE ? ESCAPE '\\')`);
    const { items, total } = await selectPage(this.dataSource, { from: this.table(), where, orderBy: 'sort_order, name, id', limit: query.limit, offset: query.offset }, fromRow);
    return { items, total };
  }

  private table(): string {
    return this.dataSource.getMetadata(UnitEntity).tablePath;
  }
}

function fromRow(row: Record<string, unknown>): UnitEntity {
  return Object.assign(new UnitEntity(), {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    type: row.type,
    liaisons: row.liaisons,
    dutyPhones: row.duty_phones,
    address: row.address,
    sortOrder: row.sort_order,
    status: row.status,
    deactivationReason: row.deactivation_reason,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  });
}
