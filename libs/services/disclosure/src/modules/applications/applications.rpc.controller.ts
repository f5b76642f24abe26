import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateApplication, GetApplication, ListApplications, ApplicationSubjects, UpdateApplication, WithdrawApplication } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { ApplicationsService } from './applications.service.js';

@Controller()
export class ApplicationsRpcController {
  constructor(private readonly applications: ApplicationsService) {}

  @RpcPattern(ApplicationSubjects.create, CreateApplication.Request)
  create(@Payload() request: CreateApplication.Request, @Caller() caller: CallerContext): Promise<CreateApplication.Reply> {
    return this.applications.create(request, caller);
  }

  @RpcPattern(ApplicationSubjects.update, UpdateApplication.Request)
  update(@Payload() request: UpdateApplication.Request, @Caller() caller: CallerContext): Promise<UpdateApplication.Reply> {
    return this.applications.update(request, caller);
  }

  @RpcPattern(ApplicationSubjects.withdraw, WithdrawApplication.Request)
  withdraw(@Payload() request: WithdrawApplication.Request, @Caller() caller: CallerContext): Promise<WithdrawApplication.Reply> {
    return this.applications.withdraw(request, caller);
  }

  @RpcPattern(ApplicationSubjects.get, GetApplication.Request)
  get(@Payload() request: GetApplication.Request, @Caller() caller: CallerContext): Promise<GetApplication.Reply> {
    return this.applications.get(request.id, caller);
  }

  @RpcPattern(ApplicationSubjects.list, ListApplications.Request)
  list(@Payload() request: ListApplications.Request, @Caller() caller: CallerContext): Promise<ListApplications.Reply> {
    return this.applications.list(request, caller);
  }
}
