import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateInspection, GetInspection, InspectionSubjects, ListInspections, RectifyInspection, WithdrawInspection } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { InspectionsService } from './inspections.service.js';

/** The request-reply handlers of 公开巡查: one line each, the workflow is in the service. */
@Controller()
export class InspectionsRpcController {
  constructor(private readonly inspections: InspectionsService) {}

  @RpcPattern(InspectionSubjects.create, CreateInspection.Request)
  create(@Payload() request: CreateInspection.Request, @Caller() caller: CallerContext): Promise<CreateInspection.Reply> {
    return this.inspections.create(request, caller);
  }

  @RpcPattern(InspectionSubjects.rectify, RectifyInspection.Request)
  rectify(@Payload() request: RectifyInspection.Request, @Caller() caller: CallerContext): Promise<RectifyInspection.Reply> {
    return this.inspections.rectify(request, caller);
  }

  @RpcPattern(InspectionSubjects.withdraw, WithdrawInspection.Request)
  withdraw(@Payload() request: WithdrawInspection.Request, @Caller() caller: CallerContext): Promise<WithdrawInspection.Reply> {
    return this.inspections.withdraw(request, caller);
  }

  @RpcPattern(InspectionSubjects.get, GetInspection.Request)
  get(@Payload() request: GetInspection.Request, @Caller() caller: CallerContext): Promise<GetInspection.Reply> {
    return this.inspections.get(request.id, caller);
  }

  @RpcPattern(InspectionSubjects.list, ListInspections.Request)
  list(@Payload() request: ListInspections.Request, @Caller() caller: CallerContext): Promise<ListInspections.Reply> {
    return this.inspections.list(request, caller);
  }
}
