import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdjustAssessment,
  AssessmentSubjects,
  CreateAssessmentPeriod,
  FinalizeAssessment,
  GetAssessmentFinalResult,
  GetAssessmentResults,
  ListAssessmentPeriods,
  type AssessmentAdjustmentView,
  type AssessmentFinalResultView,
  type AssessmentPeriodView,
} from '@gov/contracts-supervision';
import { RpcPattern, Caller } from '@gov/platform';
import { AssessmentService } from './assessment.service.js';

@Controller()
export class AssessmentRpcController {
  constructor(private readonly assessment: AssessmentService) {}

  @RpcPattern(AssessmentSubjects.createPeriod, CreateAssessmentPeriod.Request)
  createPeriod(@Payload() request: CreateAssessmentPeriod.Request, @Caller() caller: CallerContext): Promise<AssessmentPeriodView> {
    return this.assessment.createPeriod(request, caller);
  }

  @RpcPattern(AssessmentSubjects.listPeriods, ListAssessmentPeriods.Request)
  listPeriods(@Payload() request: ListAssessmentPeriods.Request, @Caller() caller: CallerContext): Promise<ListAssessmentPeriods.Reply> {
    return this.assessment.listPeriods(request, caller);
  }

  @RpcPattern(AssessmentSubjects.adjust, AdjustAssessment.Request)
  adjust(@Payload() request: AdjustAssessment.Request, @Caller() caller: CallerContext): Promise<AssessmentAdjustmentView> {
    return this.assessment.adjust(request, caller);
  }

  @RpcPattern(AssessmentSubjects.results, GetAssessmentResults.Request)
  results(@Payload() request: GetAssessmentResults.Request, @Caller() caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    return this.assessment.results(request, caller);
  }

  @RpcPattern(AssessmentSubjects.finalize, FinalizeAssessment.Request)
  finalize(@Payload() request: FinalizeAssessment.Request, @Caller() caller: CallerContext): Promise<AssessmentFinalResultView> {
    return this.assessment.finalize(request, caller);
  }

  @RpcPattern(AssessmentSubjects.finalResult, GetAssessmentFinalResult.Request)
  finalResult(@Payload() request: GetAssessmentFinalResult.Request, @Caller() caller: CallerContext): Promise<AssessmentFinalResultView> {
    return this.assessment.finalResult(request, caller);
  }
}
