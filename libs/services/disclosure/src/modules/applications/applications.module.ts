import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ApplicantIdentity } from './applicant-identity.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsRpcController } from './applications.rpc.controller.js';
import { ApplicationsService } from './applications.service.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { ApplicationSupervisionFeedbackController } from './supervision-feedback.events.controller.js';

/** 依申请公开申请, and the 督办 of the overdue ones sent to supervision. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [ApplicationsRpcController, ApplicationSupervisionFeedbackController],
  providers: [ApplicantIdentity, ApplicationsRepository, ApplicationsService, SupervisedItemsRepository],
  exports: [ApplicationsRepository],
})
export class ApplicationsModule {}
