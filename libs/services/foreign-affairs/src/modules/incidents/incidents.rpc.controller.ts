import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ActOnIncident, CloseIncident, CreateIncident, GetIncident, IncidentSubjects, ListIncidents, ReportIncident, UpdateIncident, WithdrawIncident } from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { IncidentsService } from './incidents.service.js';

@Controller()
export class IncidentsRpcController {
  constructor(private readonly incidents: IncidentsService) {}

  @RpcPattern(IncidentSubjects.create, CreateIncident.Request)
  create(@Payload() request: CreateIncident.Request, @Caller() caller: CallerContext): Promise<CreateIncident.Reply> {
    return this.incidents.create(request, caller);
  }

  @RpcPattern(IncidentSubjects.update, UpdateIncident.Request)
  update(@Payload() request: UpdateIncident.Request, @Caller() caller: CallerContext): Promise<UpdateIncident.Reply> {
    return this.incidents.update(request, caller);
  }

  @RpcPattern(IncidentSubjects.report, ReportIncident.Request)
  report(@Payload() request: ReportIncident.Request, @Caller() caller: CallerContext): Promise<ReportIncident.Reply> {
    return this.incidents.report(request, caller);
  }

  @RpcPattern(IncidentSubjects.act, ActOnIncident.Request)
  act(@Payload() request: ActOnIncident.Request, @Caller() caller: CallerContext): Promise<ActOnIncident.Reply> {
    return this.incidents.act(request, caller);
  }

  @RpcPattern(IncidentSubjects.close, CloseIncident.Request)
  close(@Payload() request: CloseIncident.Request, @Caller() caller: CallerContext): Promise<CloseIncident.Reply> {
    return this.incidents.close(request, caller);
  }

  @RpcPattern(IncidentSubjects.withdraw, WithdrawIncident.Request)
  withdraw(@Payload() request: WithdrawIncident.Request, @Caller() caller: CallerContext): Promise<WithdrawIncident.Reply> {
    return this.incidents.withdraw(request, caller);
  }

  @RpcPattern(IncidentSubjects.get, GetIncident.Request)
  get(@Payload() request: GetIncident.Request, @Caller() caller: CallerContext): Promise<GetIncident.Reply> {
    return this.incidents.get(request.id, caller);
  }

  @RpcPattern(IncidentSubjects.list, ListIncidents.Request)
  list(@Payload() request: ListIncidents.Request, @Caller() caller: CallerContext): Promise<ListIncidents.Reply> {
    return this.incidents.list(request, caller);
  }
}
