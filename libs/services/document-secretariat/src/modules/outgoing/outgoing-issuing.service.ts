import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import {
  DISCLOSURE_LABELS,
  DocumentSecretariatEvents,
  OutgoingErrors,
  type DistributionView,
  type IssueOutgoing,
  type NumberOutgoing,
  type OutgoingDocumentIssued,
  type OutgoingDocumentView,
  type PrintOutgoing,
  type SealOutgoing,
  type SetDisclosure,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions } from '@gov/platform';
import { Timeline } from '../../common/timeline.js';
import { SealsService } from '../seals/seals.service.js';
import { documentNumberProblems, formatDocumentNumber, parseDocumentNumber } from './document-number.js';
import { DocumentNumberRepository } from './document-number.repository.js';
import { nextOutgoingStatus, type OutgoingAction } from './outgoing-state.js';
import { OutgoingRepository } from './outgoing.repository.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { requireAny, OUTGOING_PROCESS, DOCUMENTS_HANDLE_OWN } from './outgoing.policy.js';
import { chinaToday } from './outgoing-rules.js';
import { distributionView } from './outgoing.views.js';

/** From 签发 to the recipients: 编号 (gap-free per 代字 and year), 印制, 用印, 公开属性, 核发, and the recipients' 签收. */
@Injectable()
export class OutgoingIssuingService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly documents: OutgoingRepository,
    private readonly numbers: DocumentNumberRepository,
    private readonly transactions: Transactions,
    private readonly timeline: Timeline,
    private readonly seals: SealsService,
  ) {}

  /**
   * 编号 (登记, 条例第二十五条): the 发文字号 is allocated in this transaction from the one running sequence of the 代字 for the
   * year of the 成文日期, so concurrent numbering is gap-free and duplicate-free; a hand-entered number is validated.
   */
  async number(request: NumberOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以编发文字号');
      nextOutgoingStatus(doc.status, 'number');
      // 联合行文使用主办机关的发文字号 (条例第九条、第十七条): a document this office does not lead gets no number of ours.
      const lead = doc.routing?.jointIssuance?.leadBody;
      if (lead && lead !== doc.issuing_body) {
        throw new DomainError(OutgoingErrors.jointNotLead, `联合行文使用主办机关（${lead}）的发文字号，本机关（${doc.issuing_body}）不能编号（条例第九条、第十七条）`, [
          { field: 'routing.jointIssuance.leadBody', code: 'jointLead', message: `主办机关为${lead}，应由主办机关编号发文（条例第十七条）` },
        ]);
      }
      const year = Number((doc.written_date ?? chinaToday()).slice(0, 4));
      let number: { text: string; year: number; sequence: number };
      const manual = request.manualDocNumber?.trim();
      if (manual) {
        const problems = documentNumberProblems(manual);
        const parsed = parseDocumentNumber(manual);
        if (problems.length || !parsed) {
          throw new DomainError(
            OutgoingErrors.invalidDocNumber,
            `发文字号“${manual}”不规范：${problems.join('；')}`,
            problems.map((p) => ({ field: 'manualDocNumber', code: 'format', message: `manualDocNumber：${p}` })),
          );
        }
        if (parsed.agencyCode !== doc.agency_code) {
          throw new DomainError(OutgoingErrors.invalidDocNumber, `发文字号的机关代字“${parsed.agencyCode}”与本文件的机关代字“${doc.agency_code}”不一致`, [
            { field: 'manualDocNumber', code: 'agencyCode', message: `manualDocNumber：机关代字应为“${doc.agency_code}”` },
          ]);
        }
        if (await this.documents.docNumberTaken(manual, tx.manager)) throw new DomainError(OutgoingErrors.docNumberTaken, `发文字号“${manual}”已被其他文件使用`);
        const reserved = await this.numbers.reserve(tx.manager, parsed.agencyCode, parsed.year, parsed.sequence);
        if (!reserved.accepted) {
          const expected = formatDocumentNumber({ agencyCode: parsed.agencyCode, year: parsed.year, sequence: reserved.last + 1 });
          if (parsed.sequence <= reserved.last) {
            throw new DomainError(OutgoingErrors.docNumberTaken, `发文字号“${manual}”已编出（${parsed.agencyCode}${parsed.year}年已编至第${reserved.last}号），下一个应为“${expected}”`);
          }
          throw new DomainError(OutgoingErrors.docNumberNotNext, `发文字号须按顺序编号，不能跳号：下一个应为“${expected}”，不能登记“${manual}”`, [
            { field: 'manualDocNumber', code: 'sequence', message: `manualDocNumber：下一个应为“${expected}”` },
          ]);
        }
        number = { text: manual, year: parsed.year, sequence: parsed.sequence };
      } else {
        number = await this.numbers.allocate(tx.manager, doc.agency_code, year);
        if (await this.documents.docNumberTaken(number.text, tx.manager)) {
          throw new DomainError(OutgoingErrors.docNumberTaken, `发文字号“${number.text}”已被人工登记的文件使用，请核对代字表的顺序号`);
        }
      }
      return {
        action: 'number',
        code: 'outgoing.numbered',
        label: manual ? '编号（人工登记发文字号）' : '编号',
        note: number.text,
        detail: { docNumber: number.text, year: number.year, sequence: number.sequence, manual: !!manual },
        changes: { doc_number: number.text, doc_year: number.year, doc_sequence: number.sequence, doc_number_manual: !!manual },
      };
    });
  }

  async print(request: PrintOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以登记印制');
      nextOutgoingStatus(doc.status, 'print');
      const classified = doc.secrecy_level > 0;
      if (classified && !request.securePlace) {
        throw new DomainError(OutgoingErrors.printRule, '涉密公文应当在符合保密要求的场所印制（条例第二十五条）');
      }
      if (classified && (!request.copyNumberFrom || !request.copyNumberTo)) {
        throw new DomainError(OutgoingErrors.printRule, '涉密公文印制须登记份号范围（条例第九条：涉密公文应当标注份号）');
      }
      if (request.copyNumberFrom || request.copyNumberTo) {
        const from = Number(request.copyNumberFrom);
        const to = Number(request.copyNumberTo);
        if (!request.copyNumberFrom || !request.copyNumberTo || to < from || to - from + 1 !== request.quantity) {
          throw new DomainError(OutgoingErrors.printRule, `份号范围应与印制份数一致（${request.quantity} 份），起号不大于止号`);
        }
      }
      return {
        action: 'print',
        code: 'outgoing.printed',
        label: '印制',
        note: `${request.quantity} 份${request.copyNumberFrom ? `，份号 ${request.copyNumberFrom}—${request.copyNumberTo}` : ''}${request.securePlace ? '，在保密场所印制' : ''}`,
        detail: { quantity: request.quantity, copyNumberFrom: request.copyNumberFrom ?? null, copyNumberTo: request.copyNumberTo ?? null, securePlace: request.securePlace },
        changes: {
          print_quantity: request.quantity,
          copy_number_from: request.copyNumberFrom ?? null,
          copy_number_to: request.copyNumberTo ?? null,
          printed_securely: request.securePlace,
          printed_at: new Date(),
          printed_by: caller.username,
        },
      };
    });
  }

  async seal(request: SealOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以登记用印');
      nextOutgoingStatus(doc.status, 'seal');
      const use = await this.seals.useById(request.sealUseId, tx.manager);
      if (!use || use.documentId !== doc.id) {
        throw new DomainError(OutgoingErrors.sealUseInvalid, '该用印记录不存在或不是为本文件申请的：请先为本文件申请用印，经批准并用印后再登记');
      }
      return {
        action: 'seal',
        code: 'outgoing.sealed',
        label: '用印',
        note: `${use.sealName}，${use.impressions} 次（${use.appliedByName}）`,
        detail: { sealUseId: use.id, sealId: use.sealId, impressions: use.impressions },
        changes: { seal_use_id: use.id, sealed_at: new Date() },
      };
    });
  }

  async setDisclosure(request: SetDisclosure.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以确定公开属性');
      nextOutgoingStatus(doc.status, 'setDisclosure');
      const reason = request.reason?.trim() || null;
      if (request.disclosure === 'not_public' && !reason) {
        throw new DomainError(CommonErrors.validationFailed, '不予公开须写明理由', [{ field: 'reason', code: 'isNotEmpty', message: 'reason：不予公开须写明理由（如涉及国家秘密）' }]);
      }
      return {
        action: 'setDisclosure',
        code: 'outgoing.disclosure-set',
        label: `确定公开属性：${DISCLOSURE_LABELS[request.disclosure]}`,
        note: reason,
        detail: { disclosure: request.disclosure },
        changes: { disclosure: request.disclosure, non_disclosure_reason: request.disclosure === 'not_public' ? reason : null },
      };
    });
  }

  async issue(request: IssueOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以核发');
      const action: OutgoingAction = doc.status === 'printed' && doc.doc_type === '纪要' ? 'issueUnsealed' : 'issue';
      nextOutgoingStatus(doc.status, action);
      if (!doc.disclosure) throw new DomainError(OutgoingErrors.disclosureMissing, '核发前须确定公开属性（主动公开、依申请公开或不予公开）');
      const now = new Date();
      const distribution = [
        ...doc.main_recipients.filter((r) => r.unitId).map((r) => ({ unitId: r.unitId as string, name: r.name, role: 'main' as const })),
        ...doc.copy_recipients.filter((r) => r.unitId).map((r) => ({ unitId: r.unitId as string, name: r.name, role: 'copy' as const })),
      ].filter((r, i, all) => all.findIndex((o) => o.unitId === r.unitId) === i);
      await this.documents.insertDistribution(
        distribution.map((r) => ({
          id: randomUUID(),
          document_id: doc.id,
          unit_id: r.unitId,
          unit_name: r.name,
          role: r.role,
          distributed_at: now,
          received_at: null,
          received_by: null,
          received_by_name: null,
        })),
        tx.manager,
      );
      const event: OutgoingDocumentIssued.Event = {
        documentId: doc.id,
        docNumber: doc.doc_number as string,
        title: doc.title,
        docType: doc.doc_type,
        issuingBody: doc.issuing_body,
        writtenDate: doc.written_date as string,
        issuedAt: now.toISOString(),
        disclosure: doc.disclosure,
        ...(doc.non_disclosure_reason ? { nonDisclosureReason: doc.non_disclosure_reason } : {}),
        secrecyLevel: doc.secrecy_level,
        mainRecipientUnitIds: doc.main_recipients.filter((r) => r.unitId).map((r) => r.unitId as string),
        copyRecipientUnitIds: doc.copy_recipients.filter((r) => r.unitId).map((r) => r.unitId as string),
        bodySha256: doc.body_sha256.trim(),
        ...(doc.corrects_document_id ? { correctsDocumentId: doc.corrects_document_id } : {}),
      };
      // Emitted once: the state machine allows 核发 only from 已用印 (or 已印制 for a 纪要), and an issued document has no steps left.
      await tx.emit(DocumentSecretariatEvents.outgoingIssued, event);
      return {
        action,
        code: 'outgoing.issued',
        label: '核发',
        note: distribution.length ? `分发至：${distribution.map((r) => r.name).join('、')}` : null,
        detail: { docNumber: doc.doc_number, units: distribution.map((r) => r.unitId), disclosure: doc.disclosure },
        changes: { issued_at: now, issued_by: caller.username, unit_ids: [...new Set([...doc.unit_ids, ...distribution.map((r) => r.unitId)])] },
      };
    });
  }

  /** 签收: the liaison of a 主送/抄送 unit records that the unit received the issued document (the read receipt). */
  async receive(id: string, caller: CallerContext): Promise<DistributionView> {
    requireAny(caller, [DOCUMENTS_HANDLE_OWN], '只有收文单位的联络员可以签收');
    return this.transactions.run(async (tx) => {
      const doc = await this.workflow.visibleForUpdate(id, caller, tx);
      if (!caller.unitId) throw new DomainError(OutgoingErrors.notRecipient, '只有收文单位的联络员可以签收');
      const { row, first } = await this.documents.receive(doc.id, caller.unitId, caller, tx.manager);
      if (!row) throw new DomainError(OutgoingErrors.notRecipient, '本单位不是该文件的主送或抄送单位');
      if (first) {
        await this.timeline.append(tx, caller, { kind: 'outgoing', id: doc.id, action: 'outgoing.received', label: `签收（${row.unit_name}）`, detail: { unitId: row.unit_id } });
      }
      return distributionView(row);
    });
  }
}
