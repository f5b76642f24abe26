import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ActivitiesModule } from '../activities/activities.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsRpcController } from './meetings.rpc.controller.js';
import { MeetingsService } from './meetings.service.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';

@Module({ imports: [ActivitiesModule, RoomsModule, CalendarCopyModule], controllers: [MeetingsRpcController], providers: [MeetingsRepository, MeetingsService, SupervisedItemsRepository], exports: [MeetingsService] })
export class MeetingsModule {}
