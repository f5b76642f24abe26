import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan, SupervisionPlanSubjects } from '@gov/contracts-supervision';
import { RpcPattern, Caller } from '@gov/platform';
import { PlansService } from './plans.service.js';

@Controller()
export class PlansRpcController {
  constructor(private readonly plans: PlansService) {}

  @RpcPattern(SupervisionPlanSubjects.file, FileSupervisionPlan.Request)
  file(@Payload() request: FileSupervisionPlan.Request, @Caller() caller: CallerContext): Promise<FileSupervisionPlan.Reply> {
    return this.plans.file(request, caller);
  }

  @RpcPattern(SupervisionPlanSubjects.refile, RefileSupervisionPlan.Request)
  refile(@Payload() request: RefileSupervisionPlan.Request, @Caller() caller: CallerContext): Promise<RefileSupervisionPlan.Reply> {
    return this.plans.refile(request, caller);
  }

  @RpcPattern(SupervisionPlanSubjects.approve, DecideSupervisionPlan.Request)
  approve(@Payload() request: DecideSupervisionPlan.Request, @Caller() caller: CallerContext): Promise<DecideSupervisionPlan.Reply> {
    return this.plans.approve(request, caller);
  }

  @RpcPattern(SupervisionPlanSubjects.return, DecideSupervisionPlan.Request)
  returnPlan(@Payload() request: DecideSupervisionPlan.Request, @Caller() caller: CallerContext): Promise<DecideSupervisionPlan.Reply> {
    return this.plans.return(request, caller);
  }

  @RpcPattern(SupervisionPlanSubjects.get, GetSupervisionPlan.Request)
  get(@Payload() request: GetSupervisionPlan.Request, @Caller() caller: CallerContext): Promise<GetSupervisionPlan.Reply> {
    return this.plans.get(request.id, caller);
  }

  @RpcPattern(SupervisionPlanSubjects.list, ListSupervisionPlans.Request)
  list(@Payload() request: ListSupervisionPlans.Request, @Caller() caller: CallerContext): Promise<ListSupervisionPlans.Reply> {
    return this.plans.list(request, caller);
  }
}
