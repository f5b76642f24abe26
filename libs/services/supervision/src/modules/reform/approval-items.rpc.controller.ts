import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { GetApprovalItem, ImplementApprovalItem, ListApprovalItems, ReformSubjects, RegisterApprovalItem, WithdrawApprovalItem } from '@gov/contracts-supervision';
import { Caller, RpcPattern } from '@gov/platform';
import { ApprovalItemsService } from './approval-items.service.js';

/** 行政审批制度改革事项 over request-reply. */
@Controller()
export class ApprovalItemsRpcController {
  constructor(private readonly items: ApprovalItemsService) {}

  @RpcPattern(ReformSubjects.registerApprovalItem, RegisterApprovalItem.Request)
  register(@Payload() request: RegisterApprovalItem.Request, @Caller() caller: CallerContext): Promise<RegisterApprovalItem.Reply> {
    return this.items.register(request, caller);
  }

  @RpcPattern(ReformSubjects.getApprovalItem, GetApprovalItem.Request)
  get(@Payload() request: GetApprovalItem.Request, @Caller() caller: CallerContext): Promise<GetApprovalItem.Reply> {
    return this.items.get(request.id, caller);
  }

  @RpcPattern(ReformSubjects.listApprovalItems, ListApprovalItems.Request)
  list(@Payload() request: ListApprovalItems.Request, @Caller() caller: CallerContext): Promise<ListApprovalItems.Reply> {
    return this.items.list(request, caller);
  }

  @RpcPattern(ReformSubjects.implementApprovalItem, ImplementApprovalItem.Request)
  implement(@Payload() request: ImplementApprovalItem.Request, @Caller() caller: CallerContext): Promise<ImplementApprovalItem.Reply> {
    return this.items.implement(request, caller);
  }

  @RpcPattern(ReformSubjects.withdrawApprovalItem, WithdrawApprovalItem.Request)
  withdraw(@Payload() request: WithdrawApprovalItem.Request, @Caller() caller: CallerContext): Promise<WithdrawApprovalItem.Reply> {
    return this.items.withdraw(request, caller);
  }
}
