import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AssistanceRequestsRepository } from './assistance-requests.repository.js';
import { AssistanceRequestsRpcController } from './assistance-requests.rpc.controller.js';
import { AssistanceRequestsService } from './assistance-requests.service.js';

/** 协助调查件: other bodies' requests to assist an investigation concerning 政府信息公开, and the office's replies. */
@Module({ imports: [CalendarCopyModule, ApplicationsModule], controllers: [AssistanceRequestsRpcController], providers: [AssistanceRequestsRepository, AssistanceRequestsService] })
export class AssistanceRequestsModule {}
