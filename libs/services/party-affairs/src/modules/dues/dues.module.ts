import { Module } from '@nestjs/common';
import { DuesLedgerService } from './dues-ledger.service.js';
import { DuesRepository } from './dues.repository.js';
import { DuesRpcController } from './dues.rpc.controller.js';
import { DuesService } from './dues.service.js';

/** 党费减免, 党费收据 and the yearly statement (the payments themselves are recorded by the member module). */
@Module({ controllers: [DuesRpcController], providers: [DuesRepository, DuesService, DuesLedgerService], exports: [DuesRepository, DuesLedgerService] })
export class DuesModule {}
