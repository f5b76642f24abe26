import { Module } from '@nestjs/common';
import { PairingsRepository } from './pairings.repository.js';
import { PairingsRpcController } from './pairings.rpc.controller.js';
import { PairingsService } from './pairings.service.js';

/** 结对帮扶. */
@Module({ controllers: [PairingsRpcController], providers: [PairingsRepository, PairingsService] })
export class PairingsModule {}
