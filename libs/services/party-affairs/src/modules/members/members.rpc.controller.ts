import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateMember, DevelopMember, GetMember, ListDuesArrears, ListMembers, MemberSubjects, PayMemberDues, SetMemberDues, TransferMember, UpdateMember, VoidMemberDuesPayment, WithdrawMember } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { MembersService } from './members.service.js';

@Controller()
export class MembersRpcController {
  constructor(private readonly members: MembersService) {}

  @RpcPattern(MemberSubjects.create, CreateMember.Request)
  create(@Payload() request: CreateMember.Request, @Caller() caller: CallerContext): Promise<CreateMember.Reply> {
    return this.members.create(request, caller);
  }

  @RpcPattern(MemberSubjects.update, UpdateMember.Request)
  update(@Payload() request: UpdateMember.Request, @Caller() caller: CallerContext): Promise<UpdateMember.Reply> {
    return this.members.update(request, caller);
  }

  @RpcPattern(MemberSubjects.develop, DevelopMember.Request)
  develop(@Payload() request: DevelopMember.Request, @Caller() caller: CallerContext): Promise<DevelopMember.Reply> {
    return this.members.develop(request, caller);
  }

  @RpcPattern(MemberSubjects.transfer, TransferMember.Request)
  transfer(@Payload() request: TransferMember.Request, @Caller() caller: CallerContext): Promise<TransferMember.Reply> {
    return this.members.transfer(request, caller);
  }

  @RpcPattern(MemberSubjects.setDues, SetMemberDues.Request)
  setDues(@Payload() request: SetMemberDues.Request, @Caller() caller: CallerContext): Promise<SetMemberDues.Reply> {
    return this.members.setDues(request, caller);
  }

  @RpcPattern(MemberSubjects.withdraw, WithdrawMember.Request)
  withdraw(@Payload() request: WithdrawMember.Request, @Caller() caller: CallerContext): Promise<WithdrawMember.Reply> {
    return this.members.withdraw(request, caller);
  }

  @RpcPattern(MemberSubjects.get, GetMember.Request)
  get(@Payload() request: GetMember.Request, @Caller() caller: CallerContext): Promise<GetMember.Reply> {
    return this.members.get(request.id, caller);
  }

  @RpcPattern(MemberSubjects.list, ListMembers.Request)
  list(@Payload() request: ListMembers.Request, @Caller() caller: CallerContext): Promise<ListMembers.Reply> {
    return this.members.list(request, caller);
  }

  @RpcPattern(MemberSubjects.payDues, PayMemberDues.Request)
  payDues(@Payload() request: PayMemberDues.Request, @Caller() caller: CallerContext): Promise<PayMemberDues.Reply> {
    return this.members.payDues(request, caller);
  }

  @RpcPattern(MemberSubjects.voidDues, VoidMemberDuesPayment.Request)
  voidDues(@Payload() request: VoidMemberDuesPayment.Request, @Caller() caller: CallerContext): Promise<VoidMemberDuesPayment.Reply> {
    return this.members.voidDues(request, caller);
  }

  @RpcPattern(MemberSubjects.arrears, ListDuesArrears.Request)
  arrears(@Payload() request: ListDuesArrears.Request, @Caller() caller: CallerContext): Promise<ListDuesArrears.Reply> {
    return this.members.arrears(request, caller);
  }
}
