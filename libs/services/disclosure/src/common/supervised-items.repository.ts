import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { SupervisedItemsRepository as SharedSupervisedItems } from '@gov/read-model-supervised-items';
import type { DataSource } from 'typeorm';

/**
 * The read model of the 督办事项 opened from this service's overdue 依申请公开申请 (转督办). The service keeps no copy of
 * the unit directory: the units come as ids, which the console names.
 */
@Injectable()
export class SupervisedItemsRepository extends SharedSupervisedItems {
  constructor(@Inject(DATA_SOURCE) dataSource: DataSource, @Inject(SCHEMA) schema: string) {
    super(dataSource, schema, null);
  }
}
