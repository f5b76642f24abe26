import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ApplicantIdentity } from './applicant-identity.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsRpcController } from './applications.rpc.controller.js';
import { ApplicationsService } from './applications.service.js';

/** 依申请公开申请. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [ApplicationsRpcController],
  providers: [ApplicantIdentity, ApplicationsRepository, ApplicationsService],
  exports: [ApplicationsRepository],
})
export class ApplicationsModule {}
