import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DraftingOverdueSweeper } from './drafting-overdue.sweeper.js';
import { DraftingRepository } from './drafting.repository.js';
import { DraftingRpcController } from './drafting.rpc.controller.js';
import { DraftingService } from './drafting.service.js';
import { ResearchPlanService } from './research-plan.service.js';

/** 文稿起草 and the yearly 调研计划 (秘书一科, 秘书二科). */
@Module({
  imports: [CalendarCopyModule],
  controllers: [DraftingRpcController],
  providers: [DraftingRepository, DraftingService, ResearchPlanService, DraftingOverdueSweeper],
  exports: [DraftingService, DraftingOverdueSweeper],
})
export class DraftingModule {}
