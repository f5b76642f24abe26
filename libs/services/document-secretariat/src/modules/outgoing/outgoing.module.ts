import { Module } from '@nestjs/common';
import { SealsModule } from '../seals/seals.module.js';
import { DocumentNumberRepository } from './document-number.repository.js';
import { OutgoingRepository } from './outgoing.repository.js';
import { OutgoingRpcController } from './outgoing.rpc.controller.js';
import { OutgoingService } from './outgoing.service.js';

/** 发文: drafts with body versions, 核稿, 会签, 签发, 编号, 印制, 用印, 核发 and corrections. */
@Module({
  imports: [SealsModule],
  providers: [DocumentNumberRepository, OutgoingRepository, OutgoingService, OutgoingRpcController],
  exports: [OutgoingService],
})
export class OutgoingModule {}
