import { Module } from '@nestjs/common';
import { DutyModule } from '../duty/duty.module.js';
import { OpinionRpcController } from './opinion.rpc.controller.js';
import { OpinionService } from './opinion.service.js';

/** 政务舆情: collect, assign to the responsible unit, track and review the response; statistics per unit. */
@Module({ imports: [DutyModule], providers: [OpinionService, OpinionRpcController] })
export class OpinionModule {}
