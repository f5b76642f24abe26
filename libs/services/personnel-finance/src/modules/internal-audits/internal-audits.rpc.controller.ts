import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddAuditFinding,
  CloseInternalAudit,
  CreateInternalAudit,
  GetInternalAudit,
  InternalAuditSubjects,
  ListInternalAudits,
  RectifyAuditFinding,
  ReportInternalAudit,
  StartInternalAudit,
  UpdateInternalAudit,
  VerifyAuditFinding,
  WithdrawInternalAudit,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { InternalAuditsService } from './internal-audits.service.js';

@Controller()
export class InternalAuditsRpcController {
  constructor(private readonly audits: InternalAuditsService) {}

  @RpcPattern(InternalAuditSubjects.create, CreateInternalAudit.Request)
  create(@Payload() request: CreateInternalAudit.Request, @Caller() caller: CallerContext): Promise<CreateInternalAudit.Reply> {
    return this.audits.create(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.update, UpdateInternalAudit.Request)
  update(@Payload() request: UpdateInternalAudit.Request, @Caller() caller: CallerContext): Promise<UpdateInternalAudit.Reply> {
    return this.audits.update(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.start, StartInternalAudit.Request)
  start(@Payload() request: StartInternalAudit.Request, @Caller() caller: CallerContext): Promise<StartInternalAudit.Reply> {
    return this.audits.start(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.addFinding, AddAuditFinding.Request)
  addFinding(@Payload() request: AddAuditFinding.Request, @Caller() caller: CallerContext): Promise<AddAuditFinding.Reply> {
    return this.audits.addFinding(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.report, ReportInternalAudit.Request)
  report(@Payload() request: ReportInternalAudit.Request, @Caller() caller: CallerContext): Promise<ReportInternalAudit.Reply> {
    return this.audits.report(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.rectify, RectifyAuditFinding.Request)
  rectify(@Payload() request: RectifyAuditFinding.Request, @Caller() caller: CallerContext): Promise<RectifyAuditFinding.Reply> {
    return this.audits.rectify(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.verify, VerifyAuditFinding.Request)
  verify(@Payload() request: VerifyAuditFinding.Request, @Caller() caller: CallerContext): Promise<VerifyAuditFinding.Reply> {
    return this.audits.verify(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.close, CloseInternalAudit.Request)
  close(@Payload() request: CloseInternalAudit.Request, @Caller() caller: CallerContext): Promise<CloseInternalAudit.Reply> {
    return this.audits.close(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.withdraw, WithdrawInternalAudit.Request)
  withdraw(@Payload() request: WithdrawInternalAudit.Request, @Caller() caller: CallerContext): Promise<WithdrawInternalAudit.Reply> {
    return this.audits.withdraw(request, caller);
  }

  @RpcPattern(InternalAuditSubjects.get, GetInternalAudit.Request)
  get(@Payload() request: GetInternalAudit.Request, @Caller() caller: CallerContext): Promise<GetInternalAudit.Reply> {
    return this.audits.get(request.id, caller);
  }

  @RpcPattern(InternalAuditSubjects.list, ListInternalAudits.Request)
  list(@Payload() request: ListInternalAudits.Request, @Caller() caller: CallerContext): Promise<ListInternalAudits.Reply> {
    return this.audits.list(request, caller);
  }
}
