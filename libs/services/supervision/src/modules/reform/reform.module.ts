import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ReformRepository } from './reform.repository.js';
import { ReformRpcController } from './reform.rpc.controller.js';
import { ReformService } from './reform.service.js';

/** 放管服/“一次办好”改革台账. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [ReformRpcController],
  providers: [ReformRepository, ReformService],
})
export class ReformModule {}
