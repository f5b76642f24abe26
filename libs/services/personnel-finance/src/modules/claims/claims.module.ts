import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets/budgets.module.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsRpcController } from './claims.rpc.controller.js';
import { ClaimsService } from './claims.service.js';

/** 报销单. */
@Module({ imports: [BudgetsModule], controllers: [ClaimsRpcController], providers: [ClaimsRepository, ClaimsService] })
export class ClaimsModule {}
