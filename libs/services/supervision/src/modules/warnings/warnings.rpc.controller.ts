import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { ListOverdueByLeader, ListOverdueByUnit, RecomputeLights, SupervisionWarningSubjects } from '@gov/contracts-supervision';
import { RpcHandler } from '@gov/platform';
import { WarningsService } from './warnings.service.js';

@Injectable()
export class WarningsRpcController {
  constructor(private readonly warnings: WarningsService) {}

  @RpcHandler(SupervisionWarningSubjects.overdueByUnit, ListOverdueByUnit.Request)
  byUnit(request: ListOverdueByUnit.Request, caller: CallerContext): Promise<ListOverdueByUnit.Reply> {
    return this.warnings.byUnit(request, caller);
  }

  @RpcHandler(SupervisionWarningSubjects.overdueByLeader, ListOverdueByLeader.Request)
  byLeader(request: ListOverdueByLeader.Request, caller: CallerContext): Promise<ListOverdueByLeader.Reply> {
    return this.warnings.byLeader(request, caller);
  }

  @RpcHandler(SupervisionWarningSubjects.recompute, RecomputeLights.Request)
  recompute(request: RecomputeLights.Request, caller: CallerContext): Promise<RecomputeLights.Reply> {
    return this.warnings.recompute(request, caller);
  }
}
