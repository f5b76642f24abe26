import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ApproveElection, BranchSubjects, CreateBranch, ElectBranch, ReportElection, RequestElection, ExtendBranchTerm, GetBranch, ListBranches, UpdateBranch, WithdrawBranch } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { BranchesService } from './branches.service.js';

@Controller()
export class BranchesRpcController {
  constructor(private readonly branches: BranchesService) {}

  @RpcPattern(BranchSubjects.create, CreateBranch.Request)
  create(@Payload() request: CreateBranch.Request, @Caller() caller: CallerContext): Promise<CreateBranch.Reply> {
    return this.branches.create(request, caller);
  }

  @RpcPattern(BranchSubjects.requestElection, RequestElection.Request)
  requestElection(@Payload() request: RequestElection.Request, @Caller() caller: CallerContext): Promise<RequestElection.Reply> {
    return this.branches.requestElection(request, caller);
  }

  @RpcPattern(BranchSubjects.approveElection, ApproveElection.Request)
  approveElection(@Payload() request: ApproveElection.Request, @Caller() caller: CallerContext): Promise<ApproveElection.Reply> {
    return this.branches.approveElection(request, caller);
  }

  @RpcPattern(BranchSubjects.reportElection, ReportElection.Request)
  reportElection(@Payload() request: ReportElection.Request, @Caller() caller: CallerContext): Promise<ReportElection.Reply> {
    return this.branches.reportElection(request, caller);
  }

  @RpcPattern(BranchSubjects.update, UpdateBranch.Request)
  update(@Payload() request: UpdateBranch.Request, @Caller() caller: CallerContext): Promise<UpdateBranch.Reply> {
    return this.branches.update(request, caller);
  }

  @RpcPattern(BranchSubjects.elect, ElectBranch.Request)
  elect(@Payload() request: ElectBranch.Request, @Caller() caller: CallerContext): Promise<ElectBranch.Reply> {
    return this.branches.elect(request, caller);
  }

  @RpcPattern(BranchSubjects.extend, ExtendBranchTerm.Request)
  extend(@Payload() request: ExtendBranchTerm.Request, @Caller() caller: CallerContext): Promise<ExtendBranchTerm.Reply> {
    return this.branches.extend(request, caller);
  }

  @RpcPattern(BranchSubjects.withdraw, WithdrawBranch.Request)
  withdraw(@Payload() request: WithdrawBranch.Request, @Caller() caller: CallerContext): Promise<WithdrawBranch.Reply> {
    return this.branches.withdraw(request, caller);
  }

  @RpcPattern(BranchSubjects.get, GetBranch.Request)
  get(@Payload() request: GetBranch.Request, @Caller() caller: CallerContext): Promise<GetBranch.Reply> {
    return this.branches.get(request.id, caller);
  }

  @RpcPattern(BranchSubjects.list, ListBranches.Request)
  list(@Payload() request: ListBranches.Request, @Caller() caller: CallerContext): Promise<ListBranches.Reply> {
    return this.branches.list(request, caller);
  }
}
