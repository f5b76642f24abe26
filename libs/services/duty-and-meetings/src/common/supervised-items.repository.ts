import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { SupervisedItemsRepository as SharedSupervisedItems } from '@gov/read-model-supervised-items';
import type { DataSource } from 'typeorm';

/** The read model of the 督办事项 opened from this service's 会议议定事项 and 值班批示; units' names from its own `unit` table. */
@Injectable()
export class SupervisedItemsRepository extends SharedSupervisedItems {
  constructor(@Inject(DATA_SOURCE) dataSource: DataSource, @Inject(SCHEMA) schema: string) {
    super(dataSource, schema, 'unit');
  }
}
