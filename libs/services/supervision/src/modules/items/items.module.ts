import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { ItemLights } from './item-lights.js';
import { ItemsRepository } from './items.repository.js';
import { ItemsRpcController } from './items.rpc.controller.js';
import { RoutingDeadlinesEventsController } from './routing-deadlines.events.controller.js';
import { ItemScheduleService } from './item-schedule.service.js';
import { ItemsService } from './items.service.js';
import { SettingsService } from './settings.service.js';

/** 督办事项 and the office's settings; exports what warnings, sources and assessment build on. */
@Module({
  imports: [CalendarCopyModule, UnitDirectoryModule],
  controllers: [ItemsRpcController, RoutingDeadlinesEventsController],
  providers: [ItemsRepository, ItemLights, ItemsService, ItemScheduleService, SettingsService],
  exports: [ItemsRepository, ItemLights, ItemsService, ItemScheduleService],
})
export class ItemsModule {}
