import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AppointCadreSelection,
  CadreSelectionSubjects,
  CreateCadreSelection,
  DecideCadreSelection,
  GetCadreSelection,
  InspectCadreSelection,
  ListCadreSelections,
  PublicizeCadreSelection,
  RecommendCadreSelection,
  RecordCadreSelectionObjection,
  ResolveCadreSelectionObjection,
  WithdrawCadreSelection,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { CadreSelectionsService } from './cadre-selections.service.js';

/** 干部选拔任用: one handler per step, each calling the service. */
@Controller()
export class CadreSelectionsRpcController {
  constructor(private readonly selections: CadreSelectionsService) {}

  @RpcPattern(CadreSelectionSubjects.create, CreateCadreSelection.Request)
  create(@Payload() request: CreateCadreSelection.Request, @Caller() caller: CallerContext): Promise<CreateCadreSelection.Reply> {
    return this.selections.create(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.recommend, RecommendCadreSelection.Request)
  recommend(@Payload() request: RecommendCadreSelection.Request, @Caller() caller: CallerContext): Promise<RecommendCadreSelection.Reply> {
    return this.selections.recommend(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.inspect, InspectCadreSelection.Request)
  inspect(@Payload() request: InspectCadreSelection.Request, @Caller() caller: CallerContext): Promise<InspectCadreSelection.Reply> {
    return this.selections.inspect(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.decide, DecideCadreSelection.Request)
  decide(@Payload() request: DecideCadreSelection.Request, @Caller() caller: CallerContext): Promise<DecideCadreSelection.Reply> {
    return this.selections.decide(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.publicize, PublicizeCadreSelection.Request)
  publicize(@Payload() request: PublicizeCadreSelection.Request, @Caller() caller: CallerContext): Promise<PublicizeCadreSelection.Reply> {
    return this.selections.publicize(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.recordObjection, RecordCadreSelectionObjection.Request)
  recordObjection(@Payload() request: RecordCadreSelectionObjection.Request, @Caller() caller: CallerContext): Promise<RecordCadreSelectionObjection.Reply> {
    return this.selections.recordObjection(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.resolveObjection, ResolveCadreSelectionObjection.Request)
  resolveObjection(@Payload() request: ResolveCadreSelectionObjection.Request, @Caller() caller: CallerContext): Promise<ResolveCadreSelectionObjection.Reply> {
    return this.selections.resolveObjection(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.appoint, AppointCadreSelection.Request)
  appoint(@Payload() request: AppointCadreSelection.Request, @Caller() caller: CallerContext): Promise<AppointCadreSelection.Reply> {
    return this.selections.appoint(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.withdraw, WithdrawCadreSelection.Request)
  withdraw(@Payload() request: WithdrawCadreSelection.Request, @Caller() caller: CallerContext): Promise<WithdrawCadreSelection.Reply> {
    return this.selections.withdraw(request, caller);
  }

  @RpcPattern(CadreSelectionSubjects.get, GetCadreSelection.Request)
  get(@Payload() request: GetCadreSelection.Request, @Caller() caller: CallerContext): Promise<GetCadreSelection.Reply> {
    return this.selections.get(request.id, caller);
  }

  @RpcPattern(CadreSelectionSubjects.list, ListCadreSelections.Request)
  list(@Payload() request: ListCadreSelections.Request, @Caller() caller: CallerContext): Promise<ListCadreSelections.Reply> {
    return this.selections.list(request, caller);
  }
}
