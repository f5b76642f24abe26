import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdvanceClue,
  ClueSubjects,
  CompleteResponsibilityItem,
  CreateClue,
  CreateResponsibility,
  CreateTalk,
  GetClue,
  GetResponsibility,
  GetTalk,
  ListClues,
  ListIntegrity,
  ListTalks,
  ResponsibilitySubjects,
  ResponsibilityYear,
  TalkSubjects,
  UpdateResponsibility,
  WithdrawResponsibility,
  WithdrawTalk,
} from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { CluesService } from './clues.service.js';
import { IntegrityService } from './integrity.service.js';
import { TalksService } from './talks.service.js';

@Controller()
export class IntegrityRpcController {
  constructor(
    private readonly integrity: IntegrityService,
    private readonly talks: TalksService,
    private readonly clues: CluesService,
  ) {}

  @RpcPattern(ResponsibilitySubjects.create, CreateResponsibility.Request)
  create(@Payload() request: CreateResponsibility.Request, @Caller() caller: CallerContext): Promise<CreateResponsibility.Reply> {
    return this.integrity.create(request, caller);
  }

  @RpcPattern(ResponsibilitySubjects.update, UpdateResponsibility.Request)
  update(@Payload() request: UpdateResponsibility.Request, @Caller() caller: CallerContext): Promise<UpdateResponsibility.Reply> {
    return this.integrity.update(request, caller);
  }

  @RpcPattern(ResponsibilitySubjects.complete, CompleteResponsibilityItem.Request)
  complete(@Payload() request: CompleteResponsibilityItem.Request, @Caller() caller: CallerContext): Promise<CompleteResponsibilityItem.Reply> {
    return this.integrity.complete(request, caller);
  }

  @RpcPattern(ResponsibilitySubjects.withdraw, WithdrawResponsibility.Request)
  withdraw(@Payload() request: WithdrawResponsibility.Request, @Caller() caller: CallerContext): Promise<WithdrawResponsibility.Reply> {
    return this.integrity.withdraw(request, caller);
  }

  @RpcPattern(ResponsibilitySubjects.get, GetResponsibility.Request)
  get(@Payload() request: GetResponsibility.Request, @Caller() caller: CallerContext): Promise<GetResponsibility.Reply> {
    return this.integrity.get(request.id, caller);
  }

  @RpcPattern(ResponsibilitySubjects.list, ListIntegrity.Request)
  list(@Payload() request: ListIntegrity.Request, @Caller() caller: CallerContext): Promise<ListIntegrity.Reply> {
    return this.integrity.list(request, caller);
  }

  @RpcPattern(ResponsibilitySubjects.year, ResponsibilityYear.Request)
  year(@Payload() request: ResponsibilityYear.Request, @Caller() caller: CallerContext): Promise<ResponsibilityYear.Reply> {
    return this.integrity.year(request, caller);
  }

  @RpcPattern(TalkSubjects.create, CreateTalk.Request)
  createTalk(@Payload() request: CreateTalk.Request, @Caller() caller: CallerContext): Promise<CreateTalk.Reply> {
    return this.talks.create(request, caller);
  }

  @RpcPattern(TalkSubjects.withdraw, WithdrawTalk.Request)
  withdrawTalk(@Payload() request: WithdrawTalk.Request, @Caller() caller: CallerContext): Promise<WithdrawTalk.Reply> {
    return this.talks.withdraw(request, caller);
  }

  @RpcPattern(TalkSubjects.get, GetTalk.Request)
  getTalk(@Payload() request: GetTalk.Request, @Caller() caller: CallerContext): Promise<GetTalk.Reply> {
    return this.talks.get(request.id, caller);
  }

  @RpcPattern(TalkSubjects.list, ListTalks.Request)
  listTalks(@Payload() request: ListTalks.Request, @Caller() caller: CallerContext): Promise<ListTalks.Reply> {
    return this.talks.list(request, caller);
  }

  @RpcPattern(ClueSubjects.create, CreateClue.Request)
  createClue(@Payload() request: CreateClue.Request, @Caller() caller: CallerContext): Promise<CreateClue.Reply> {
    return this.clues.create(request, caller);
  }

  @RpcPattern(ClueSubjects.advance, AdvanceClue.Request)
  advanceClue(@Payload() request: AdvanceClue.Request, @Caller() caller: CallerContext): Promise<AdvanceClue.Reply> {
    return this.clues.advance(request, caller);
  }

  @RpcPattern(ClueSubjects.get, GetClue.Request)
  getClue(@Payload() request: GetClue.Request, @Caller() caller: CallerContext): Promise<GetClue.Reply> {
    return this.clues.get(request.id, caller);
  }

  @RpcPattern(ClueSubjects.list, ListClues.Request)
  listClues(@Payload() request: ListClues.Request, @Caller() caller: CallerContext): Promise<ListClues.Reply> {
    return this.clues.list(request, caller);
  }
}
