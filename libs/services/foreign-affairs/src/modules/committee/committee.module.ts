import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { CommitteeReportsService } from './committee-reports.service.js';
import { CommitteeRepository } from './committee.repository.js';
import { CommitteeRpcController } from './committee.rpc.controller.js';
import { CommitteeService } from './committee.service.js';

/** 外事委办公室: the 外事委's meetings (decided items to supervision) and the office's reports. */
@Module({ imports: [CalendarCopyModule], controllers: [CommitteeRpcController], providers: [CommitteeRepository, CommitteeService, CommitteeReportsService] })
export class CommitteeModule {}
