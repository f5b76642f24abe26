import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { OutgoingService } from './outgoing.service.js';

@Injectable()
export class OutgoingRpcController {
  constructor(private readonly outgoing: OutgoingService) {}

  @RpcHandler(OutgoingSubjects.create, CreateOutgoing.Request)
  create(request: CreateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.create(request, caller);
  }

  @RpcHandler(OutgoingSubjects.update, UpdateOutgoing.Request)
  update(request: UpdateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.update(request, caller);
  }

  @RpcHandler(OutgoingSubjects.submit, SubmitOutgoing.Request)
  submit(request: SubmitOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.submit(request, caller);
  }

  @RpcHandler(OutgoingSubjects.review, ReviewOutgoing.Request)
  review(request: ReviewOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.review(request, caller);
  }

  @RpcHandler(OutgoingSubjects.return, ReturnOutgoing.Request)
  returnDraft(request: ReturnOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.returnDraft(request, caller);
  }

  @RpcHandler(OutgoingSubjects.requestCountersign, RequestCountersign.Request)
  requestCountersign(request: RequestCountersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.requestCountersign(request, caller);
  }

  @RpcHandler(OutgoingSubjects.countersign, Countersign.Request)
  countersign(request: Countersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.countersign(request, caller);
  }

  @RpcHandler(OutgoingSubjects.sign, SignOutgoing.Request)
  sign(request: SignOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.sign(request, caller);
  }

  @RpcHandler(OutgoingSubjects.number, NumberOutgoing.Request)
  number(request: NumberOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.number(request, caller);
  }

  @RpcHandler(OutgoingSubjects.print, PrintOutgoing.Request)
  print(request: PrintOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.print(request, caller);
  }

  @RpcHandler(OutgoingSubjects.seal, SealOutgoing.Request)
  seal(request: SealOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.seal(request, caller);
  }

  @RpcHandler(OutgoingSubjects.disclosure, SetDisclosure.Request)
  disclosure(request: SetDisclosure.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.setDisclosure(request, caller);
  }

  @RpcHandler(OutgoingSubjects.issue, IssueOutgoing.Request)
  issue(request: IssueOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.issue(request, caller);
  }

  @RpcHandler(OutgoingSubjects.correct, CorrectOutgoing.Request)
  correct(request: CorrectOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.correct(request, caller);
  }

  @RpcHandler(OutgoingSubjects.receipt, ReceiveOutgoing.Request)
  receive(request: ReceiveOutgoing.Request, caller: CallerContext): Promise<DistributionView> {
    return this.outgoing.receive(request.id, caller);
  }

  @RpcHandler(OutgoingSubjects.get, GetOutgoing.Request)
  get(request: GetOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.outgoing.get(request.id, caller);
  }

  @RpcHandler(OutgoingSubjects.list, ListOutgoing.Request)
  list(request: ListOutgoing.Request, caller: CallerContext): Promise<ListOutgoing.Reply> {
    return this.outgoing.list(request, caller);
  }

  @RpcHandler(OutgoingSubjects.listAgencyCodes, ListAgencyCodes.Request)
  async agencyCodes(): Promise<ListAgencyCodes.Reply> {
    return { items: await this.outgoing.agencyCodes() };
  }

  @RpcHandler(OutgoingSubjects.updateAgencyCode, UpdateAgencyCode.Request)
  updateAgencyCode(request: UpdateAgencyCode.Request, caller: CallerContext): Promise<AgencyCodeView> {
    return this.outgoing.updateAgencyCode(request, caller);
  }
}
