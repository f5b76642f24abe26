import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { CommitteeReportsService } from './committee-reports.service.js';
import { CommitteeRepository } from './committee.repository.js';
import { CommitteeRpcController } from './committee.rpc.controller.js';
import { CommitteeService } from './committee.service.js';
import { SupervisedItemsRepository } from './supervised-items.repository.js';
import { SupervisionFeedbackEventsController } from './supervision-feedback.events.controller.js';

/** 外事委办公室: the 外事委's meetings (decided items to supervision, their 督办 results back) and the office's reports. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [CommitteeRpcController, SupervisionFeedbackEventsController],
  providers: [CommitteeRepository, CommitteeService, CommitteeReportsService, SupervisedItemsRepository],
})
export class CommitteeModule {}
