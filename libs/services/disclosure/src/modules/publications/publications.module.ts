import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { PublicationsEventsController } from './publications.events.controller.js';
import { PublicationsRepository } from './publications.repository.js';
import { PublicationsRpcController } from './publications.rpc.controller.js';
import { PublicationsService } from './publications.service.js';

/** 主动公开信息 and the 公开目录. */
@Module({ imports: [CalendarCopyModule], controllers: [PublicationsRpcController, PublicationsEventsController], providers: [PublicationsRepository, PublicationsService] })
export class PublicationsModule {}
