import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { DraftingService } from './drafting.service.js';

@Injectable()
export class DraftingRpcController {
  constructor(private readonly drafting: DraftingService) {}

  @RpcHandler(DraftingSubjects.create, CreateDraftingTask.Request)
  create(request: CreateDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.create(request, caller);
  }

  @RpcHandler(DraftingSubjects.update, UpdateDraftingTask.Request)
  update(request: UpdateDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.update(request, caller);
  }

  @RpcHandler(DraftingSubjects.get, GetDraftingTask.Request)
  get(request: GetDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.get(request.id, caller);
  }

  @RpcHandler(DraftingSubjects.list, ListDraftingTasks.Request)
  list(request: ListDraftingTasks.Request, caller: CallerContext): Promise<ListDraftingTasks.Reply> {
    return this.drafting.list(request, caller);
  }

  @RpcHandler(DraftingSubjects.saveBody, SaveDraftingBody.Request)
  saveBody(request: SaveDraftingBody.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.saveBody(request, caller);
  }

  @RpcHandler(DraftingSubjects.transition, TransitionDraftingTask.Request)
  transition(request: TransitionDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.transition(request, caller);
  }

  @RpcHandler(DraftingSubjects.review, ReviewDraftingTask.Request)
  review(request: ReviewDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.drafting.review(request, caller);
  }

  @RpcHandler(DraftingSubjects.createTopic, CreateResearchTopic.Request)
  createTopic(request: CreateResearchTopic.Request, caller: CallerContext): Promise<ResearchTopicView> {
    return this.drafting.createTopic(request, caller);
  }

  @RpcHandler(DraftingSubjects.updateTopic, UpdateResearchTopic.Request)
  updateTopic(request: UpdateResearchTopic.Request, caller: CallerContext): Promise<ResearchTopicView> {
    return this.drafting.updateTopic(request, caller);
  }

  @RpcHandler(DraftingSubjects.getTopic, GetResearchTopic.Request)
  getTopic(request: GetResearchTopic.Request, caller: CallerContext): Promise<ResearchTopicView> {
    return this.drafting.getTopic(request.id, caller);
  }

  @RpcHandler(DraftingSubjects.plan, GetResearchPlan.Request)
  plan(request: GetResearchPlan.Request, caller: CallerContext): Promise<GetResearchPlan.Reply> {
    return this.drafting.plan(request, caller);
  }
}
