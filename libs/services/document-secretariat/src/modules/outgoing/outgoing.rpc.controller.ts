import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CorrectOutgoing,
  Countersign,
  CreateOutgoing,
  GetOutgoing,
  IssueOutgoing,
  ListAgencyCodes,
  ListOutgoing,
  NumberOutgoing,
  OutgoingSubjects,
  PrintOutgoing,
  ReceiveOutgoing,
  RequestCountersign,
  ReturnOutgoing,
  ReviewOutgoing,
  SealOutgoing,
  SetDisclosure,
  SignOutgoing,
  SubmitOutgoing,
  UpdateAgencyCode,
  UpdateOutgoing,
  type AgencyCodeView,
  type DistributionView,
  type OutgoingDocumentView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { RenderOutgoingPdf } from '@gov/contracts-document-secretariat';
import { OutgoingService } from './outgoing.service.js';
import { OutgoingPrintService } from './print/outgoing-print.service.js';

@Controller()
export class OutgoingRpcController {
  constructor(
    private readonly outgoing: OutgoingService,
    private readonly printing: OutgoingPrintService,
  ) {}

  @RpcPattern(OutgoingSubjects.pdf, RenderOutgoingPdf.Request)
  pdf(@Payload() request: RenderOutgoingPdf.Request, @Caller() caller: CallerContext): Promise<RenderOutgoingPdf.Reply> {
    return this.printing.pdf(request, caller);
  }

  @RpcPattern(OutgoingSubjects.create, CreateOutgoing.Request)
  create(@Payload() request: CreateOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.create(request, caller);
  }

  @RpcPattern(OutgoingSubjects.update, UpdateOutgoing.Request)
  update(@Payload() request: UpdateOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.update(request, caller);
  }

  @RpcPattern(OutgoingSubjects.submit, SubmitOutgoing.Request)
  submit(@Payload() request: SubmitOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.submit(request, caller);
  }

  @RpcPattern(OutgoingSubjects.review, ReviewOutgoing.Request)
  review(@Payload() request: ReviewOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.review(request, caller);
  }

  @RpcPattern(OutgoingSubjects.return, ReturnOutgoing.Request)
  returnDraft(@Payload() request: ReturnOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.returnDraft(request, caller);
  }

  @RpcPattern(OutgoingSubjects.requestCountersign, RequestCountersign.Request)
  requestCountersign(@Payload() request: RequestCountersign.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.requestCountersign(request, caller);
  }

  @RpcPattern(OutgoingSubjects.countersign, Countersign.Request)
  countersign(@Payload() request: Countersign.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.countersign(request, caller);
  }

  @RpcPattern(OutgoingSubjects.sign, SignOutgoing.Request)
  sign(@Payload() request: SignOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.sign(request, caller);
  }

  @RpcPattern(OutgoingSubjects.number, NumberOutgoing.Request)
  number(@Payload() request: NumberOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.number(request, caller);
  }

  @RpcPattern(OutgoingSubjects.print, PrintOutgoing.Request)
  print(@Payload() request: PrintOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.print(request, caller);
  }

  @RpcPattern(OutgoingSubjects.seal, SealOutgoing.Request)
  seal(@Payload() request: SealOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.seal(request, caller);
  }

  @RpcPattern(OutgoingSubjects.disclosure, SetDisclosure.Request)
  disclosure(@Payload() request: SetDisclosure.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.setDisclosure(request, caller);
  }

  @RpcPattern(OutgoingSubjects.issue, IssueOutgoing.Request)
  issue(@Payload() request: IssueOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.issue(request, caller);
  }

  @RpcPattern(OutgoingSubjects.correct, CorrectOutgoing.Request)
  correct(@Payload() request: CorrectOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.correct(request, caller);
  }

  @RpcPattern(OutgoingSubjects.receipt, ReceiveOutgoing.Request)
  receive(@Payload() request: ReceiveOutgoing.Request, @Caller() caller: CallerContext): Promise<DistributionView> {
    return this.outgoing.receive(request.id, caller);
  }

  @RpcPattern(OutgoingSubjects.get, GetOutgoing.Request)
  get(@Payload() request: GetOutgoing.Request, @Caller() caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.get(request.id, caller);
  }

  @RpcPattern(OutgoingSubjects.list, ListOutgoing.Request)
  list(@Payload() request: ListOutgoing.Request, @Caller() caller: CallerContext): Promise<ListOutgoing.Reply> {
    return this.outgoing.list(request, caller);
  }

  @RpcPattern(OutgoingSubjects.listAgencyCodes, ListAgencyCodes.Request)
  async agencyCodes(): Promise<ListAgencyCodes.Reply> {
    return { items: await this.outgoing.agencyCodes() };
  }

  @RpcPattern(OutgoingSubjects.updateAgencyCode, UpdateAgencyCode.Request)
  updateAgencyCode(@Payload() request: UpdateAgencyCode.Request, @Caller() caller: CallerContext): Promise<AgencyCodeView> {
    return this.outgoing.updateAgencyCode(request, caller);
  }
}
