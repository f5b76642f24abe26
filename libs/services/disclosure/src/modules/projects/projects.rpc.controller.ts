import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AcceptProject,
  CreateProject,
  EvaluateProject,
  GetProject,
  ListProjects,
  ProjectSubjects,
  ResubmitProject,
  ReviewProject,
  SuperviseProject,
  UpdateProject,
  WithdrawProject,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { ProjectsService } from './projects.service.js';

/** The request-reply handlers of 信息化项目: one line each, the workflow is in the service. */
@Controller()
export class ProjectsRpcController {
  constructor(private readonly projects: ProjectsService) {}

  @RpcPattern(ProjectSubjects.create, CreateProject.Request)
  create(@Payload() request: CreateProject.Request, @Caller() caller: CallerContext): Promise<CreateProject.Reply> {
    return this.projects.create(request, caller);
  }

  @RpcPattern(ProjectSubjects.update, UpdateProject.Request)
  update(@Payload() request: UpdateProject.Request, @Caller() caller: CallerContext): Promise<UpdateProject.Reply> {
    return this.projects.update(request, caller);
  }

  @RpcPattern(ProjectSubjects.resubmit, ResubmitProject.Request)
  resubmit(@Payload() request: ResubmitProject.Request, @Caller() caller: CallerContext): Promise<ResubmitProject.Reply> {
    return this.projects.resubmit(request, caller);
  }

  @RpcPattern(ProjectSubjects.review, ReviewProject.Request)
  review(@Payload() request: ReviewProject.Request, @Caller() caller: CallerContext): Promise<ReviewProject.Reply> {
    return this.projects.review(request, caller);
  }

  @RpcPattern(ProjectSubjects.supervise, SuperviseProject.Request)
  supervise(@Payload() request: SuperviseProject.Request, @Caller() caller: CallerContext): Promise<SuperviseProject.Reply> {
    return this.projects.supervise(request, caller);
  }

  @RpcPattern(ProjectSubjects.accept, AcceptProject.Request)
  accept(@Payload() request: AcceptProject.Request, @Caller() caller: CallerContext): Promise<AcceptProject.Reply> {
    return this.projects.accept(request, caller);
  }

  @RpcPattern(ProjectSubjects.evaluate, EvaluateProject.Request)
  evaluate(@Payload() request: EvaluateProject.Request, @Caller() caller: CallerContext): Promise<EvaluateProject.Reply> {
    return this.projects.evaluate(request, caller);
  }

  @RpcPattern(ProjectSubjects.withdraw, WithdrawProject.Request)
  withdraw(@Payload() request: WithdrawProject.Request, @Caller() caller: CallerContext): Promise<WithdrawProject.Reply> {
    return this.projects.withdraw(request, caller);
  }

  @RpcPattern(ProjectSubjects.get, GetProject.Request)
  get(@Payload() request: GetProject.Request, @Caller() caller: CallerContext): Promise<GetProject.Reply> {
    return this.projects.get(request.id, caller);
  }

  @RpcPattern(ProjectSubjects.list, ListProjects.Request)
  list(@Payload() request: ListProjects.Request, @Caller() caller: CallerContext): Promise<ListProjects.Reply> {
    return this.projects.list(request, caller);
  }
}
