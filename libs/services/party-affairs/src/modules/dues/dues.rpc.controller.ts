import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveDuesReduction,
  CreateDuesReduction,
  DecideDuesReduction,
  DuesLedgerSubjects,
  DuesReceiptsXlsx,
  DuesReductionSubjects,
  DuesStatement,
  DuesStatementXlsx,
  GetDuesReduction,
  ListDues,
  ListDuesReceipts,
  RefuseDuesReduction,
  WithdrawDuesReduction,
} from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { DuesLedgerService } from './dues-ledger.service.js';
import { DuesService } from './dues.service.js';

@Controller()
export class DuesRpcController {
  constructor(
    private readonly dues: DuesService,
    private readonly ledger: DuesLedgerService,
  ) {}

  @RpcPattern(DuesReductionSubjects.create, CreateDuesReduction.Request)
  create(@Payload() request: CreateDuesReduction.Request, @Caller() caller: CallerContext): Promise<CreateDuesReduction.Reply> {
    return this.dues.create(request, caller);
  }

  @RpcPattern(DuesReductionSubjects.decide, DecideDuesReduction.Request)
  decide(@Payload() request: DecideDuesReduction.Request, @Caller() caller: CallerContext): Promise<DecideDuesReduction.Reply> {
    return this.dues.decide(request, caller);
  }

  @RpcPattern(DuesReductionSubjects.approve, ApproveDuesReduction.Request)
  approve(@Payload() request: ApproveDuesReduction.Request, @Caller() caller: CallerContext): Promise<ApproveDuesReduction.Reply> {
    return this.dues.approve(request, caller);
  }

  @RpcPattern(DuesReductionSubjects.refuse, RefuseDuesReduction.Request)
  refuse(@Payload() request: RefuseDuesReduction.Request, @Caller() caller: CallerContext): Promise<RefuseDuesReduction.Reply> {
    return this.dues.refuse(request, caller);
  }

  @RpcPattern(DuesReductionSubjects.withdraw, WithdrawDuesReduction.Request)
  withdraw(@Payload() request: WithdrawDuesReduction.Request, @Caller() caller: CallerContext): Promise<WithdrawDuesReduction.Reply> {
    return this.dues.withdraw(request, caller);
  }

  @RpcPattern(DuesReductionSubjects.get, GetDuesReduction.Request)
  get(@Payload() request: GetDuesReduction.Request, @Caller() caller: CallerContext): Promise<GetDuesReduction.Reply> {
    return this.dues.get(request.id, caller);
  }

  @RpcPattern(DuesReductionSubjects.list, ListDues.Request)
  list(@Payload() request: ListDues.Request, @Caller() caller: CallerContext): Promise<ListDues.Reply> {
    return this.dues.list(request, caller);
  }

  @RpcPattern(DuesLedgerSubjects.receipts, ListDuesReceipts.Request)
  receipts(@Payload() request: ListDuesReceipts.Request, @Caller() caller: CallerContext): Promise<ListDuesReceipts.Reply> {
    return this.ledger.receipts(request, caller);
  }

  @RpcPattern(DuesLedgerSubjects.receiptsXlsx, DuesReceiptsXlsx.Request)
  receiptsXlsx(@Payload() request: DuesReceiptsXlsx.Request, @Caller() caller: CallerContext): Promise<DuesReceiptsXlsx.Reply> {
    return this.ledger.receiptsXlsx(request, caller);
  }

  @RpcPattern(DuesLedgerSubjects.statement, DuesStatement.Request)
  statement(@Payload() request: DuesStatement.Request, @Caller() caller: CallerContext): Promise<DuesStatement.Reply> {
    return this.ledger.statement(request, caller);
  }

  @RpcPattern(DuesLedgerSubjects.statementXlsx, DuesStatementXlsx.Request)
  statementXlsx(@Payload() request: DuesStatementXlsx.Request, @Caller() caller: CallerContext): Promise<DuesStatementXlsx.Reply> {
    return this.ledger.statementXlsx(request, caller);
  }
}
