import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
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
import { RpcPattern, Caller } from '@gov/platform';
import { SealsService } from './seals.service.js';

@Controller()
export class SealsRpcController {
  constructor(private readonly seals: SealsService) {}

  @RpcPattern(SealSubjects.create, CreateSeal.Request)
  create(@Payload() request: CreateSeal.Request, @Caller() caller: CallerContext): Promise<SealView> {
    return this.seals.create(request, caller);
  }

  @RpcPattern(SealSubjects.retire, RetireSeal.Request)
  retire(@Payload() request: RetireSeal.Request, @Caller() caller: CallerContext): Promise<SealView> {
    return this.seals.retire(request, caller);
  }

  @RpcPattern(SealSubjects.get, GetSeal.Request)
  get(@Payload() request: GetSeal.Request): Promise<SealView> {
    return this.seals.get(request.id);
  }

  @RpcPattern(SealSubjects.list, ListSeals.Request)
  list(@Payload() request: ListSeals.Request): Promise<ListSeals.Reply> {
    return this.seals.list(request);
  }

  @RpcPattern(SealSubjects.request, RequestSealUse.Request)
  requestUse(@Payload() request: RequestSealUse.Request, @Caller() caller: CallerContext): Promise<SealRequestView> {
    return this.seals.requestUse(request, caller);
  }

  @RpcPattern(SealSubjects.decide, DecideSealRequest.Request)
  decide(@Payload() request: DecideSealRequest.Request, @Caller() caller: CallerContext): Promise<SealRequestView> {
    return this.seals.decide(request, caller);
  }

  @RpcPattern(SealSubjects.apply, ApplySeal.Request)
  apply(@Payload() request: ApplySeal.Request, @Caller() caller: CallerContext): Promise<SealRequestView> {
    return this.seals.apply(request, caller);
  }

  @RpcPattern(SealSubjects.getRequest, GetSealRequest.Request)
  getRequest(@Payload() request: GetSealRequest.Request, @Caller() caller: CallerContext): Promise<SealRequestView> {
    return this.seals.getRequest(request.id, caller);
  }

  @RpcPattern(SealSubjects.listRequests, ListSealRequests.Request)
  listRequests(@Payload() request: ListSealRequests.Request, @Caller() caller: CallerContext): Promise<ListSealRequests.Reply> {
    return this.seals.listRequests(request, caller);
  }

  @RpcPattern(SealSubjects.listUses, ListSealUses.Request)
  listUses(@Payload() request: ListSealUses.Request, @Caller() caller: CallerContext): Promise<ListSealUses.Reply> {
    return this.seals.listUses(request, caller);
  }
}
