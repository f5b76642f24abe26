import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { DataResourcesRepository } from './data-resources.repository.js';
import { DataResourcesRpcController } from './data-resources.rpc.controller.js';
import { DataResourcesService } from './data-resources.service.js';

/** 政务数据资源目录. */
@Module({ imports: [UnitDirectoryModule], controllers: [DataResourcesRpcController], providers: [DataResourcesRepository, DataResourcesService] })
export class DataResourcesModule {}
