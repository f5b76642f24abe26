import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CloseGuidanceVisit,
  CreateGuidanceVisit,
  GetGuidanceVisit,
  GuidanceVisitSubjects,
  ListGuidanceVisits,
  ReportGuidanceVisit,
  ReturnGuidanceVisit,
  WithdrawGuidanceVisit,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { GuidanceVisitsService } from './guidance-visits.service.js';

@Controller()
export class GuidanceVisitsRpcController {
  constructor(private readonly guidanceVisits: GuidanceVisitsService) {}

  @RpcPattern(GuidanceVisitSubjects.create, CreateGuidanceVisit.Request)
  create(@Payload() request: CreateGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<CreateGuidanceVisit.Reply> {
    return this.guidanceVisits.create(request, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.report, ReportGuidanceVisit.Request)
  report(@Payload() request: ReportGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<ReportGuidanceVisit.Reply> {
    return this.guidanceVisits.report(request, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.return, ReturnGuidanceVisit.Request)
  return(@Payload() request: ReturnGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<ReturnGuidanceVisit.Reply> {
    return this.guidanceVisits.return(request, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.close, CloseGuidanceVisit.Request)
  close(@Payload() request: CloseGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<CloseGuidanceVisit.Reply> {
    return this.guidanceVisits.close(request, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.withdraw, WithdrawGuidanceVisit.Request)
  withdraw(@Payload() request: WithdrawGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<WithdrawGuidanceVisit.Reply> {
    return this.guidanceVisits.withdraw(request, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.get, GetGuidanceVisit.Request)
  get(@Payload() request: GetGuidanceVisit.Request, @Caller() caller: CallerContext): Promise<GetGuidanceVisit.Reply> {
    return this.guidanceVisits.get(request.id, caller);
  }

  @RpcPattern(GuidanceVisitSubjects.list, ListGuidanceVisits.Request)
  list(@Payload() request: ListGuidanceVisits.Request, @Caller() caller: CallerContext): Promise<ListGuidanceVisits.Reply> {
    return this.guidanceVisits.list(request, caller);
  }
}
