import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ConfirmWorkItem, CreateWorkItem, GetWorkItem, ListWorkItems, ReportWorkItem, ReturnWorkItem, UpdateWorkItem, WithdrawWorkItem, WorkItemSubjects } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { WorkItemsService } from './work-items.service.js';

/** The request-reply handlers of 领导小组工作事项: one line each, the workflow is in the service. */
@Controller()
export class WorkItemsRpcController {
  constructor(private readonly items: WorkItemsService) {}

  @RpcPattern(WorkItemSubjects.create, CreateWorkItem.Request)
  create(@Payload() request: CreateWorkItem.Request, @Caller() caller: CallerContext): Promise<CreateWorkItem.Reply> {
    return this.items.create(request, caller);
  }

  @RpcPattern(WorkItemSubjects.update, UpdateWorkItem.Request)
  update(@Payload() request: UpdateWorkItem.Request, @Caller() caller: CallerContext): Promise<UpdateWorkItem.Reply> {
    return this.items.update(request, caller);
  }

  @RpcPattern(WorkItemSubjects.report, ReportWorkItem.Request)
  report(@Payload() request: ReportWorkItem.Request, @Caller() caller: CallerContext): Promise<ReportWorkItem.Reply> {
    return this.items.report(request, caller);
  }

  @RpcPattern(WorkItemSubjects.confirm, ConfirmWorkItem.Request)
  confirm(@Payload() request: ConfirmWorkItem.Request, @Caller() caller: CallerContext): Promise<ConfirmWorkItem.Reply> {
    return this.items.confirm(request, caller);
  }

  @RpcPattern(WorkItemSubjects.return, ReturnWorkItem.Request)
  return(@Payload() request: ReturnWorkItem.Request, @Caller() caller: CallerContext): Promise<ReturnWorkItem.Reply> {
    return this.items.return(request, caller);
  }

  @RpcPattern(WorkItemSubjects.withdraw, WithdrawWorkItem.Request)
  withdraw(@Payload() request: WithdrawWorkItem.Request, @Caller() caller: CallerContext): Promise<WithdrawWorkItem.Reply> {
    return this.items.withdraw(request, caller);
  }

  @RpcPattern(WorkItemSubjects.get, GetWorkItem.Request)
  get(@Payload() request: GetWorkItem.Request, @Caller() caller: CallerContext): Promise<GetWorkItem.Reply> {
    return this.items.get(request.id, caller);
  }

  @RpcPattern(WorkItemSubjects.list, ListWorkItems.Request)
  list(@Payload() request: ListWorkItems.Request, @Caller() caller: CallerContext): Promise<ListWorkItems.Reply> {
    return this.items.list(request, caller);
  }
}
