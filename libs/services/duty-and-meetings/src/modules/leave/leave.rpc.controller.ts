import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { DecideLeave, GetLeave, LeaveSubjects, ListLeave, RecordLeaveReturn, RequestLeave, WhoIsAway, WithdrawLeave } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { LeaveService } from './leave.service.js';

@Controller()
export class LeaveRpcController {
  constructor(private readonly leave: LeaveService) {}

  @RpcPattern(LeaveSubjects.request, RequestLeave.Request)
  request(@Payload() request: RequestLeave.Request, @Caller() caller: CallerContext): Promise<RequestLeave.Reply> {
    return this.leave.request(request, caller);
  }

  @RpcPattern(LeaveSubjects.decide, DecideLeave.Request)
  decide(@Payload() request: DecideLeave.Request, @Caller() caller: CallerContext): Promise<DecideLeave.Reply> {
    return this.leave.decide(request, caller);
  }

  @RpcPattern(LeaveSubjects.recordReturn, RecordLeaveReturn.Request)
  recordReturn(@Payload() request: RecordLeaveReturn.Request, @Caller() caller: CallerContext): Promise<RecordLeaveReturn.Reply> {
    return this.leave.recordReturn(request, caller);
  }

  @RpcPattern(LeaveSubjects.withdraw, WithdrawLeave.Request)
  withdraw(@Payload() request: WithdrawLeave.Request, @Caller() caller: CallerContext): Promise<WithdrawLeave.Reply> {
    return this.leave.withdraw(request, caller);
  }

  @RpcPattern(LeaveSubjects.get, GetLeave.Request)
  get(@Payload() request: GetLeave.Request, @Caller() caller: CallerContext): Promise<GetLeave.Reply> {
    return this.leave.get(request.id, caller);
  }

  @RpcPattern(LeaveSubjects.list, ListLeave.Request)
  list(@Payload() request: ListLeave.Request, @Caller() caller: CallerContext): Promise<ListLeave.Reply> {
    return this.leave.list(request, caller);
  }

  @RpcPattern(LeaveSubjects.whoIsAway, WhoIsAway.Request)
  whoIsAway(@Payload() request: WhoIsAway.Request, @Caller() caller: CallerContext): Promise<WhoIsAway.Reply> {
    return this.leave.whoIsAway(request, caller);
  }
}
