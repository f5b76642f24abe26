import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ApprovalItemsRepository } from './approval-items.repository.js';
import { ApprovalItemsRpcController } from './approval-items.rpc.controller.js';
import { ApprovalItemsService } from './approval-items.service.js';
import { ReformRepository } from './reform.repository.js';
import { ReformRpcController } from './reform.rpc.controller.js';
import { ReformService } from './reform.service.js';

/** 放管服/“一次办好”改革台账, with the 行政审批 reform items (取消/下放/承接/调整). */
@Module({
  imports: [CalendarCopyModule],
  controllers: [ReformRpcController, ApprovalItemsRpcController],
  providers: [ReformRepository, ReformService, ApprovalItemsRepository, ApprovalItemsService],
})
export class ReformModule {}
