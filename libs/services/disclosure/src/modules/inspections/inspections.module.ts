import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { InspectionsRepository } from './inspections.repository.js';
import { InspectionsRpcController } from './inspections.rpc.controller.js';
import { InspectionsService } from './inspections.service.js';

/** 公开巡查. */
@Module({ imports: [CalendarCopyModule], controllers: [InspectionsRpcController], providers: [InspectionsRepository, InspectionsService] })
export class InspectionsModule {}
