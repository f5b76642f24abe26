import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CloseSecurityIncident,
  CreateSecurityIncident,
  EscalateSecurityIncident,
  GetSecurityIncident,
  ListSecurityIncidents,
  SecurityIncidentSubjects,
  UpdateSecurityIncident,
  WithdrawSecurityIncident,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { SecurityIncidentsService } from './security-incidents.service.js';

@Controller()
export class SecurityIncidentsRpcController {
  constructor(private readonly securityIncidents: SecurityIncidentsService) {}

  @RpcPattern(SecurityIncidentSubjects.create, CreateSecurityIncident.Request)
  create(@Payload() request: CreateSecurityIncident.Request, @Caller() caller: CallerContext): Promise<CreateSecurityIncident.Reply> {
    return this.securityIncidents.create(request, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.update, UpdateSecurityIncident.Request)
  update(@Payload() request: UpdateSecurityIncident.Request, @Caller() caller: CallerContext): Promise<UpdateSecurityIncident.Reply> {
    return this.securityIncidents.update(request, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.close, CloseSecurityIncident.Request)
  close(@Payload() request: CloseSecurityIncident.Request, @Caller() caller: CallerContext): Promise<CloseSecurityIncident.Reply> {
    return this.securityIncidents.close(request, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.escalate, EscalateSecurityIncident.Request)
  escalate(@Payload() request: EscalateSecurityIncident.Request, @Caller() caller: CallerContext): Promise<EscalateSecurityIncident.Reply> {
    return this.securityIncidents.escalate(request, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.withdraw, WithdrawSecurityIncident.Request)
  withdraw(@Payload() request: WithdrawSecurityIncident.Request, @Caller() caller: CallerContext): Promise<WithdrawSecurityIncident.Reply> {
    return this.securityIncidents.withdraw(request, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.get, GetSecurityIncident.Request)
  get(@Payload() request: GetSecurityIncident.Request, @Caller() caller: CallerContext): Promise<GetSecurityIncident.Reply> {
    return this.securityIncidents.get(request.id, caller);
  }

  @RpcPattern(SecurityIncidentSubjects.list, ListSecurityIncidents.Request)
  list(@Payload() request: ListSecurityIncidents.Request, @Caller() caller: CallerContext): Promise<ListSecurityIncidents.Reply> {
    return this.securityIncidents.list(request, caller);
  }
}
