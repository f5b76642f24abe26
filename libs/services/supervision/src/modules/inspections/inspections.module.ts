import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ItemsModule } from '../items/items.module.js';
import { HigherInspectionsService } from './higher-inspections.service.js';
import { InspectionsRepository } from './inspections.repository.js';
import { InspectionsRpcController } from './inspections.rpc.controller.js';
import { InspectionsService } from './inspections.service.js';

/** 督查: 督查方案, 督查组 and 督查结论, and the replies upward on 国务院/省/市 督查事项. */
@Module({ imports: [CalendarCopyModule, ItemsModule], controllers: [InspectionsRpcController], providers: [InspectionsRepository, InspectionsService, HigherInspectionsService] })
export class InspectionsModule {}
