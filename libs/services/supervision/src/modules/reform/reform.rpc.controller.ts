import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ComputeReformAssessment,
  ReportReformProgress,
  CloseReformTask,
  CreateReformTask,
  GetReformInspection,
  GetReformProblem,
  GetReformTask,
  ListReformEvaluations,
  ListReformProblems,
  ListReformTasks,
  RecordReformEvaluation,
  RecordReformInspection,
  ReformSubjects,
  SubmitRectification,
  VerifyRectification,
} from '@gov/contracts-supervision';
import { RpcPattern, Caller } from '@gov/platform';
import { ReformService } from './reform.service.js';

@Controller()
export class ReformRpcController {
  constructor(private readonly reform: ReformService) {}

  @RpcPattern(ReformSubjects.createTask, CreateReformTask.Request)
  createTask(@Payload() request: CreateReformTask.Request, @Caller() caller: CallerContext): Promise<CreateReformTask.Reply> {
    return this.reform.createTask(request, caller);
  }

  @RpcPattern(ReformSubjects.closeTask, CloseReformTask.Request)
  closeTask(@Payload() request: CloseReformTask.Request, @Caller() caller: CallerContext): Promise<CloseReformTask.Reply> {
    return this.reform.closeTask(request, caller);
  }

  @RpcPattern(ReformSubjects.getTask, GetReformTask.Request)
  getTask(@Payload() request: GetReformTask.Request, @Caller() caller: CallerContext): Promise<GetReformTask.Reply> {
    return this.reform.getTask(request.id, caller);
  }

  @RpcPattern(ReformSubjects.listTasks, ListReformTasks.Request)
  listTasks(@Payload() request: ListReformTasks.Request, @Caller() caller: CallerContext): Promise<ListReformTasks.Reply> {
    return this.reform.listTasks(request, caller);
  }

  @RpcPattern(ReformSubjects.recordInspection, RecordReformInspection.Request)
  recordInspection(@Payload() request: RecordReformInspection.Request, @Caller() caller: CallerContext): Promise<RecordReformInspection.Reply> {
    return this.reform.recordInspection(request, caller);
  }

  @RpcPattern(ReformSubjects.getInspection, GetReformInspection.Request)
  getInspection(@Payload() request: GetReformInspection.Request, @Caller() caller: CallerContext): Promise<GetReformInspection.Reply> {
    return this.reform.getInspection(request.id, caller);
  }

  @RpcPattern(ReformSubjects.listProblems, ListReformProblems.Request)
  listProblems(@Payload() request: ListReformProblems.Request, @Caller() caller: CallerContext): Promise<ListReformProblems.Reply> {
    return this.reform.listProblems(request, caller);
  }

  @RpcPattern(ReformSubjects.getProblem, GetReformProblem.Request)
  getProblem(@Payload() request: GetReformProblem.Request, @Caller() caller: CallerContext): Promise<GetReformProblem.Reply> {
    return this.reform.getProblem(request.id, caller);
  }

  @RpcPattern(ReformSubjects.submitRectification, SubmitRectification.Request)
  submitRectification(@Payload() request: SubmitRectification.Request, @Caller() caller: CallerContext): Promise<SubmitRectification.Reply> {
    return this.reform.submitRectification(request, caller);
  }

  @RpcPattern(ReformSubjects.verifyRectification, VerifyRectification.Request)
  verifyRectification(@Payload() request: VerifyRectification.Request, @Caller() caller: CallerContext): Promise<VerifyRectification.Reply> {
    return this.reform.verifyRectification(request, caller);
  }

  @RpcPattern(ReformSubjects.recordEvaluation, RecordReformEvaluation.Request)
  recordEvaluation(@Payload() request: RecordReformEvaluation.Request, @Caller() caller: CallerContext): Promise<RecordReformEvaluation.Reply> {
    return this.reform.recordEvaluation(request, caller);
  }

  @RpcPattern(ReformSubjects.listEvaluations, ListReformEvaluations.Request)
  listEvaluations(@Payload() request: ListReformEvaluations.Request, @Caller() caller: CallerContext): Promise<ListReformEvaluations.Reply> {
    return this.reform.listEvaluations(request, caller);
  }

  @RpcPattern(ReformSubjects.reportProgress, ReportReformProgress.Request)
  reportProgress(@Payload() request: ReportReformProgress.Request, @Caller() caller: CallerContext): Promise<ReportReformProgress.Reply> {
    return this.reform.reportProgress(request, caller);
  }

  @RpcPattern(ReformSubjects.assessment, ComputeReformAssessment.Request)
  assessment(@Payload() request: ComputeReformAssessment.Request, @Caller() caller: CallerContext): Promise<ComputeReformAssessment.Reply> {
    return this.reform.assessment(request, caller);
  }
}
