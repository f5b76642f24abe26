import { Module } from '@nestjs/common';
import { OutgoingRepository } from '../outgoing/outgoing.repository.js';
import { OutgoingWorkflow } from '../outgoing/outgoing-workflow.js';
import { OutgoingOriginsRepository } from './information-notices.repository.js';
import { InformationNoticesService } from './information-notices.service.js';
import { MonthlyNoticeEventsController } from './monthly-notice.events.controller.js';

/** 信息科's signed 月度通报, registered as 发文 to be numbered and issued by 文秘科 (consumer of information's events). */
@Module({ controllers: [MonthlyNoticeEventsController], providers: [OutgoingRepository, OutgoingWorkflow, OutgoingOriginsRepository, InformationNoticesService] })
export class InformationNoticesModule {}
