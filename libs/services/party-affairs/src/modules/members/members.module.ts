import { Module } from '@nestjs/common';
import { APP_CONFIG, CalendarCopyModule, FieldCipher } from '@gov/platform';
import type { PartyAffairsEnv } from '../../env.js';
import { MembersRepository } from './members.repository.js';
import { MembersRpcController } from './members.rpc.controller.js';
import { MembersService } from './members.service.js';

/** 党员: registration, development, transfers, dues. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [MembersRpcController],
  providers: [{ provide: FieldCipher, useFactory: (config: PartyAffairsEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] }, MembersRepository, MembersService],
})
export class MembersModule {}
