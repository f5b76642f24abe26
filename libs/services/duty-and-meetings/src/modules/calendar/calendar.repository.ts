import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarYearEntity } from './calendar-year.entity.js';

@Injectable()
export class CalendarRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  findAll(): Promise<CalendarYearEntity[]> {
    return this.dataSource.manager.find(CalendarYearEntity, { order: { year: 'ASC' } });
  }

  findYear(year: number, manager: EntityManager = this.dataSource.manager): Promise<CalendarYearEntity | null> {
    return manager.findOne(CalendarYearEntity, { where: { year }, lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
  }

  async save(entity: CalendarYearEntity, manager: EntityManager): Promise<void> {
    await manager.save(CalendarYearEntity, entity);
  }
}
