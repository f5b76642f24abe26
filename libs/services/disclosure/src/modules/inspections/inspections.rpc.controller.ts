import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateDisclosureInspection, GetDisclosureInspection, InspectionSubjects, ListDisclosureInspections, RectifyDisclosureInspection, WithdrawDisclosureInspection } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { InspectionsService } from './inspections.service.js';

/** The request-reply handlers of 公开巡查: one line each, the workflow is in the service. */
@Controller()
export class InspectionsRpcController {
  constructor(private readonly inspections: InspectionsService) {}

  @RpcPattern(InspectionSubjects.create, CreateDisclosureInspection.Request)
  create(@Payload() request: CreateDisclosureInspection.Request, @Caller() caller: CallerContext): Promise<CreateDisclosureInspection.Reply> {
    return this.inspections.create(request, caller);
  }

  @RpcPattern(InspectionSubjects.rectify, RectifyDisclosureInspection.Request)
  rectify(@Payload() request: RectifyDisclosureInspection.Request, @Caller() caller: CallerContext): Promise<RectifyDisclosureInspection.Reply> {
    return this.inspections.rectify(request, caller);
  }

  @RpcPattern(InspectionSubjects.withdraw, WithdrawDisclosureInspection.Request)
  withdraw(@Payload() request: WithdrawDisclosureInspection.Request, @Caller() caller: CallerContext): Promise<WithdrawDisclosureInspection.Reply> {
    return this.inspections.withdraw(request, caller);
  }

  @RpcPattern(InspectionSubjects.get, GetDisclosureInspection.Request)
  get(@Payload() request: GetDisclosureInspection.Request, @Caller() caller: CallerContext): Promise<GetDisclosureInspection.Reply> {
    return this.inspections.get(request.id, caller);
  }

  @RpcPattern(InspectionSubjects.list, ListDisclosureInspections.Request)
  list(@Payload() request: ListDisclosureInspections.Request, @Caller() caller: CallerContext): Promise<ListDisclosureInspections.Reply> {
    return this.inspections.list(request, caller);
  }
}
