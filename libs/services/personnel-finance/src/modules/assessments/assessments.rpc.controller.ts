import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ApproveAssessmentQuota, AssessmentSubjects, CreateAssessment, FinalizeAssessment, GetAssessment, GradeAssessment, ListAssessments, WithdrawAssessment } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { AssessmentsService } from './assessments.service.js';

@Controller()
export class AssessmentsRpcController {
  constructor(private readonly assessments: AssessmentsService) {}

  @RpcPattern(AssessmentSubjects.create, CreateAssessment.Request)
  create(@Payload() request: CreateAssessment.Request, @Caller() caller: CallerContext): Promise<CreateAssessment.Reply> {
    return this.assessments.create(request, caller);
  }

  @RpcPattern(AssessmentSubjects.grade, GradeAssessment.Request)
  grade(@Payload() request: GradeAssessment.Request, @Caller() caller: CallerContext): Promise<GradeAssessment.Reply> {
    return this.assessments.grade(request, caller);
  }

  @RpcPattern(AssessmentSubjects.approveQuota, ApproveAssessmentQuota.Request)
  approveQuota(@Payload() request: ApproveAssessmentQuota.Request, @Caller() caller: CallerContext): Promise<ApproveAssessmentQuota.Reply> {
    return this.assessments.approveQuota(request, caller);
  }

  @RpcPattern(AssessmentSubjects.finalize, FinalizeAssessment.Request)
  finalize(@Payload() request: FinalizeAssessment.Request, @Caller() caller: CallerContext): Promise<FinalizeAssessment.Reply> {
    return this.assessments.finalize(request, caller);
  }

  @RpcPattern(AssessmentSubjects.withdraw, WithdrawAssessment.Request)
  withdraw(@Payload() request: WithdrawAssessment.Request, @Caller() caller: CallerContext): Promise<WithdrawAssessment.Reply> {
    return this.assessments.withdraw(request, caller);
  }

  @RpcPattern(AssessmentSubjects.get, GetAssessment.Request)
  get(@Payload() request: GetAssessment.Request, @Caller() caller: CallerContext): Promise<GetAssessment.Reply> {
    return this.assessments.get(request.id, caller);
  }

  @RpcPattern(AssessmentSubjects.list, ListAssessments.Request)
  list(@Payload() request: ListAssessments.Request, @Caller() caller: CallerContext): Promise<ListAssessments.Reply> {
    return this.assessments.list(request, caller);
  }
}
