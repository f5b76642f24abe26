import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApplySeal,
  CreateSeal,
  DecideSealRequest,
  GetSeal,
  GetSealRequest,
  ListSealRequests,
  ListSeals,
  ListSealUses,
  RequestSealUse,
  RetireSeal,
  SealSubjects,
  type SealRequestView,
  type SealView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { SealsService } from './seals.service.js';

@Injectable()
export class SealsRpcController {
  constructor(private readonly seals: SealsService) {}

  @RpcHandler(SealSubjects.create, CreateSeal.Request)
  create(request: CreateSeal.Request, caller: CallerContext): Promise<SealView> {
    return this.seals.create(request, caller);
  }

  @RpcHandler(SealSubjects.retire, RetireSeal.Request)
  retire(request: RetireSeal.Request, caller: CallerContext): Promise<SealView> {
    return this.seals.retire(request, caller);
  }

  @RpcHandler(SealSubjects.get, GetSeal.Request)
  get(request: GetSeal.Request): Promise<SealView> {
    return this.seals.get(request.id);
  }

  @RpcHandler(SealSubjects.list, ListSeals.Request)
  list(request: ListSeals.Request): Promise<ListSeals.Reply> {
    return this.seals.list(request);
  }

  @RpcHandler(SealSubjects.request, RequestSealUse.Request)
  requestUse(request: RequestSealUse.Request, caller: CallerContext): Promise<SealRequestView> {
    return this.seals.requestUse(request, caller);
  }

  @RpcHandler(SealSubjects.decide, DecideSealRequest.Request)
  decide(request: DecideSealRequest.Request, caller: CallerContext): Promise<SealRequestView> {
    return this.seals.decide(request, caller);
  }

  @RpcHandler(SealSubjects.apply, ApplySeal.Request)
  apply(request: ApplySeal.Request, caller: CallerContext): Promise<SealRequestView> {
    return this.seals.apply(request, caller);
  }

  @RpcHandler(SealSubjects.getRequest, GetSealRequest.Request)
  getRequest(request: GetSealRequest.Request, caller: CallerContext): Promise<SealRequestView> {
    return this.seals.getRequest(request.id, caller);
  }

  @RpcHandler(SealSubjects.listRequests, ListSealRequests.Request)
  listRequests(request: ListSealRequests.Request, caller: CallerContext): Promise<ListSealRequests.Reply> {
    return this.seals.listRequests(request, caller);
  }

  @RpcHandler(SealSubjects.listUses, ListSealUses.Request)
  listUses(request: ListSealUses.Request, caller: CallerContext): Promise<ListSealUses.Reply> {
    return this.seals.listUses(request, caller);
  }
}
