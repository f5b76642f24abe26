import { Module } from '@nestjs/common';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsRpcController } from './invitations.rpc.controller.js';
import { InvitationsService } from './invitations.service.js';

/** 外国人来华邀请. */
@Module({
  controllers: [InvitationsRpcController],
  providers: [InvitationsRepository, InvitationsService],
})
export class InvitationsModule {}
