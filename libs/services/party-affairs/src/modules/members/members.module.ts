import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DuesModule } from '../dues/dues.module.js';
import { MembersRepository } from './members.repository.js';
import { MembersRpcController } from './members.rpc.controller.js';
import { MembersService } from './members.service.js';

/** 党员: registration, development, transfers, dues. */
@Module({
  imports: [CalendarCopyModule, DuesModule],
  controllers: [MembersRpcController],
  providers: [MembersRepository, MembersService],
})
export class MembersModule {}
