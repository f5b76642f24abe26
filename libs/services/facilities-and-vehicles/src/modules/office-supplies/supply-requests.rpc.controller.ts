import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ApproveSupplyRequest, CreateSupplyRequest, GetSupplyRequest, ListSupplyRequests, RejectSupplyRequest, SupplyRequestSubjects, WithdrawSupplyRequest } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { SupplyRequestsService } from './supply-requests.service.js';

@Controller()
export class SupplyRequestsRpcController {
  constructor(private readonly requests: SupplyRequestsService) {}

  @RpcPattern(SupplyRequestSubjects.create, CreateSupplyRequest.Request)
  create(@Payload() request: CreateSupplyRequest.Request, @Caller() caller: CallerContext): Promise<CreateSupplyRequest.Reply> {
    return this.requests.create(request, caller);
  }

  @RpcPattern(SupplyRequestSubjects.approve, ApproveSupplyRequest.Request)
  approve(@Payload() request: ApproveSupplyRequest.Request, @Caller() caller: CallerContext): Promise<ApproveSupplyRequest.Reply> {
    return this.requests.approve(request, caller);
  }

  @RpcPattern(SupplyRequestSubjects.reject, RejectSupplyRequest.Request)
  reject(@Payload() request: RejectSupplyRequest.Request, @Caller() caller: CallerContext): Promise<RejectSupplyRequest.Reply> {
    return this.requests.reject(request, caller);
  }

  @RpcPattern(SupplyRequestSubjects.withdraw, WithdrawSupplyRequest.Request)
  withdraw(@Payload() request: WithdrawSupplyRequest.Request, @Caller() caller: CallerContext): Promise<WithdrawSupplyRequest.Reply> {
    return this.requests.withdraw(request, caller);
  }

  @RpcPattern(SupplyRequestSubjects.get, GetSupplyRequest.Request)
  get(@Payload() request: GetSupplyRequest.Request, @Caller() caller: CallerContext): Promise<GetSupplyRequest.Reply> {
    return this.requests.get(request.id, caller);
  }

  @RpcPattern(SupplyRequestSubjects.list, ListSupplyRequests.Request)
  list(@Payload() request: ListSupplyRequests.Request, @Caller() caller: CallerContext): Promise<ListSupplyRequests.Reply> {
    return this.requests.list(request, caller);
  }
}
