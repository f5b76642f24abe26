import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { CluesService } from './clues.service.js';
import { IntegrityRepository } from './integrity.repository.js';
import { IntegrityRpcController } from './integrity.rpc.controller.js';
import { IntegrityService } from './integrity.service.js';
import { TalksService } from './talks.service.js';

/** 纪检监察 / 党风廉政: 责任清单, 谈话提醒, 问题线索. */
@Module({ imports: [CalendarCopyModule], controllers: [IntegrityRpcController], providers: [IntegrityRepository, IntegrityService, TalksService, CluesService] })
export class IntegrityModule {}
