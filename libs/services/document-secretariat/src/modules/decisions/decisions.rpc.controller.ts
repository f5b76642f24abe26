import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
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
import { RpcPattern, Caller } from '@gov/platform';
import { DecisionCatalogueService } from './decision-catalogue.service.js';
import { DecisionsService } from './decisions.service.js';

@Controller()
export class DecisionsRpcController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly catalogues: DecisionCatalogueService,
  ) {}

  @RpcPattern(DecisionSubjects.create, CreateDecision.Request)
  create(@Payload() request: CreateDecision.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.create(request, caller);
  }

  @RpcPattern(DecisionSubjects.adjust, AdjustDecision.Request)
  adjust(@Payload() request: AdjustDecision.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.adjust(request, caller);
  }

  @RpcPattern(DecisionSubjects.withdraw, WithdrawDecision.Request)
  withdraw(@Payload() request: WithdrawDecision.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.withdraw(request, caller);
  }

  @RpcPattern(DecisionSubjects.get, GetDecision.Request)
  get(@Payload() request: GetDecision.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.get(request.id, caller);
  }

  @RpcPattern(DecisionSubjects.list, ListDecisions.Request)
  list(@Payload() request: ListDecisions.Request, @Caller() caller: CallerContext): Promise<ListDecisions.Reply> {
    return this.decisions.list(request, caller);
  }

  @RpcPattern(DecisionSubjects.startStage, StartDecisionStage.Request)
  startStage(@Payload() request: StartDecisionStage.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.startStage(request, caller);
  }

  @RpcPattern(DecisionSubjects.finishStage, FinishDecisionStage.Request)
  finishStage(@Payload() request: FinishDecisionStage.Request, @Caller() caller: CallerContext): Promise<DecisionView> {
    return this.decisions.finishStage(request, caller);
  }

  @RpcPattern(DecisionSubjects.catalogue, GetCatalogue.Request)
  catalogue(@Payload() request: GetCatalogue.Request, @Caller() caller: CallerContext): Promise<CatalogueView> {
    return this.catalogues.catalogue(request, caller);
  }

  @RpcPattern(DecisionSubjects.publishCatalogue, PublishCatalogue.Request)
  publishCatalogue(@Payload() request: PublishCatalogue.Request, @Caller() caller: CallerContext): Promise<CatalogueView> {
    return this.catalogues.publishCatalogue(request, caller);
  }
}
