import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ListOverdueByLeader, ListOverdueByUnit, OverdueTrend, RecomputeLights, SupervisionWarningSubjects } from '@gov/contracts-supervision';
import { RpcPattern, Caller } from '@gov/platform';
import { WarningsService } from './warnings.service.js';

@Controller()
export class WarningsRpcController {
  constructor(private readonly warnings: WarningsService) {}

  @RpcPattern(SupervisionWarningSubjects.overdueByUnit, ListOverdueByUnit.Request)
  byUnit(@Payload() request: ListOverdueByUnit.Request, @Caller() caller: CallerContext): Promise<ListOverdueByUnit.Reply> {
    return this.warnings.byUnit(request, caller);
  }

  @RpcPattern(SupervisionWarningSubjects.overdueByLeader, ListOverdueByLeader.Request)
  byLeader(@Payload() request: ListOverdueByLeader.Request, @Caller() caller: CallerContext): Promise<ListOverdueByLeader.Reply> {
    return this.warnings.byLeader(request, caller);
  }

  @RpcPattern(SupervisionWarningSubjects.recompute, RecomputeLights.Request)
  recompute(@Payload() request: RecomputeLights.Request, @Caller() caller: CallerContext): Promise<RecomputeLights.Reply> {
    return this.warnings.recompute(request, caller);
  }

  @RpcPattern(SupervisionWarningSubjects.overdueTrend, OverdueTrend.Request)
  overdueTrend(@Payload() request: OverdueTrend.Request, @Caller() caller: CallerContext): Promise<OverdueTrend.Reply> {
    return this.warnings.overdueTrend(request, caller);
  }
}
