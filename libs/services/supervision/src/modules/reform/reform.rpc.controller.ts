import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
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
import { RpcHandler } from '@gov/platform';
import { ReformService } from './reform.service.js';

@Injectable()
export class ReformRpcController {
  constructor(private readonly reform: ReformService) {}

  @RpcHandler(ReformSubjects.createTask, CreateReformTask.Request)
  createTask(request: CreateReformTask.Request, caller: CallerContext): Promise<CreateReformTask.Reply> {
    return this.reform.createTask(request, caller);
  }

  @RpcHandler(ReformSubjects.closeTask, CloseReformTask.Request)
  closeTask(request: CloseReformTask.Request, caller: CallerContext): Promise<CloseReformTask.Reply> {
    return this.reform.closeTask(request, caller);
  }

  @RpcHandler(ReformSubjects.getTask, GetReformTask.Request)
  getTask(request: GetReformTask.Request, caller: CallerContext): Promise<GetReformTask.Reply> {
    return this.reform.getTask(request.id, caller);
  }

  @RpcHandler(ReformSubjects.listTasks, ListReformTasks.Request)
  listTasks(request: ListReformTasks.Request, caller: CallerContext): Promise<ListReformTasks.Reply> {
    return this.reform.listTasks(request, caller);
  }

  @RpcHandler(ReformSubjects.recordInspection, RecordReformInspection.Request)
  recordInspection(request: RecordReformInspection.Request, caller: CallerContext): Promise<RecordReformInspection.Reply> {
    return this.reform.recordInspection(request, caller);
  }

  @RpcHandler(ReformSubjects.getInspection, GetReformInspection.Request)
  getInspection(request: GetReformInspection.Request, caller: CallerContext): Promise<GetReformInspection.Reply> {
    return this.reform.getInspection(request.id, caller);
  }

  @RpcHandler(ReformSubjects.listProblems, ListReformProblems.Request)
  listProblems(request: ListReformProblems.Request, caller: CallerContext): Promise<ListReformProblems.Reply> {
    return this.reform.listProblems(request, caller);
  }

  @RpcHandler(ReformSubjects.getProblem, GetReformProblem.Request)
  getProblem(request: GetReformProblem.Request, caller: CallerContext): Promise<GetReformProblem.Reply> {
    return this.reform.getProblem(request.id, caller);
  }

  @RpcHandler(ReformSubjects.submitRectification, SubmitRectification.Request)
  submitRectification(request: SubmitRectification.Request, caller: CallerContext): Promise<SubmitRectification.Reply> {
    return this.reform.submitRectification(request, caller);
  }

  @RpcHandler(ReformSubjects.verifyRectification, VerifyRectification.Request)
  verifyRectification(request: VerifyRectification.Request, caller: CallerContext): Promise<VerifyRectification.Reply> {
    return this.reform.verifyRectification(request, caller);
  }

  @RpcHandler(ReformSubjects.recordEvaluation, RecordReformEvaluation.Request)
  recordEvaluation(request: RecordReformEvaluation.Request, caller: CallerContext): Promise<RecordReformEvaluation.Reply> {
    return this.reform.recordEvaluation(request, caller);
  }

  @RpcHandler(ReformSubjects.listEvaluations, ListReformEvaluations.Request)
  listEvaluations(request: ListReformEvaluations.Request, caller: CallerContext): Promise<ListReformEvaluations.Reply> {
    return this.reform.listEvaluations(request, caller);
  }
}
