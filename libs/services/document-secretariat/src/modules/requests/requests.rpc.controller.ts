import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  DecideUnitRequest,
  GetUnitRequest,
  ListUnitRequests,
  ProposeUnitRequest,
  ReplyUnitRequest,
  SubmitUnitRequest,
  UnitRequestSubjects,
  type UnitRequestView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { UnitRequestsService } from './requests.service.js';

@Controller()
export class UnitRequestsRpcController {
  constructor(private readonly requests: UnitRequestsService) {}

  @RpcPattern(UnitRequestSubjects.submit, SubmitUnitRequest.Request)
  submit(@Payload() request: SubmitUnitRequest.Request, @Caller() caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.submit(request, caller);
  }

  @RpcPattern(UnitRequestSubjects.get, GetUnitRequest.Request)
  get(@Payload() request: GetUnitRequest.Request, @Caller() caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.get(request.id, caller);
  }

  @RpcPattern(UnitRequestSubjects.list, ListUnitRequests.Request)
  list(@Payload() request: ListUnitRequests.Request, @Caller() caller: CallerContext): Promise<ListUnitRequests.Reply> {
    return this.requests.list(request, caller);
  }

  @RpcPattern(UnitRequestSubjects.propose, ProposeUnitRequest.Request)
  propose(@Payload() request: ProposeUnitRequest.Request, @Caller() caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.propose(request, caller);
  }

  @RpcPattern(UnitRequestSubjects.decide, DecideUnitRequest.Request)
  decide(@Payload() request: DecideUnitRequest.Request, @Caller() caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.decide(request, caller);
  }

  @RpcPattern(UnitRequestSubjects.reply, ReplyUnitRequest.Request)
  reply(@Payload() request: ReplyUnitRequest.Request, @Caller() caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.reply(request, caller);
  }
}
