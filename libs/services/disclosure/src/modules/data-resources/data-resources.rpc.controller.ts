import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateDataResource,
  DataResourceCatalogue,
  GetDataResource,
  ListDataResources,
  ReviewDataResource,
  SubmitDataResource,
  UpdateDataResource,
  WithdrawDataResource,
  DataResourceSubjects,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { DataResourcesService } from './data-resources.service.js';

/** The request-reply handlers of 数据资源: one line each, the workflow is in the service. */
@Controller()
export class DataResourcesRpcController {
  constructor(private readonly dataResources: DataResourcesService) {}

  @RpcPattern(DataResourceSubjects.create, CreateDataResource.Request)
  create(@Payload() request: CreateDataResource.Request, @Caller() caller: CallerContext): Promise<CreateDataResource.Reply> {
    return this.dataResources.create(request, caller);
  }

  @RpcPattern(DataResourceSubjects.update, UpdateDataResource.Request)
  update(@Payload() request: UpdateDataResource.Request, @Caller() caller: CallerContext): Promise<UpdateDataResource.Reply> {
    return this.dataResources.update(request, caller);
  }

  @RpcPattern(DataResourceSubjects.submit, SubmitDataResource.Request)
  submit(@Payload() request: SubmitDataResource.Request, @Caller() caller: CallerContext): Promise<SubmitDataResource.Reply> {
    return this.dataResources.submit(request, caller);
  }

  @RpcPattern(DataResourceSubjects.review, ReviewDataResource.Request)
  review(@Payload() request: ReviewDataResource.Request, @Caller() caller: CallerContext): Promise<ReviewDataResource.Reply> {
    return this.dataResources.review(request, caller);
  }

  @RpcPattern(DataResourceSubjects.withdraw, WithdrawDataResource.Request)
  withdraw(@Payload() request: WithdrawDataResource.Request, @Caller() caller: CallerContext): Promise<WithdrawDataResource.Reply> {
    return this.dataResources.withdraw(request, caller);
  }

  @RpcPattern(DataResourceSubjects.get, GetDataResource.Request)
  get(@Payload() request: GetDataResource.Request, @Caller() caller: CallerContext): Promise<GetDataResource.Reply> {
    return this.dataResources.get(request.id, caller);
  }

  @RpcPattern(DataResourceSubjects.list, ListDataResources.Request)
  list(@Payload() request: ListDataResources.Request, @Caller() caller: CallerContext): Promise<ListDataResources.Reply> {
    return this.dataResources.list(request, caller);
  }

  @RpcPattern(DataResourceSubjects.catalogue, DataResourceCatalogue.Request)
  catalogue(@Payload() request: DataResourceCatalogue.Request, @Caller() caller: CallerContext): Promise<DataResourceCatalogue.Reply> {
    return this.dataResources.catalogue(request, caller);
  }
}
