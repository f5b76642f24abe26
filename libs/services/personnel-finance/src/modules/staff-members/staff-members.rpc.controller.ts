import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AddStaffRecordEntry, CreateStaffMember, GetStaffMember, ListStaffMembers, RetireStaffMember, StaffMemberSubjects, UpdateStaffMember, VoidStaffRecordEntry, WithdrawStaffMember } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { StaffMembersService } from './staff-members.service.js';

@Controller()
export class StaffMembersRpcController {
  constructor(private readonly staffMembers: StaffMembersService) {}

  @RpcPattern(StaffMemberSubjects.create, CreateStaffMember.Request)
  create(@Payload() request: CreateStaffMember.Request, @Caller() caller: CallerContext): Promise<CreateStaffMember.Reply> {
    return this.staffMembers.create(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.update, UpdateStaffMember.Request)
  update(@Payload() request: UpdateStaffMember.Request, @Caller() caller: CallerContext): Promise<UpdateStaffMember.Reply> {
    return this.staffMembers.update(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.withdraw, WithdrawStaffMember.Request)
  withdraw(@Payload() request: WithdrawStaffMember.Request, @Caller() caller: CallerContext): Promise<WithdrawStaffMember.Reply> {
    return this.staffMembers.withdraw(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.addRecordEntry, AddStaffRecordEntry.Request)
  addRecordEntry(@Payload() request: AddStaffRecordEntry.Request, @Caller() caller: CallerContext): Promise<AddStaffRecordEntry.Reply> {
    return this.staffMembers.addRecordEntry(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.retire, RetireStaffMember.Request)
  retire(@Payload() request: RetireStaffMember.Request, @Caller() caller: CallerContext): Promise<RetireStaffMember.Reply> {
    return this.staffMembers.retire(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.voidRecordEntry, VoidStaffRecordEntry.Request)
  voidRecordEntry(@Payload() request: VoidStaffRecordEntry.Request, @Caller() caller: CallerContext): Promise<VoidStaffRecordEntry.Reply> {
    return this.staffMembers.voidRecordEntry(request, caller);
  }

  @RpcPattern(StaffMemberSubjects.get, GetStaffMember.Request)
  get(@Payload() request: GetStaffMember.Request, @Caller() caller: CallerContext): Promise<GetStaffMember.Reply> {
    return this.staffMembers.get(request.id, caller);
  }

  @RpcPattern(StaffMemberSubjects.list, ListStaffMembers.Request)
  list(@Payload() request: ListStaffMembers.Request, @Caller() caller: CallerContext): Promise<ListStaffMembers.Reply> {
    return this.staffMembers.list(request, caller);
  }
}
