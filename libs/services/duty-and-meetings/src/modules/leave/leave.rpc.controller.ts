import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { DecideLeave, GetLeave, LeaveSubjects, ListLeave, RecordLeaveReturn, RequestLeave, WhoIsAway, WithdrawLeave } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { LeaveService } from './leave.service.js';

@Injectable()
export class LeaveRpcController {
  constructor(private readonly leave: LeaveService) {}

  @RpcHandler(LeaveSubjects.request, RequestLeave.Request)
  request(request: RequestLeave.Request, caller: CallerContext): Promise<RequestLeave.Reply> {
    return this.leave.request(request, caller);
  }

  @RpcHandler(LeaveSubjects.decide, DecideLeave.Request)
  decide(request: DecideLeave.Request, caller: CallerContext): Promise<DecideLeave.Reply> {
    return this.leave.decide(request, caller);
  }

  @RpcHandler(LeaveSubjects.recordReturn, RecordLeaveReturn.Request)
  recordReturn(request: RecordLeaveReturn.Request, caller: CallerContext): Promise<RecordLeaveReturn.Reply> {
    return this.leave.recordReturn(request, caller);
  }

  @RpcHandler(LeaveSubjects.withdraw, WithdrawLeave.Request)
  withdraw(request: WithdrawLeave.Request, caller: CallerContext): Promise<WithdrawLeave.Reply> {
    return this.leave.withdraw(request, caller);
  }

  @RpcHandler(LeaveSubjects.get, GetLeave.Request)
  get(request: GetLeave.Request, caller: CallerContext): Promise<GetLeave.Reply> {
    return this.leave.get(request.id, caller);
  }

  @RpcHandler(LeaveSubjects.list, ListLeave.Request)
  list(request: ListLeave.Request, caller: CallerContext): Promise<ListLeave.Reply> {
    return this.leave.list(request, caller);
  }

  @RpcHandler(LeaveSubjects.whoIsAway, WhoIsAway.Request)
  whoIsAway(request: WhoIsAway.Request, caller: CallerContext): Promise<WhoIsAway.Reply> {
    return this.leave.whoIsAway(request, caller);
  }
}
