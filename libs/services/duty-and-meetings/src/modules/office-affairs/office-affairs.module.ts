import { Module } from '@nestjs/common';
import { OfficeAffairsRepository } from './office-affairs.repository.js';
import { OfficeAffairsRpcController } from './office-affairs.rpc.controller.js';
import { OfficeMeetingsService } from './office-meetings.service.js';
import { OfficeRecordsService } from './office-records.service.js';

/** 综合科's own office affairs: 室务会 (decided items to supervision), 工作计划, 规章制度, 宣传报道. */
@Module({ controllers: [OfficeAffairsRpcController], providers: [OfficeAffairsRepository, OfficeMeetingsService, OfficeRecordsService] })
export class OfficeAffairsModule {}
