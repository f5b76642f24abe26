import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateDraftingTask,
  CreateResearchTopic,
  DraftingSubjects,
  GetDraftingTask,
  GetResearchPlan,
  GetResearchTopic,
  ListDraftingTasks,
  ReviewDraftingTask,
  SaveDraftingBody,
  TransitionDraftingTask,
  UpdateDraftingTask,
  UpdateResearchTopic,
  type DraftingTaskView,
  type ResearchTopicView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { DraftingService } from './drafting.service.js';
import { ResearchPlanService } from './research-plan.service.js';

@Controller()
export class DraftingRpcController {
  constructor(
    private readonly drafting: DraftingService,
    private readonly research: ResearchPlanService,
  ) {}

  @RpcPattern(DraftingSubjects.create, CreateDraftingTask.Request)
  create(@Payload() request: CreateDraftingTask.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.create(request, caller);
  }

  @RpcPattern(DraftingSubjects.update, UpdateDraftingTask.Request)
  update(@Payload() request: UpdateDraftingTask.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.update(request, caller);
  }

  @RpcPattern(DraftingSubjects.get, GetDraftingTask.Request)
  get(@Payload() request: GetDraftingTask.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.get(request.id, caller);
  }

  @RpcPattern(DraftingSubjects.list, ListDraftingTasks.Request)
  list(@Payload() request: ListDraftingTasks.Request, @Caller() caller: CallerContext): Promise<ListDraftingTasks.Reply> {
    return this.drafting.list(request, caller);
  }

  @RpcPattern(DraftingSubjects.saveBody, SaveDraftingBody.Request)
  saveBody(@Payload() request: SaveDraftingBody.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.saveBody(request, caller);
  }

  @RpcPattern(DraftingSubjects.transition, TransitionDraftingTask.Request)
  transition(@Payload() request: TransitionDraftingTask.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.transition(request, caller);
  }

  @RpcPattern(DraftingSubjects.review, ReviewDraftingTask.Request)
  review(@Payload() request: ReviewDraftingTask.Request, @Caller() caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.review(request, caller);
  }

  @RpcPattern(DraftingSubjects.createTopic, CreateResearchTopic.Request)
  createTopic(@Payload() request: CreateResearchTopic.Request, @Caller() caller: CallerContext): Promise<ResearchTopicView> {
    return this.research.createTopic(request, caller);
  }

  @RpcPattern(DraftingSubjects.updateTopic, UpdateResearchTopic.Request)
  updateTopic(@Payload() request: UpdateResearchTopic.Request, @Caller() caller: CallerContext): Promise<ResearchTopicView> {
    return this.research.updateTopic(request, caller);
  }

  @RpcPattern(DraftingSubjects.getTopic, GetResearchTopic.Request)
  getTopic(@Payload() request: GetResearchTopic.Request, @Caller() caller: CallerContext): Promise<ResearchTopicView> {
    return this.research.getTopic(request.id, caller);
  }

  @RpcPattern(DraftingSubjects.plan, GetResearchPlan.Request)
  plan(@Payload() request: GetResearchPlan.Request, @Caller() caller: CallerContext): Promise<GetResearchPlan.Reply> {
    return this.research.plan(request, caller);
  }
}
