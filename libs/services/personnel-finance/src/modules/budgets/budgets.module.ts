import { Module } from '@nestjs/common';
import { BudgetsRepository } from './budgets.repository.js';
import { BudgetsRpcController } from './budgets.rpc.controller.js';
import { BudgetsService } from './budgets.service.js';

/** 预算. */
@Module({ controllers: [BudgetsRpcController], providers: [BudgetsRepository, BudgetsService], exports: [BudgetsService] })
export class BudgetsModule {}
