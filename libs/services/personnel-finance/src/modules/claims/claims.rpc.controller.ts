import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ApproveClaim, ClaimSubjects, CreateClaim, ExportClaimVouchers, GetClaim, ListClaims, PayClaim, ReturnClaim, SubmitClaim, UpdateClaim, WithdrawClaim } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { ClaimsService } from './claims.service.js';

@Controller()
export class ClaimsRpcController {
  constructor(private readonly claims: ClaimsService) {}

  @RpcPattern(ClaimSubjects.create, CreateClaim.Request)
  create(@Payload() request: CreateClaim.Request, @Caller() caller: CallerContext): Promise<CreateClaim.Reply> {
    return this.claims.create(request, caller);
  }

  @RpcPattern(ClaimSubjects.update, UpdateClaim.Request)
  update(@Payload() request: UpdateClaim.Request, @Caller() caller: CallerContext): Promise<UpdateClaim.Reply> {
    return this.claims.update(request, caller);
  }

  @RpcPattern(ClaimSubjects.submit, SubmitClaim.Request)
  submit(@Payload() request: SubmitClaim.Request, @Caller() caller: CallerContext): Promise<SubmitClaim.Reply> {
    return this.claims.submit(request, caller);
  }

  @RpcPattern(ClaimSubjects.approve, ApproveClaim.Request)
  approve(@Payload() request: ApproveClaim.Request, @Caller() caller: CallerContext): Promise<ApproveClaim.Reply> {
    return this.claims.approve(request, caller);
  }

  @RpcPattern(ClaimSubjects.return, ReturnClaim.Request)
  return(@Payload() request: ReturnClaim.Request, @Caller() caller: CallerContext): Promise<ReturnClaim.Reply> {
    return this.claims.return(request, caller);
  }

  @RpcPattern(ClaimSubjects.pay, PayClaim.Request)
  pay(@Payload() request: PayClaim.Request, @Caller() caller: CallerContext): Promise<PayClaim.Reply> {
    return this.claims.pay(request, caller);
  }

  @RpcPattern(ClaimSubjects.withdraw, WithdrawClaim.Request)
  withdraw(@Payload() request: WithdrawClaim.Request, @Caller() caller: CallerContext): Promise<WithdrawClaim.Reply> {
    return this.claims.withdraw(request, caller);
  }

  @RpcPattern(ClaimSubjects.get, GetClaim.Request)
  get(@Payload() request: GetClaim.Request, @Caller() caller: CallerContext): Promise<GetClaim.Reply> {
    return this.claims.get(request.id, caller);
  }

  @RpcPattern(ClaimSubjects.list, ListClaims.Request)
  list(@Payload() request: ListClaims.Request, @Caller() caller: CallerContext): Promise<ListClaims.Reply> {
    return this.claims.list(request, caller);
  }

  @RpcPattern(ClaimSubjects.exportVouchers, ExportClaimVouchers.Request)
  exportVouchers(@Payload() request: ExportClaimVouchers.Request, @Caller() caller: CallerContext): Promise<ExportClaimVouchers.Reply> {
    return this.claims.exportVouchers(request, caller);
  }
}
