import { Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import type {
  AgencyCodeView,
  Countersign,
  CorrectOutgoing,
  CreateOutgoing,
  DistributionView,
  IssueOutgoing,
  ListOutgoing,
  NumberOutgoing,
  OutgoingDocumentView,
  PrintOutgoing,
  RequestCountersign,
  ReturnOutgoing,
  ReviewOutgoing,
  SealOutgoing,
  SetDisclosure,
  SignOutgoing,
  SubmitOutgoing,
  UpdateAgencyCode,
  UpdateOutgoing,
} from '@gov/contracts-document-secretariat';
import { AgencyCodesService } from './agency-codes.service.js';
import { OutgoingCorrectionsService } from './outgoing-corrections.service.js';
import { OutgoingDraftingService } from './outgoing-drafting.service.js';
import { OutgoingIssuingService } from './outgoing-issuing.service.js';
import { OutgoingReviewService } from './outgoing-review.service.js';
import { OutgoingSigningService } from './outgoing-signing.service.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { OutgoingRepository } from './outgoing.repository.js';
import { listItemView } from './outgoing.views.js';

/**
 * 发文: 拟稿 (every body save a version) → 核稿 (the 行文规则 checks, stored with the version reviewed) → 会签 → 签发 (signing
 * rights per 机关代字) → 编号 (gap-free per 代字 per year, in the same transaction) → 印制 → 用印 → 核发 (distribution with
 * read receipts, the `OutgoingDocumentIssued` event, and from then on an immutable record; a correction is a new document).
 * One entry for the RPC controller; each concern is its own service (drafting, review, signing, issuing, corrections,
 * the 机关代字 registry) over the shared workflow; the reads are here.
 */
@Injectable()
export class OutgoingService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly documents: OutgoingRepository,
    private readonly drafting: OutgoingDraftingService,
    private readonly corrections: OutgoingCorrectionsService,
    private readonly reviewing: OutgoingReviewService,
    private readonly signing: OutgoingSigningService,
    private readonly issuing: OutgoingIssuingService,
    private readonly agencies: AgencyCodesService,
  ) {}

  create(request: CreateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.drafting.create(request, caller);
  }

  update(request: UpdateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.drafting.update(request, caller);
  }

  submit(request: SubmitOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.drafting.submit(request, caller);
  }

  review(request: ReviewOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.reviewing.review(request, caller);
  }

  returnDraft(request: ReturnOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.reviewing.returnDraft(request, caller);
  }

  requestCountersign(request: RequestCountersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.signing.requestCountersign(request, caller);
  }

  countersign(request: Countersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.signing.countersign(request, caller);
  }

  sign(request: SignOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.signing.sign(request, caller);
  }

  number(request: NumberOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.issuing.number(request, caller);
  }

  print(request: PrintOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.issuing.print(request, caller);
  }

  seal(request: SealOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.issuing.seal(request, caller);
  }

  setDisclosure(request: SetDisclosure.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.issuing.setDisclosure(request, caller);
  }

  issue(request: IssueOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.issuing.issue(request, caller);
  }

  correct(request: CorrectOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.corrections.correct(request, caller);
  }

  receive(id: string, caller: CallerContext): Promise<DistributionView> {
    return this.issuing.receive(id, caller);
  }

  agencyCodes(): Promise<AgencyCodeView[]> {
    return this.agencies.agencyCodes();
  }

  updateAgencyCode(request: UpdateAgencyCode.Request, caller: CallerContext): Promise<AgencyCodeView> {
    return this.agencies.updateAgencyCode(request, caller);
  }

  // ---- reads ----

  async get(id: string, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.viewOf(await this.workflow.visible(id, caller));
  }

  async list(request: ListOutgoing.Request, caller: CallerContext): Promise<ListOutgoing.Reply> {
    const page = pageOf(request);
    const { items, total } = await this.documents.search({ ...request, ...page }, caller);
    return {
      items: items.map(listItemView),
      total,
      ...page,
    };
  }
}
