import { Module } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { ForeignAffairsEnv } from '../../env.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsRpcController } from './invitations.rpc.controller.js';
import { InvitationsService } from './invitations.service.js';

/** 外国人来华邀请. */
@Module({
  controllers: [InvitationsRpcController],
  providers: [{ provide: FieldCipher, useFactory: (config: ForeignAffairsEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] }, InvitationsRepository, InvitationsService],
})
export class InvitationsModule {}
