import { Module } from '@nestjs/common';
import { DutyModule } from '../duty/duty.module.js';
import { OpinionRpcController } from './opinion.rpc.controller.js';
import { OpinionRepository } from './opinion.repository.js';
import { OpinionService } from './opinion.service.js';

/** 政务舆情: collect, assign to the responsible unit, track and review the response; statistics per unit. */
@Module({ imports: [DutyModule], controllers: [OpinionRpcController], providers: [OpinionService, OpinionRepository] })
export class OpinionModule {}
