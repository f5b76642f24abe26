import { Inject, Injectable } from '@nestjs/common';
import type { ErrorSpec } from '@gov/contracts-common';
import { DomainError, SCHEMA } from '@gov/platform';
import type { EntityManager } from 'typeorm';

/**
 * Every unit id stored by meetings, activities and leave must be an active unit of the directory (the one
 * source of units for the platform): checked here against the directory's own table, in the caller's tx.
 */
@Injectable()
export class UnitCheck {
  constructor(@Inject(SCHEMA) private readonly schema: string) {}

  /** Returns the names of the units by id; throws `error` naming the ids that are unknown or inactive. */
  async activeUnits(ids: readonly string[], manager: EntityManager, error: ErrorSpec): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM "${this.schema}".unit WHERE id = ANY($1::uuid[]) AND status = 'active'`, [unique]);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    const missing = unique.filter((id) => !names.has(id));
    if (missing.length) throw new DomainError(error, `以下单位不在单位名录中或已停用：${missing.join('、')}`);
    return names;
  }
}
