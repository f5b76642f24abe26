import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan, SupervisionPlanSubjects } from '@gov/contracts-supervision';
import { RpcHandler } from '@gov/platform';
import { PlansService } from './plans.service.js';

@Injectable()
export class PlansRpcController {
  constructor(private readonly plans: PlansService) {}

  @RpcHandler(SupervisionPlanSubjects.file, FileSupervisionPlan.Request)
  file(request: FileSupervisionPlan.Request, caller: CallerContext): Promise<FileSupervisionPlan.Reply> {
    return this.plans.file(request, caller);
  }

  @RpcHandler(SupervisionPlanSubjects.refile, RefileSupervisionPlan.Request)
  refile(request: RefileSupervisionPlan.Request, caller: CallerContext): Promise<RefileSupervisionPlan.Reply> {
    return this.plans.refile(request, caller);
  }

  @RpcHandler(SupervisionPlanSubjects.approve, DecideSupervisionPlan.Request)
  approve(request: DecideSupervisionPlan.Request, caller: CallerContext): Promise<DecideSupervisionPlan.Reply> {
    return this.plans.approve(request, caller);
  }

  @RpcHandler(SupervisionPlanSubjects.return, DecideSupervisionPlan.Request)
  returnPlan(request: DecideSupervisionPlan.Request, caller: CallerContext): Promise<DecideSupervisionPlan.Reply> {
    return this.plans.return(request, caller);
  }

  @RpcHandler(SupervisionPlanSubjects.get, GetSupervisionPlan.Request)
  get(request: GetSupervisionPlan.Request, caller: CallerContext): Promise<GetSupervisionPlan.Reply> {
    return this.plans.get(request.id, caller);
  }

  @RpcHandler(SupervisionPlanSubjects.list, ListSupervisionPlans.Request)
  list(request: ListSupervisionPlans.Request, caller: CallerContext): Promise<ListSupervisionPlans.Reply> {
    return this.plans.list(request, caller);
  }
}
