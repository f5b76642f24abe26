import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_CALLER, type CallerContext, type EventEnvelope } from '@gov/contracts-common';
import type { MonthlyNoticeSigned } from '@gov/contracts-information';
import type { Tx } from '@gov/platform';
import { BodyVersions } from '../../common/body-versions.js';
import { firstVersion } from '../../common/audit-columns.js';
import { NOT_YET_NUMBERED, OutgoingRepository, type OutgoingRow } from '../outgoing/outgoing.repository.js';
import { OutgoingWorkflow } from '../outgoing/outgoing-workflow.js';
import { OutgoingOriginsRepository } from './information-notices.repository.js';
import { MONTHLY_NOTICE_AGENCY_CODE, MONTHLY_NOTICE_DOC_TYPE, MONTHLY_NOTICE_ORIGIN, noticeRecipients, originLabel } from './notice-document.js';

/**
 * 信息科's 月度通报, signed by the office's leader, arrives here to be issued: it is registered as a 发文 already 签发
 * (起草、审核、签发 happened in information), awaiting 编号 → 印制 → 用印 → 核发 by 文秘科 like any other outgoing
 * document, with its origin (信息科 月度通报, the notice id) kept beside it. One 发文 per notice: the platform inbox drops
 * a redelivered envelope, and the origin's unique key (checked under a lock) drops a re-emitted one.
 */
@Injectable()
export class InformationNoticesService {
  private readonly logger = new Logger(InformationNoticesService.name);

  constructor(
    private readonly documents: OutgoingRepository,
    private readonly workflow: OutgoingWorkflow,
    private readonly versions: BodyVersions,
    private readonly origins: OutgoingOriginsRepository,
  ) {}

  async registerSignedNotice(event: MonthlyNoticeSigned.Event, envelope: EventEnvelope | undefined, tx: Tx): Promise<string> {
    const existing = await this.origins.lockDocumentOf(MONTHLY_NOTICE_ORIGIN, event.noticeId, tx.manager);
    if (existing) {
      this.logger.log(`月度通报 ${event.noticeId} 已登记为发文 ${existing}，不重复登记`);
      return existing;
    }
    // Done on information's behalf: the timeline names the section and the signer; the system is the hand that wrote it.
    const actor: CallerContext = { ...SYSTEM_CALLER, displayName: '信息科（月度通报）' };
    const agency = await this.workflow.activeAgency(MONTHLY_NOTICE_AGENCY_CODE, tx);
    const main = await this.workflow.recipients(noticeRecipients(event), 'mainRecipients', '主送机关');
    const id = randomUUID();
    const label = originLabel(event);
    const body = await this.versions.save(tx, actor, { kind: 'outgoing', id }, event.bodyText, `${label}签发稿`);
    const now = new Date();
    const row: OutgoingRow = {
      id,
      status: 'signed',
      agency_code: agency.code,
      issuing_body: agency.issuing_body,
      doc_type: MONTHLY_NOTICE_DOC_TYPE,
      title: event.title,
      main_recipients: main,
      copy_recipients: [],
      secrecy_level: 0,
      secrecy_period: null,
      copy_number: null,
      urgency: 'normal',
      proposed_signer_name: event.signerName,
      drafted_by_user_id: SYSTEM_CALLER.userId,
      drafted_by: SYSTEM_CALLER.username,
      drafted_by_name: '信息科',
      drafting_section: event.section,
      body_version_no: body.versionNo,
      body_sha256: body.sha256,
      signed_by_user_id: event.signedByUserId,
      signed_by: event.signedBy,
      signer_name: event.signerName,
      signer_title: null,
      sign_opinion: event.opinion ?? null,
      signed_at: now,
      written_date: event.signedOn,
      agency_code_version: agency.version,
      ...NOT_YET_NUMBERED,
      corrects_document_id: null,
      correction_reason: null,
      unit_ids: [],
      user_ids: [event.signedByUserId],
      countersign_sections: [],
      routing: {},
      ...firstVersion(actor, now),
    };
    await this.documents.insert(row, tx.manager);
    await this.origins.insert({ document_id: id, origin_kind: MONTHLY_NOTICE_ORIGIN, origin_id: event.noticeId, origin_label: label, event_id: envelope?.id ?? null, received_at: now }, tx.manager);
    await this.workflow.recorded(tx, actor, row, {
      code: 'outgoing.registered-from-origin',
      label: `登记${label}（已由${event.signerName}于${event.signedOn}签发，待编号印发）`,
      note: event.opinion ?? null,
      detail: { origin: MONTHLY_NOTICE_ORIGIN, originId: event.noticeId, noticeId: event.noticeId, month: event.month, signedBy: event.signedBy, signedOn: event.signedOn, noticeVersion: event.version },
      at: now,
    });
    return id;
  }
}
