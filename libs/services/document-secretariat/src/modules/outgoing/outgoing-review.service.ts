import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type CallerContext } from '@gov/contracts-common';
import { type FindingView, type OutgoingDocumentView, type ReturnOutgoing, type ReviewOutgoing } from '@gov/contracts-document-secretariat';
import { BodyVersions } from '../../common/body-versions.js';
import { nextOutgoingStatus } from './outgoing-state.js';
import { OutgoingRepository, type ReviewRow } from './outgoing.repository.js';
import { reviewDraft } from './review-rules.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { requireAny, OUTGOING_PROCESS, OUTGOING_SIGN } from './outgoing.policy.js';
import { CLASSIFICATION, reviewRecipient, routingForReview } from './outgoing-rules.js';

/** 核稿: the 行文规则 checks stored with the body version reviewed, and 退回 with comments. */
@Injectable()
export class OutgoingReviewService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly documents: OutgoingRepository,
    private readonly versions: BodyVersions,
  ) {}

  /** Runs the 行文规则 checks on the current body version and stores the findings; errors keep the draft from 签发. */
  async review(request: ReviewOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以核稿');
      nextOutgoingStatus(doc.status, 'reviewPass');
      const agency = await this.workflow.activeAgency(doc.agency_code, tx);
      const latest = await this.versions.latest({ kind: 'outgoing', id: doc.id }, tx);
      const findings: FindingView[] = reviewDraft({
        documentType: doc.doc_type,
        title: doc.title,
        issuingAuthorityNames: agency.body_names,
        principal: doc.main_recipients.map(reviewRecipient),
        copies: doc.copy_recipients.map(reviewRecipient),
        signerName: doc.proposed_signer_name,
        classification: CLASSIFICATION[doc.secrecy_level],
        copyNumber: doc.copy_number,
        body: latest?.text ?? '',
        documentNumber: doc.doc_number,
        routing: routingForReview(doc.routing),
      });
      const errors = findings.filter((f) => f.severity === 'error');
      const review: ReviewRow & { reviewed_by_user_id: string } = {
        id: randomUUID(),
        document_id: doc.id,
        body_version_no: doc.body_version_no,
        outcome: errors.length ? 'failed' : 'passed',
        findings,
        comment: request.comment?.trim() || null,
        reviewed_by_user_id: caller.userId,
        reviewed_by: caller.username,
        reviewed_by_name: caller.displayName,
        reviewed_at: new Date(),
      };
      await this.documents.insertReview(review, tx.manager);
      const warnings = findings.length - errors.length;
      return {
        action: errors.length ? 'reviewFail' : 'reviewPass',
        code: errors.length ? 'outgoing.review-failed' : 'outgoing.reviewed',
        label: errors.length ? `核稿（发现 ${errors.length} 处错误）` : '核稿通过',
        note: [review.comment, ...findings.map((f) => `${f.severity === 'error' ? '错误' : '提醒'}：${f.message}（${f.basis}）`)].filter(Boolean).join('\n') || null,
        detail: { reviewId: review.id, bodyVersionNo: doc.body_version_no, errors: errors.length, warnings },
        changes: {},
      };
    });
  }

  /** 退回: the reviewer (or a signing leader) sends the draft back with comments; open countersigns lapse. */
  async returnDraft(request: ReturnOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_PROCESS, OUTGOING_SIGN], '只有核稿人或签发领导可以退回');
      nextOutgoingStatus(doc.status, 'return');
      await this.documents.supersedePending(doc.id, tx.manager);
      return { action: 'return', code: 'outgoing.returned', label: '退回修改', note: request.comment.trim(), changes: {} };
    });
  }
}
