import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdjustDecision,
  CreateDecision,
  DecisionSubjects,
  FinishDecisionStage,
  GetCatalogue,
  GetDecision,
  ListDecisions,
  PublishCatalogue,
  StartDecisionStage,
  WithdrawDecision,
  type CatalogueView,
  type DecisionView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { DecisionsService } from './decisions.service.js';

@Injectable()
export class DecisionsRpcController {
  constructor(private readonly decisions: DecisionsService) {}

  @RpcHandler(DecisionSubjects.create, CreateDecision.Request)
  create(request: CreateDecision.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.create(request, caller);
  }

  @RpcHandler(DecisionSubjects.adjust, AdjustDecision.Request)
  adjust(request: AdjustDecision.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.adjust(request, caller);
  }

  @RpcHandler(DecisionSubjects.withdraw, WithdrawDecision.Request)
  withdraw(request: WithdrawDecision.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.withdraw(request, caller);
  }

  @RpcHandler(DecisionSubjects.get, GetDecision.Request)
  get(request: GetDecision.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.get(request.id, caller);
  }

  @RpcHandler(DecisionSubjects.list, ListDecisions.Request)
  list(request: ListDecisions.Request, caller: CallerContext): Promise<ListDecisions.Reply> {
    return this.decisions.list(request, caller);
  }

  @RpcHandler(DecisionSubjects.startStage, StartDecisionStage.Request)
  startStage(request: StartDecisionStage.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.startStage(request, caller);
  }

  @RpcHandler(DecisionSubjects.finishStage, FinishDecisionStage.Request)
  finishStage(request: FinishDecisionStage.Request, caller: CallerContext): Promise<DecisionView> {
    return this.decisions.finishStage(request, caller);
  }

  @RpcHandler(DecisionSubjects.catalogue, GetCatalogue.Request)
  catalogue(request: GetCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    return this.decisions.catalogue(request, caller);
  }

  @RpcHandler(DecisionSubjects.publishCatalogue, PublishCatalogue.Request)
  publishCatalogue(request: PublishCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    return this.decisions.publishCatalogue(request, caller);
  }
}
