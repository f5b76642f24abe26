import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateEducationSession,
  CreateRegulation,
  EducationSessionSubjects,
  GetEducationSession,
  GetRegulation,
  ListEducationSessions,
  ListRegulationRevisions,
  ListRegulations,
  PersonEducationHistory,
  RegulationSubjects,
  RepealRegulation,
  ReviseRegulation,
  UpdateEducationSession,
  WithdrawEducationSession,
} from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { RegulationsService } from './regulations.service.js';

@Controller()
export class RegulationsRpcController {
  constructor(private readonly regulations: RegulationsService) {}

  @RpcPattern(RegulationSubjects.create, CreateRegulation.Request)
  create(@Payload() request: CreateRegulation.Request, @Caller() caller: CallerContext): Promise<CreateRegulation.Reply> {
    return this.regulations.create(request, caller);
  }

  @RpcPattern(RegulationSubjects.revise, ReviseRegulation.Request)
  revise(@Payload() request: ReviseRegulation.Request, @Caller() caller: CallerContext): Promise<ReviseRegulation.Reply> {
    return this.regulations.revise(request, caller);
  }

  @RpcPattern(RegulationSubjects.repeal, RepealRegulation.Request)
  repeal(@Payload() request: RepealRegulation.Request, @Caller() caller: CallerContext): Promise<RepealRegulation.Reply> {
    return this.regulations.repeal(request, caller);
  }

  @RpcPattern(RegulationSubjects.get, GetRegulation.Request)
  get(@Payload() request: GetRegulation.Request, @Caller() caller: CallerContext): Promise<GetRegulation.Reply> {
    return this.regulations.get(request.id, caller);
  }

  @RpcPattern(RegulationSubjects.revisions, ListRegulationRevisions.Request)
  revisions(@Payload() request: ListRegulationRevisions.Request, @Caller() caller: CallerContext): Promise<ListRegulationRevisions.Reply> {
    return this.regulations.revisions(request, caller);
  }

  @RpcPattern(RegulationSubjects.list, ListRegulations.Request)
  list(@Payload() request: ListRegulations.Request, @Caller() caller: CallerContext): Promise<ListRegulations.Reply> {
    return this.regulations.list(request, caller);
  }

  @RpcPattern(EducationSessionSubjects.create, CreateEducationSession.Request)
  createSession(@Payload() request: CreateEducationSession.Request, @Caller() caller: CallerContext): Promise<CreateEducationSession.Reply> {
    return this.regulations.createSession(request, caller);
  }

  @RpcPattern(EducationSessionSubjects.update, UpdateEducationSession.Request)
  updateSession(@Payload() request: UpdateEducationSession.Request, @Caller() caller: CallerContext): Promise<UpdateEducationSession.Reply> {
    return this.regulations.updateSession(request, caller);
  }

  @RpcPattern(EducationSessionSubjects.withdraw, WithdrawEducationSession.Request)
  withdrawSession(@Payload() request: WithdrawEducationSession.Request, @Caller() caller: CallerContext): Promise<WithdrawEducationSession.Reply> {
    return this.regulations.withdrawSession(request, caller);
  }

  @RpcPattern(EducationSessionSubjects.get, GetEducationSession.Request)
  getSession(@Payload() request: GetEducationSession.Request, @Caller() caller: CallerContext): Promise<GetEducationSession.Reply> {
    return this.regulations.getSession(request.id, caller);
  }

  @RpcPattern(EducationSessionSubjects.list, ListEducationSessions.Request)
  listSessions(@Payload() request: ListEducationSessions.Request, @Caller() caller: CallerContext): Promise<ListEducationSessions.Reply> {
    return this.regulations.listSessions(request, caller);
  }

  @RpcPattern(EducationSessionSubjects.personHistory, PersonEducationHistory.Request)
  personHistory(@Payload() request: PersonEducationHistory.Request, @Caller() caller: CallerContext): Promise<PersonEducationHistory.Reply> {
    return this.regulations.personHistory(request, caller);
  }
}
