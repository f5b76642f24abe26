import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DecisionCatalogueService } from './decision-catalogue.service.js';
import { DecisionsRepository } from './decisions.repository.js';
import { DecisionsRpcController } from './decisions.rpc.controller.js';
import { DecisionsService } from './decisions.service.js';

/** 重大行政决策: the yearly catalogue and the statutory stages of each decision (文秘科, 政策法规科). */
@Module({
  imports: [CalendarCopyModule],
  controllers: [DecisionsRpcController],
  providers: [DecisionsRepository, DecisionCatalogueService, DecisionsService],
  exports: [DecisionsService],
})
export class DecisionsModule {}
