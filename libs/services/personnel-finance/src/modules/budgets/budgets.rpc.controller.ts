import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdjustBudget,
  ApproveBudget,
  BudgetSubjects,
  CloseBudget,
  CreateBudget,
  ExportBudgetFinalAccounts,
  GetBudget,
  ListBudgetEntries,
  ListBudgets,
  RecordBudgetEntry,
  SetUnitBudget,
  TransferToUnit,
  UpdateBudget,
  VoidBudgetEntry,
  WithdrawBudget,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { BudgetsService } from './budgets.service.js';

@Controller()
export class BudgetsRpcController {
  constructor(private readonly budgets: BudgetsService) {}

  @RpcPattern(BudgetSubjects.create, CreateBudget.Request)
  create(@Payload() request: CreateBudget.Request, @Caller() caller: CallerContext): Promise<CreateBudget.Reply> {
    return this.budgets.create(request, caller);
  }

  @RpcPattern(BudgetSubjects.update, UpdateBudget.Request)
  update(@Payload() request: UpdateBudget.Request, @Caller() caller: CallerContext): Promise<UpdateBudget.Reply> {
    return this.budgets.update(request, caller);
  }

  @RpcPattern(BudgetSubjects.approve, ApproveBudget.Request)
  approve(@Payload() request: ApproveBudget.Request, @Caller() caller: CallerContext): Promise<ApproveBudget.Reply> {
    return this.budgets.approve(request, caller);
  }

  @RpcPattern(BudgetSubjects.adjust, AdjustBudget.Request)
  adjust(@Payload() request: AdjustBudget.Request, @Caller() caller: CallerContext): Promise<AdjustBudget.Reply> {
    return this.budgets.adjust(request, caller);
  }

  @RpcPattern(BudgetSubjects.recordEntry, RecordBudgetEntry.Request)
  recordEntry(@Payload() request: RecordBudgetEntry.Request, @Caller() caller: CallerContext): Promise<RecordBudgetEntry.Reply> {
    return this.budgets.recordEntry(request, caller);
  }

  @RpcPattern(BudgetSubjects.transfer, TransferToUnit.Request)
  transfer(@Payload() request: TransferToUnit.Request, @Caller() caller: CallerContext): Promise<TransferToUnit.Reply> {
    return this.budgets.transfer(request, caller);
  }

  @RpcPattern(BudgetSubjects.voidEntry, VoidBudgetEntry.Request)
  voidEntry(@Payload() request: VoidBudgetEntry.Request, @Caller() caller: CallerContext): Promise<VoidBudgetEntry.Reply> {
    return this.budgets.voidEntry(request, caller);
  }

  @RpcPattern(BudgetSubjects.setUnitBudget, SetUnitBudget.Request)
  setUnitBudget(@Payload() request: SetUnitBudget.Request, @Caller() caller: CallerContext): Promise<SetUnitBudget.Reply> {
    return this.budgets.setUnitBudget(request, caller);
  }

  @RpcPattern(BudgetSubjects.close, CloseBudget.Request)
  close(@Payload() request: CloseBudget.Request, @Caller() caller: CallerContext): Promise<CloseBudget.Reply> {
    return this.budgets.close(request, caller);
  }

  @RpcPattern(BudgetSubjects.withdraw, WithdrawBudget.Request)
  withdraw(@Payload() request: WithdrawBudget.Request, @Caller() caller: CallerContext): Promise<WithdrawBudget.Reply> {
    return this.budgets.withdraw(request, caller);
  }

  @RpcPattern(BudgetSubjects.get, GetBudget.Request)
  get(@Payload() request: GetBudget.Request, @Caller() caller: CallerContext): Promise<GetBudget.Reply> {
    return this.budgets.get(request.id, caller);
  }

  @RpcPattern(BudgetSubjects.list, ListBudgets.Request)
  list(@Payload() request: ListBudgets.Request, @Caller() caller: CallerContext): Promise<ListBudgets.Reply> {
    return this.budgets.list(request, caller);
  }

  @RpcPattern(BudgetSubjects.exportFinalAccounts, ExportBudgetFinalAccounts.Request)
  exportFinalAccounts(@Payload() request: ExportBudgetFinalAccounts.Request, @Caller() caller: CallerContext): Promise<ExportBudgetFinalAccounts.Reply> {
    return this.budgets.exportFinalAccounts(request, caller);
  }

  @RpcPattern(BudgetSubjects.entries, ListBudgetEntries.Request)
  entries(@Payload() request: ListBudgetEntries.Request, @Caller() caller: CallerContext): Promise<ListBudgetEntries.Reply> {
    return this.budgets.entries(request, caller);
  }
}
