import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateInstitutionAssessment,
  GetInstitutionAssessment,
  InstitutionAssessmentSubjects,
  ListInstitutionAssessments,
  ReviewInstitutionAssessment,
  SelfScoreInstitutionAssessment,
  StepInstitutionAssessment,
  UpdateInstitutionAssessment,
  WithdrawInstitutionAssessment,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { InstitutionAssessmentsService } from './institution-assessments.service.js';

@Controller()
export class InstitutionAssessmentsRpcController {
  constructor(private readonly institutionAssessments: InstitutionAssessmentsService) {}

  @RpcPattern(InstitutionAssessmentSubjects.create, CreateInstitutionAssessment.Request)
  create(@Payload() request: CreateInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<CreateInstitutionAssessment.Reply> {
    return this.institutionAssessments.create(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.update, UpdateInstitutionAssessment.Request)
  update(@Payload() request: UpdateInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<UpdateInstitutionAssessment.Reply> {
    return this.institutionAssessments.update(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.selfScore, SelfScoreInstitutionAssessment.Request)
  selfScore(@Payload() request: SelfScoreInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<SelfScoreInstitutionAssessment.Reply> {
    return this.institutionAssessments.selfScore(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.startReview, StepInstitutionAssessment.Request)
  startReview(@Payload() request: StepInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<StepInstitutionAssessment.Reply> {
    return this.institutionAssessments.startReview(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.review, ReviewInstitutionAssessment.Request)
  review(@Payload() request: ReviewInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<ReviewInstitutionAssessment.Reply> {
    return this.institutionAssessments.review(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.finalize, StepInstitutionAssessment.Request)
  finalize(@Payload() request: StepInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<StepInstitutionAssessment.Reply> {
    return this.institutionAssessments.finalize(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.withdraw, WithdrawInstitutionAssessment.Request)
  withdraw(@Payload() request: WithdrawInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<WithdrawInstitutionAssessment.Reply> {
    return this.institutionAssessments.withdraw(request, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.get, GetInstitutionAssessment.Request)
  get(@Payload() request: GetInstitutionAssessment.Request, @Caller() caller: CallerContext): Promise<GetInstitutionAssessment.Reply> {
    return this.institutionAssessments.get(request.id, caller);
  }

  @RpcPattern(InstitutionAssessmentSubjects.list, ListInstitutionAssessments.Request)
  list(@Payload() request: ListInstitutionAssessments.Request, @Caller() caller: CallerContext): Promise<ListInstitutionAssessments.Reply> {
    return this.institutionAssessments.list(request, caller);
  }
}
