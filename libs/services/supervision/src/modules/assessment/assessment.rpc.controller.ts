import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { AssessmentService } from './assessment.service.js';

@Injectable()
export class AssessmentRpcController {
  constructor(private readonly assessment: AssessmentService) {}

  @RpcHandler(AssessmentSubjects.createPeriod, CreateAssessmentPeriod.Request)
  createPeriod(request: CreateAssessmentPeriod.Request, caller: CallerContext): Promise<AssessmentPeriodView> {
    return this.assessment.createPeriod(request, caller);
  }

  @RpcHandler(AssessmentSubjects.listPeriods, ListAssessmentPeriods.Request)
  listPeriods(request: ListAssessmentPeriods.Request, caller: CallerContext): Promise<ListAssessmentPeriods.Reply> {
    return this.assessment.listPeriods(request, caller);
  }

  @RpcHandler(AssessmentSubjects.adjust, AdjustAssessment.Request)
  adjust(request: AdjustAssessment.Request, caller: CallerContext): Promise<AssessmentAdjustmentView> {
    return this.assessment.adjust(request, caller);
  }

  @RpcHandler(AssessmentSubjects.results, GetAssessmentResults.Request)
  results(request: GetAssessmentResults.Request, caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    return this.assessment.results(request, caller);
  }

  @RpcHandler(AssessmentSubjects.finalize, FinalizeAssessment.Request)
  finalize(request: FinalizeAssessment.Request, caller: CallerContext): Promise<AssessmentFinalResultView> {
    return this.assessment.finalize(request, caller);
  }

  @RpcHandler(AssessmentSubjects.finalResult, GetAssessmentFinalResult.Request)
  finalResult(request: GetAssessmentFinalResult.Request, caller: CallerContext): Promise<AssessmentFinalResultView> {
    return this.assessment.finalResult(request, caller);
  }
}
