import { Module } from '@nestjs/common';
import { SealsRepository } from './seals.repository.js';
import { SealsRpcController } from './seals.rpc.controller.js';
import { SealsService } from './seals.service.js';

/** 印鉴: the seal registry, use requests with approval, and the use log. */
@Module({
  controllers: [SealsRpcController],
  providers: [SealsRepository, SealsService],
  exports: [SealsService],
})
export class SealsModule {}
