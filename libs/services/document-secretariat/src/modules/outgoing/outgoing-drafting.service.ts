import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, secrecyPeriodProblem, type CreateOutgoing, type OutgoingDocumentView, type SubmitOutgoing, type UpdateOutgoing } from '@gov/contracts-document-secretariat';
import { DomainError, Transactions } from '@gov/platform';
import { BodyVersions } from '../../common/body-versions.js';
import { firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { nextOutgoingStatus } from './outgoing-state.js';
import { NOT_YET_NUMBERED, OutgoingRepository, type OutgoingRow } from './outgoing.repository.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { requireAny, requireDrafterOrClerk, OUTGOING_DRAFT, OUTGOING_PROCESS } from './outgoing.policy.js';

/** 拟稿: a new draft (every body save a version), changes to it, 送核稿. */
@Injectable()
export class OutgoingDraftingService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly documents: OutgoingRepository,
    private readonly transactions: Transactions,
    private readonly timeline: Timeline,
    private readonly versions: BodyVersions,
  ) {}

  async create(request: CreateOutgoing.Request, caller: CallerContext, corrects?: { original: OutgoingRow; reason: string }): Promise<OutgoingDocumentView> {
    requireAny(caller, [OUTGOING_DRAFT, OUTGOING_PROCESS], '无权拟稿');
    if (request.secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能拟制高于本人涉密等级的公文');
    // The unit directory is read outside the transaction: a transaction never waits for a second pool connection.
    const main = await this.workflow.recipients(request.mainRecipients, 'mainRecipients', '主送机关');
    const copies = await this.workflow.recipients(request.copyRecipients, 'copyRecipients', '抄送机关');
    const routing = await this.workflow.routing(request.routing);
    return this.transactions.run(async (tx) => {
      const agency = await this.workflow.activeAgency(request.agencyCode, tx);
      const id = randomUUID();
      const body = await this.versions.save(tx, caller, { kind: 'outgoing', id }, request.body, request.bodyNote ?? (corrects ? '更正稿（以原文件正文为底稿）' : '拟稿'));
      const now = new Date();
      const row: OutgoingRow = {
        id,
        status: 'drafting',
        agency_code: agency.code,
        issuing_body: agency.issuing_body,
        doc_type: request.docType,
        title: request.title.trim(),
        main_recipients: main,
        copy_recipients: copies,
        secrecy_level: request.secrecyLevel,
        secrecy_period: request.secrecyPeriod?.trim() || null,
        copy_number: request.copyNumber ?? null,
        urgency: request.urgency ?? 'normal',
        proposed_signer_name: request.proposedSignerName?.trim() || null,
        drafted_by_user_id: caller.userId,
        drafted_by: caller.username,
        drafted_by_name: caller.displayName,
        drafting_section: caller.sectionCode ?? null,
        body_version_no: body.versionNo,
        body_sha256: body.sha256,
        signed_by_user_id: null,
        signed_by: null,
        signer_name: null,
        signer_title: null,
        sign_opinion: null,
        signed_at: null,
        written_date: null,
        agency_code_version: null,
        ...NOT_YET_NUMBERED,
        corrects_document_id: corrects?.original.id ?? null,
        correction_reason: corrects?.reason ?? null,
        unit_ids: [],
        user_ids: [caller.userId],
        countersign_sections: [],
        routing,
        ...firstVersion(caller, now),
      };
      await this.documents.insert(row, tx.manager);
      if (request.attachments?.length) await this.workflow.attach(tx, caller, row, request.attachments);
      await this.workflow.recorded(tx, caller, row, {
        code: 'outgoing.drafted',
        label: corrects ? '拟稿（更正原文件）' : '拟稿',
        note: corrects ? `更正《${corrects.original.title}》（${corrects.original.doc_number ?? '无文号'}）：${corrects.reason}` : null,
        detail: { bodyVersionNo: body.versionNo, ...(corrects ? { correctsDocumentId: corrects.original.id } : {}) },
      });
      if (corrects) {
        await this.timeline.append(tx, caller, {
          kind: 'outgoing',
          id: corrects.original.id,
          action: 'outgoing.corrected',
          label: '以新文件更正',
          note: corrects.reason,
          detail: { correctionDocumentId: id },
        });
      }
      return this.workflow.viewOf(row, tx);
    });
  }

  async update(request: UpdateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    const { id, expectedVersion, body, bodyNote, attachments, ...fields } = request;
    const main = fields.mainRecipients && (await this.workflow.recipients(fields.mainRecipients, 'mainRecipients', '主送机关'));
    const copies = fields.copyRecipients && (await this.workflow.recipients(fields.copyRecipients, 'copyRecipients', '抄送机关'));
    const routing = fields.routing && (await this.workflow.routing(fields.routing));
    return this.workflow.step(id, expectedVersion, caller, async (doc, tx) => {
      requireDrafterOrClerk(caller, doc);
      if (fields.secrecyLevel !== undefined && fields.secrecyLevel > caller.clearance) {
        throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能将公文密级设为高于本人涉密等级');
      }
      nextOutgoingStatus(doc.status, 'edit');
      const changes: Partial<OutgoingRow> = {};
      if (fields.agencyCode !== undefined && fields.agencyCode !== doc.agency_code) {
        const agency = await this.workflow.activeAgency(fields.agencyCode, tx);
        Object.assign(changes, { agency_code: agency.code, issuing_body: agency.issuing_body });
      }
      if (fields.docType !== undefined) changes.doc_type = fields.docType;
      if (fields.title !== undefined) changes.title = fields.title.trim();
      if (main) changes.main_recipients = main;
      if (copies) changes.copy_recipients = copies;
      if (routing) changes.routing = routing;
      if (fields.secrecyLevel !== undefined) changes.secrecy_level = fields.secrecyLevel;
      if (fields.secrecyPeriod !== undefined) changes.secrecy_period = fields.secrecyPeriod.trim() || null;
      if (fields.copyNumber !== undefined) changes.copy_number = fields.copyNumber;
      // 密级 and 保密期限 go together on the record as it will be (a change of either alone is checked against the other).
      const periodProblem = secrecyPeriodProblem(changes.secrecy_level ?? doc.secrecy_level, 'secrecy_period' in changes ? changes.secrecy_period : doc.secrecy_period);
      if (periodProblem) throw new DomainError(CommonErrors.validationFailed, periodProblem, [{ field: 'secrecyPeriod', code: 'secrecyPeriodForLevel', message: `secrecyPeriod：${periodProblem}` }]);
      if (fields.urgency !== undefined) changes.urgency = fields.urgency;
      if (fields.proposedSignerName !== undefined) changes.proposed_signer_name = fields.proposedSignerName.trim() || null;
      let savedVersion: number | null = null;
      if (body !== undefined) {
        const latest = await this.versions.latest({ kind: 'outgoing', id }, tx);
        if (latest?.text !== body) {
          const saved = await this.versions.save(tx, caller, { kind: 'outgoing', id }, body, bodyNote ?? null);
          Object.assign(changes, { body_version_no: saved.versionNo, body_sha256: saved.sha256 });
          savedVersion = saved.versionNo;
        }
      }
      if (attachments?.length) await this.workflow.attach(tx, caller, { ...doc, ...changes }, attachments);
      return {
        action: 'edit',
        code: 'outgoing.edited',
        label: savedVersion ? `修改草稿（正文第 ${savedVersion} 版）` : '修改草稿',
        note: bodyNote ?? null,
        detail: { fields: Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined), ...(savedVersion ? { bodyVersionNo: savedVersion } : {}) },
        changes,
      };
    });
  }

  async submit(request: SubmitOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc) => {
      requireDrafterOrClerk(caller, doc);
      return { action: 'submit', code: 'outgoing.submitted', label: '送核稿', note: request.note ?? null, detail: { bodyVersionNo: doc.body_version_no }, changes: {} };
    });
  }
}
