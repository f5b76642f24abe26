import { Injectable } from '@nestjs/common';
import { type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, OUTGOING_STATUS_LABELS, type CorrectOutgoing, type CreateOutgoing, type OutgoingDocumentView } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import { BodyVersions } from '../../common/body-versions.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { OutgoingDraftingService } from './outgoing-drafting.service.js';
import { requireAny, OUTGOING_DRAFT, OUTGOING_PROCESS } from './outgoing.policy.js';
import { routingInput, toInput } from './outgoing-rules.js';

/** Corrections of issued documents (更正), drafted from the original's last body. */
@Injectable()
export class OutgoingCorrectionsService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly drafting: OutgoingDraftingService,
    private readonly versions: BodyVersions,
  ) {}

  /** 更正: an issued document is never changed; a correction is a new draft that references it. */
  async correct(request: CorrectOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    requireAny(caller, [OUTGOING_DRAFT, OUTGOING_PROCESS], '无权拟稿');
    const original = await this.workflow.visible(request.id, caller);
    if (original.status !== 'issued') {
      throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${OUTGOING_STATUS_LABELS[original.status]}”不能更正：未核发的文件请直接修改或退回`);
    }
    const latest = await this.versions.latest({ kind: 'outgoing', id: original.id });
    return this.drafting.create(
      {
        agencyCode: original.agency_code,
        docType: original.doc_type as CreateOutgoing.Request['docType'],
        title: original.title,
        mainRecipients: original.main_recipients.map(toInput),
        copyRecipients: original.copy_recipients.map(toInput),
        secrecyLevel: original.secrecy_level as CreateOutgoing.Request['secrecyLevel'],
        ...(original.secrecy_period ? { secrecyPeriod: original.secrecy_period } : {}),
        ...(original.copy_number ? { copyNumber: original.copy_number } : {}),
        urgency: original.urgency as CreateOutgoing.Request['urgency'],
        ...(original.proposed_signer_name ? { proposedSignerName: original.proposed_signer_name } : {}),
        body: latest?.text ?? '',
        routing: routingInput(original.routing),
      },
      caller,
      { original, reason: request.reason.trim() },
    );
  }
}
