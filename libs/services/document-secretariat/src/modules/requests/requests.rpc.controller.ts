import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { UnitRequestsService } from './requests.service.js';

@Injectable()
export class UnitRequestsRpcController {
  constructor(private readonly requests: UnitRequestsService) {}

  @RpcHandler(UnitRequestSubjects.submit, SubmitUnitRequest.Request)
  submit(request: SubmitUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.submit(request, caller);
  }

  @RpcHandler(UnitRequestSubjects.get, GetUnitRequest.Request)
  get(request: GetUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.get(request.id, caller);
  }

  @RpcHandler(UnitRequestSubjects.list, ListUnitRequests.Request)
  list(request: ListUnitRequests.Request, caller: CallerContext): Promise<ListUnitRequests.Reply> {
    return this.requests.list(request, caller);
  }

  @RpcHandler(UnitRequestSubjects.propose, ProposeUnitRequest.Request)
  propose(request: ProposeUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.propose(request, caller);
  }

  @RpcHandler(UnitRequestSubjects.decide, DecideUnitRequest.Request)
  decide(request: DecideUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.decide(request, caller);
  }

  @RpcHandler(UnitRequestSubjects.reply, ReplyUnitRequest.Request)
  reply(request: ReplyUnitRequest.Request, caller: CallerContext): Promise<UnitRequestView> {
    return this.requests.reply(request, caller);
  }
}
