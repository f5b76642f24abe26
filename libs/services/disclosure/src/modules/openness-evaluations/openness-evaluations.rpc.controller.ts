import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddEvaluationEvidence,
  CreateOpennessEvaluation,
  GetOpennessEvaluation,
  ListOpennessEvaluations,
  RecordEvaluationResult,
  SelfAssessEvaluation,
  SubmitOpennessEvaluation,
  UpdateOpennessEvaluation,
  VoidEvaluationEvidence,
  WithdrawOpennessEvaluation,
  OpennessEvaluationSubjects,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { OpennessEvaluationsService } from './openness-evaluations.service.js';

/** The request-reply handlers of 政务公开考评: one line each, the workflow is in the service. */
@Controller()
export class OpennessEvaluationsRpcController {
  constructor(private readonly evaluations: OpennessEvaluationsService) {}

  @RpcPattern(OpennessEvaluationSubjects.create, CreateOpennessEvaluation.Request)
  create(@Payload() request: CreateOpennessEvaluation.Request, @Caller() caller: CallerContext): Promise<CreateOpennessEvaluation.Reply> {
    return this.evaluations.create(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.update, UpdateOpennessEvaluation.Request)
  update(@Payload() request: UpdateOpennessEvaluation.Request, @Caller() caller: CallerContext): Promise<UpdateOpennessEvaluation.Reply> {
    return this.evaluations.update(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.addEvidence, AddEvaluationEvidence.Request)
  addEvidence(@Payload() request: AddEvaluationEvidence.Request, @Caller() caller: CallerContext): Promise<AddEvaluationEvidence.Reply> {
    return this.evaluations.addEvidence(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.voidEvidence, VoidEvaluationEvidence.Request)
  voidEvidence(@Payload() request: VoidEvaluationEvidence.Request, @Caller() caller: CallerContext): Promise<VoidEvaluationEvidence.Reply> {
    return this.evaluations.voidEvidence(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.selfAssess, SelfAssessEvaluation.Request)
  selfAssess(@Payload() request: SelfAssessEvaluation.Request, @Caller() caller: CallerContext): Promise<SelfAssessEvaluation.Reply> {
    return this.evaluations.selfAssess(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.submit, SubmitOpennessEvaluation.Request)
  submit(@Payload() request: SubmitOpennessEvaluation.Request, @Caller() caller: CallerContext): Promise<SubmitOpennessEvaluation.Reply> {
    return this.evaluations.submit(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.recordResult, RecordEvaluationResult.Request)
  recordResult(@Payload() request: RecordEvaluationResult.Request, @Caller() caller: CallerContext): Promise<RecordEvaluationResult.Reply> {
    return this.evaluations.recordResult(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.withdraw, WithdrawOpennessEvaluation.Request)
  withdraw(@Payload() request: WithdrawOpennessEvaluation.Request, @Caller() caller: CallerContext): Promise<WithdrawOpennessEvaluation.Reply> {
    return this.evaluations.withdraw(request, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.get, GetOpennessEvaluation.Request)
  get(@Payload() request: GetOpennessEvaluation.Request, @Caller() caller: CallerContext): Promise<GetOpennessEvaluation.Reply> {
    return this.evaluations.get(request.id, caller);
  }

  @RpcPattern(OpennessEvaluationSubjects.list, ListOpennessEvaluations.Request)
  list(@Payload() request: ListOpennessEvaluations.Request, @Caller() caller: CallerContext): Promise<ListOpennessEvaluations.Reply> {
    return this.evaluations.list(request, caller);
  }
}
