import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { SupervisedItemsRepository as SharedSupervisedItems } from '@gov/read-model-supervised-items';
import type { DataSource } from 'typeorm';

/** The read model of the 督办事项 opened from the 外事委会议's decided items; units' names from this service's copy of the unit directory. */
@Injectable()
export class SupervisedItemsRepository extends SharedSupervisedItems {
  constructor(@Inject(DATA_SOURCE) dataSource: DataSource, @Inject(SCHEMA) schema: string) {
    super(dataSource, schema, 'unit_directory');
  }
}
