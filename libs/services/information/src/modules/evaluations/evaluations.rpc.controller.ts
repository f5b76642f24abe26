import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AdjustEvaluation, CreateEvaluation, EvaluationSubjects, ExportEvaluation, FinalizeEvaluation, GetEvaluation, ListEvaluations, WithdrawEvaluationAdjustment } from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { EvaluationsService } from './evaluations.service.js';

@Controller()
export class EvaluationsRpcController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @RpcPattern(EvaluationSubjects.create, CreateEvaluation.Request)
  create(@Payload() request: CreateEvaluation.Request, @Caller() caller: CallerContext): Promise<CreateEvaluation.Reply> {
    return this.evaluations.create(request, caller);
  }

  @RpcPattern(EvaluationSubjects.adjust, AdjustEvaluation.Request)
  adjust(@Payload() request: AdjustEvaluation.Request, @Caller() caller: CallerContext): Promise<AdjustEvaluation.Reply> {
    return this.evaluations.adjust(request, caller);
  }

  @RpcPattern(EvaluationSubjects.withdrawAdjustment, WithdrawEvaluationAdjustment.Request)
  withdrawAdjustment(@Payload() request: WithdrawEvaluationAdjustment.Request, @Caller() caller: CallerContext): Promise<WithdrawEvaluationAdjustment.Reply> {
    return this.evaluations.withdrawAdjustment(request, caller);
  }

  @RpcPattern(EvaluationSubjects.finalize, FinalizeEvaluation.Request)
  finalize(@Payload() request: FinalizeEvaluation.Request, @Caller() caller: CallerContext): Promise<FinalizeEvaluation.Reply> {
    return this.evaluations.finalize(request, caller);
  }

  @RpcPattern(EvaluationSubjects.get, GetEvaluation.Request)
  get(@Payload() request: GetEvaluation.Request, @Caller() caller: CallerContext): Promise<GetEvaluation.Reply> {
    return this.evaluations.get(request.id, caller);
  }

  @RpcPattern(EvaluationSubjects.list, ListEvaluations.Request)
  list(@Payload() request: ListEvaluations.Request, @Caller() caller: CallerContext): Promise<ListEvaluations.Reply> {
    return this.evaluations.list(request, caller);
  }

  @RpcPattern(EvaluationSubjects.xlsx, ExportEvaluation.Request)
  xlsx(@Payload() request: ExportEvaluation.Request, @Caller() caller: CallerContext): Promise<ExportEvaluation.Reply> {
    return this.evaluations.xlsx(request, caller);
  }
}
