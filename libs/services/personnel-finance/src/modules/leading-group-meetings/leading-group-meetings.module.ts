import { Module } from '@nestjs/common';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { LeadingGroupMeetingsRepository } from './leading-group-meetings.repository.js';
import { LeadingGroupMeetingsRpcController } from './leading-group-meetings.rpc.controller.js';
import { LeadingGroupMeetingsService } from './leading-group-meetings.service.js';
import { SupervisionFeedbackEventsController } from './supervision-feedback.events.controller.js';

/** 党组会议, and the 督办 results of their decided items (supervision's `item.changed`). */
@Module({
  controllers: [LeadingGroupMeetingsRpcController, SupervisionFeedbackEventsController],
  providers: [LeadingGroupMeetingsRepository, LeadingGroupMeetingsService, SupervisedItemsRepository],
})
export class LeadingGroupMeetingsModule {}
