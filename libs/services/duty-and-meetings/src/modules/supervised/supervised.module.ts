import { Module } from '@nestjs/common';
import { DutyModule } from '../duty/duty.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { SupervisionFeedbackEventsController } from './supervision-feedback.events.controller.js';

/** The consumer of supervision's item changes for the records that became 督办事项 here. */
@Module({ imports: [DutyModule, MeetingsModule], controllers: [SupervisionFeedbackEventsController] })
export class SupervisedModule {}
