import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveHigherInspectionReply,
  ApproveInspection,
  ConcludeInspection,
  ConductInspection,
  CreateInspection,
  DraftHigherInspectionReply,
  GetHigherInspection,
  GetInspection,
  InspectionSubjects,
  ListHigherInspections,
  ListInspections,
  ReceiveHigherInspection,
  SendHigherInspectionReply,
  UpdateInspection,
  WithdrawHigherInspection,
  WithdrawInspection,
} from '@gov/contracts-supervision';
import { Caller, RpcPattern } from '@gov/platform';
import { HigherInspectionsService } from './higher-inspections.service.js';
import { InspectionsService } from './inspections.service.js';

@Controller()
export class InspectionsRpcController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly higher: HigherInspectionsService,
  ) {}

  @RpcPattern(InspectionSubjects.create, CreateInspection.Request)
  create(@Payload() request: CreateInspection.Request, @Caller() caller: CallerContext): Promise<CreateInspection.Reply> {
    return this.inspections.create(request, caller);
  }

  @RpcPattern(InspectionSubjects.update, UpdateInspection.Request)
  update(@Payload() request: UpdateInspection.Request, @Caller() caller: CallerContext): Promise<UpdateInspection.Reply> {
    return this.inspections.update(request, caller);
  }

  @RpcPattern(InspectionSubjects.approve, ApproveInspection.Request)
  approve(@Payload() request: ApproveInspection.Request, @Caller() caller: CallerContext): Promise<ApproveInspection.Reply> {
    return this.inspections.approve(request, caller);
  }

  @RpcPattern(InspectionSubjects.conduct, ConductInspection.Request)
  conduct(@Payload() request: ConductInspection.Request, @Caller() caller: CallerContext): Promise<ConductInspection.Reply> {
    return this.inspections.conduct(request, caller);
  }

  @RpcPattern(InspectionSubjects.conclude, ConcludeInspection.Request)
  conclude(@Payload() request: ConcludeInspection.Request, @Caller() caller: CallerContext): Promise<ConcludeInspection.Reply> {
    return this.inspections.conclude(request, caller);
  }

  @RpcPattern(InspectionSubjects.withdraw, WithdrawInspection.Request)
  withdraw(@Payload() request: WithdrawInspection.Request, @Caller() caller: CallerContext): Promise<WithdrawInspection.Reply> {
    return this.inspections.withdraw(request, caller);
  }

  @RpcPattern(InspectionSubjects.get, GetInspection.Request)
  get(@Payload() request: GetInspection.Request, @Caller() caller: CallerContext): Promise<GetInspection.Reply> {
    return this.inspections.get(request.id, caller);
  }

  @RpcPattern(InspectionSubjects.list, ListInspections.Request)
  list(@Payload() request: ListInspections.Request, @Caller() caller: CallerContext): Promise<ListInspections.Reply> {
    return this.inspections.list(request, caller);
  }

  @RpcPattern(InspectionSubjects.receiveHigher, ReceiveHigherInspection.Request)
  receiveHigher(@Payload() request: ReceiveHigherInspection.Request, @Caller() caller: CallerContext): Promise<ReceiveHigherInspection.Reply> {
    return this.higher.receive(request, caller);
  }

  @RpcPattern(InspectionSubjects.draftReply, DraftHigherInspectionReply.Request)
  draftReply(@Payload() request: DraftHigherInspectionReply.Request, @Caller() caller: CallerContext): Promise<DraftHigherInspectionReply.Reply> {
    return this.higher.draftReply(request, caller);
  }

  @RpcPattern(InspectionSubjects.approveReply, ApproveHigherInspectionReply.Request)
  approveReply(@Payload() request: ApproveHigherInspectionReply.Request, @Caller() caller: CallerContext): Promise<ApproveHigherInspectionReply.Reply> {
    return this.higher.approveReply(request, caller);
  }

  @RpcPattern(InspectionSubjects.sendReply, SendHigherInspectionReply.Request)
  sendReply(@Payload() request: SendHigherInspectionReply.Request, @Caller() caller: CallerContext): Promise<SendHigherInspectionReply.Reply> {
    return this.higher.sendReply(request, caller);
  }

  @RpcPattern(InspectionSubjects.withdrawHigher, WithdrawHigherInspection.Request)
  withdrawHigher(@Payload() request: WithdrawHigherInspection.Request, @Caller() caller: CallerContext): Promise<WithdrawHigherInspection.Reply> {
    return this.higher.withdraw(request, caller);
  }

  @RpcPattern(InspectionSubjects.getHigher, GetHigherInspection.Request)
  getHigher(@Payload() request: GetHigherInspection.Request, @Caller() caller: CallerContext): Promise<GetHigherInspection.Reply> {
    return this.higher.get(request.id, caller);
  }

  @RpcPattern(InspectionSubjects.listHigher, ListHigherInspections.Request)
  listHigher(@Payload() request: ListHigherInspections.Request, @Caller() caller: CallerContext): Promise<ListHigherInspections.Reply> {
    return this.higher.list(request, caller);
  }
}
