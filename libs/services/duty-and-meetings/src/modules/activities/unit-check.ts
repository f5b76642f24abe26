import { Injectable } from '@nestjs/common';
import type { ErrorSpec } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { ScheduleRepository } from './schedule.repository.js';

/**
 * Every unit id stored by meetings, activities and leave must be an active unit of the directory (the one
 * source of units for the platform): checked here against the directory's own table, in the caller's tx.
 */
@Injectable()
export class UnitCheck {
  constructor(private readonly schedule: ScheduleRepository) {}

  /** Returns the names of the units by id; throws `error` naming the ids that are unknown or inactive. */
  async activeUnits(ids: readonly string[], manager: EntityManager, error: ErrorSpec): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.schedule.activeUnits(unique, manager);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    const missing = unique.filter((id) => !names.has(id));
    if (missing.length) throw new DomainError(error, `以下单位不在单位名录中或已停用：${missing.join('、')}`);
    return names;
  }
}
