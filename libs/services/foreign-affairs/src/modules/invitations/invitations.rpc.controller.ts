import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateInvitation, DecideInvitation, GetInvitation, InvitationSubjects, IssueInvitation, ListInvitations, SubmitInvitation, UpdateInvitation, WithdrawInvitation } from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { InvitationsService } from './invitations.service.js';

@Controller()
export class InvitationsRpcController {
  constructor(private readonly invitations: InvitationsService) {}

  @RpcPattern(InvitationSubjects.create, CreateInvitation.Request)
  create(@Payload() request: CreateInvitation.Request, @Caller() caller: CallerContext): Promise<CreateInvitation.Reply> {
    return this.invitations.create(request, caller);
  }

  @RpcPattern(InvitationSubjects.update, UpdateInvitation.Request)
  update(@Payload() request: UpdateInvitation.Request, @Caller() caller: CallerContext): Promise<UpdateInvitation.Reply> {
    return this.invitations.update(request, caller);
  }

  @RpcPattern(InvitationSubjects.submit, SubmitInvitation.Request)
  submit(@Payload() request: SubmitInvitation.Request, @Caller() caller: CallerContext): Promise<SubmitInvitation.Reply> {
    return this.invitations.submit(request, caller);
  }

  @RpcPattern(InvitationSubjects.decide, DecideInvitation.Request)
  decide(@Payload() request: DecideInvitation.Request, @Caller() caller: CallerContext): Promise<DecideInvitation.Reply> {
    return this.invitations.decide(request, caller);
  }

  @RpcPattern(InvitationSubjects.issue, IssueInvitation.Request)
  issue(@Payload() request: IssueInvitation.Request, @Caller() caller: CallerContext): Promise<IssueInvitation.Reply> {
    return this.invitations.issue(request, caller);
  }

  @RpcPattern(InvitationSubjects.withdraw, WithdrawInvitation.Request)
  withdraw(@Payload() request: WithdrawInvitation.Request, @Caller() caller: CallerContext): Promise<WithdrawInvitation.Reply> {
    return this.invitations.withdraw(request, caller);
  }

  @RpcPattern(InvitationSubjects.get, GetInvitation.Request)
  get(@Payload() request: GetInvitation.Request, @Caller() caller: CallerContext): Promise<GetInvitation.Reply> {
    return this.invitations.get(request.id, caller);
  }

  @RpcPattern(InvitationSubjects.list, ListInvitations.Request)
  list(@Payload() request: ListInvitations.Request, @Caller() caller: CallerContext): Promise<ListInvitations.Reply> {
    return this.invitations.list(request, caller);
  }
}
