import { Module } from '@nestjs/common';
import { LeadingGroupMeetingsRepository } from './leading-group-meetings.repository.js';
import { LeadingGroupMeetingsRpcController } from './leading-group-meetings.rpc.controller.js';
import { LeadingGroupMeetingsService } from './leading-group-meetings.service.js';

/** 党组会议. */
@Module({ controllers: [LeadingGroupMeetingsRpcController], providers: [LeadingGroupMeetingsRepository, LeadingGroupMeetingsService] })
export class LeadingGroupMeetingsModule {}
