import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext, type FieldError } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  COUNTERSIGN_STATUS_LABELS,
  DISCLOSURE_LABELS,
  DocumentSecretariatEvents,
  OUTGOING_STATUS_LABELS,
  OutgoingErrors,
  OutgoingEvents,
  RECIPIENT_RELATION_LABELS,
  type AgencyCodeView,
  type Countersign,
  type CorrectOutgoing,
  type CreateOutgoing,
  type DistributionView,
  type FileRef,
  type FindingView,
  type IssueOutgoing,
  type ListOutgoing,
  type NumberOutgoing,
  type OutgoingDocumentChanged,
  type OutgoingDocumentIssued,
  type OutgoingDocumentView,
  type OutgoingStatus,
  type PrintOutgoing,
  type RecipientInput,
  type RecipientRelation,
  type RecipientView,
  type RequestCountersign,
  type ReturnOutgoing,
  type ReviewOutgoing,
  type SealOutgoing,
  type SetDisclosure,
  type SignOutgoing,
  type SubmitOutgoing,
  type UpdateAgencyCode,
  type UpdateOutgoing,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import type { UnitType } from '@gov/contracts-duty-and-meetings';
import { canSee } from '../../common/access.js';
import { BodyVersions } from '../../common/body-versions.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { auditOf, firstVersion } from '../../common/record-table.js';
import { Timeline } from '../../common/timeline.js';
import { KnownUnits } from '../../common/units.js';
import { SealsService } from '../seals/seals.service.js';
import { documentNumberProblems, formatDocumentNumber, parseDocumentNumber } from './document-number.js';
import { DocumentNumberRepository } from './document-number.repository.js';
import { isUpward, nextOutgoingStatus, type OutgoingAction } from './outgoing-state.js';
import { OutgoingRepository, type AgencyCodeRow, type CountersignRow, type OutgoingRow, type ReviewRow } from './outgoing.repository.js';
import { reviewDraft, type DraftForReview } from './review-rules.js';

export const OUTGOING_DRAFT = 'outgoing:draft';
export const OUTGOING_PROCESS = 'outgoing:process';
export const OUTGOING_COUNTERSIGN = 'outgoing:countersign';
export const OUTGOING_SIGN = 'outgoing:sign';
export const DOCUMENTS_HANDLE_OWN = 'documents:handle-own';

/** The office's sections (科室) that may be asked to countersign. */
export const SECTION_NAMES: Record<string, string> = {
  zonghe: '综合科',
  wenmi: '文秘科',
  mishu_yi: '秘书一科',
  mishu_er: '秘书二科',
  xinxi: '信息科',
  ducha: '督查室',
  renshi: '人事科',
  caiwu: '财务科',
  dashuju: '大数据科',
  waishi: '外事科',
  jiguan_shiwu: '机关事务管理科',
  zhineng_zhuanbian: '政府职能转变协调推进科',
  dang_zongzhi: '机关党总支',
};

/** How a unit of the directory stands to the district government and its office, when the drafter does not say. */
const RELATION_OF_UNIT_TYPE: Record<UnitType, RecipientRelation> = {
  department: 'subordinate',
  town: 'subordinate',
  street: 'subordinate',
  development_zone: 'subordinate',
  party_committee_office: 'peer',
  npc_office: 'peer',
  cppcc_office: 'peer',
};

const CLASSIFICATION: Record<number, DraftForReview['classification']> = { 0: 'none', 1: '秘密', 2: '机密', 3: '绝密' };

/** Today in China (成文日期 and the year of a 发文字号 are Beijing dates). */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

interface Change {
  action: OutgoingAction;
  /** Stable timeline code, e.g. `outgoing.signed`. */
  code: string;
  label: string;
  note?: string | null;
  detail?: Record<string, unknown>;
  changes: Partial<OutgoingRow>;
}

/**
 * 发文: 拟稿 (every body save a version) → 核稿 (the 行文规则 checks, stored with the version reviewed) → 会签 → 签发 (signing
 * rights per 机关代字) → 编号 (gap-free per 代字 per year, in the same transaction) → 印制 → 用印 → 核发 (distribution with
 * read receipts, the `OutgoingDocumentIssued` event, and from then on an immutable record; a correction is a new document).
 */
@Injectable()
export class OutgoingService {
  constructor(
    private readonly documents: OutgoingRepository,
    private readonly numbers: DocumentNumberRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly versions: BodyVersions,
    private readonly files: Files,
    private readonly units: KnownUnits,
    private readonly seals: SealsService,
  ) {}

  // ---- 拟稿 ----

  async create(request: CreateOutgoing.Request, caller: CallerContext, corrects?: { original: OutgoingRow; reason: string }): Promise<OutgoingDocumentView> {
    this.require(caller, [OUTGOING_DRAFT, OUTGOING_PROCESS], '无权拟稿');
    if (request.secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能拟制高于本人涉密等级的公文');
    // The unit directory is read outside the transaction: a transaction never waits for a second pool connection.
    const main = await this.recipients(request.mainRecipients, 'mainRecipients', '主送机关');
    const copies = await this.recipients(request.copyRecipients, 'copyRecipients', '抄送机关');
    return this.transactions.run(async (tx) => {
      const agency = await this.activeAgency(request.agencyCode, tx);
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
        doc_number: null,
        doc_year: null,
        doc_sequence: null,
        doc_number_manual: false,
        print_quantity: null,
        copy_number_from: null,
        copy_number_to: null,
        printed_securely: null,
        printed_at: null,
        printed_by: null,
        seal_use_id: null,
        sealed_at: null,
        disclosure: null,
        non_disclosure_reason: null,
        issued_at: null,
        issued_by: null,
        corrects_document_id: corrects?.original.id ?? null,
        correction_reason: corrects?.reason ?? null,
        unit_ids: [],
        user_ids: [caller.userId],
        countersign_sections: [],
        ...firstVersion(caller, now),
      };
      await this.documents.insert(row, tx.manager);
      if (request.attachments?.length) await this.attach(tx, caller, row, request.attachments);
      await this.recorded(tx, caller, row, {
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
      return this.viewOf(row, tx);
    });
  }

  async update(request: UpdateOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    const { id, expectedVersion, body, bodyNote, attachments, ...fields } = request;
    const main = fields.mainRecipients && (await this.recipients(fields.mainRecipients, 'mainRecipients', '主送机关'));
    const copies = fields.copyRecipients && (await this.recipients(fields.copyRecipients, 'copyRecipients', '抄送机关'));
    return this.step(id, expectedVersion, caller, async (doc, tx) => {
      this.requireDrafterOrClerk(caller, doc);
      if (fields.secrecyLevel !== undefined && fields.secrecyLevel > caller.clearance) {
        throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能将公文密级设为高于本人涉密等级');
      }
      nextOutgoingStatus(doc.status, 'edit');
      const changes: Partial<OutgoingRow> = {};
      if (fields.agencyCode !== undefined && fields.agencyCode !== doc.agency_code) {
        const agency = await this.activeAgency(fields.agencyCode, tx);
        Object.assign(changes, { agency_code: agency.code, issuing_body: agency.issuing_body });
      }
      if (fields.docType !== undefined) changes.doc_type = fields.docType;
      if (fields.title !== undefined) changes.title = fields.title.trim();
      if (main) changes.main_recipients = main;
      if (copies) changes.copy_recipients = copies;
      if (fields.secrecyLevel !== undefined) changes.secrecy_level = fields.secrecyLevel;
      if (fields.secrecyPeriod !== undefined) changes.secrecy_period = fields.secrecyPeriod.trim() || null;
      if (fields.copyNumber !== undefined) changes.copy_number = fields.copyNumber;
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
      if (attachments?.length) await this.attach(tx, caller, { ...doc, ...changes }, attachments);
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
    return this.step(request.id, request.expectedVersion, caller, async (doc) => {
      this.requireDrafterOrClerk(caller, doc);
      return { action: 'submit', code: 'outgoing.submitted', label: '送核稿', note: request.note ?? null, detail: { bodyVersionNo: doc.body_version_no }, changes: {} };
    });
  }

  // ---- 核稿 ----

  /** Runs the 行文规则 checks on the current body version and stores the findings; errors keep the draft from 签发. */
  async review(request: ReviewOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以核稿');
      nextOutgoingStatus(doc.status, 'reviewPass');
      const agency = await this.activeAgency(doc.agency_code, tx);
      const latest = await this.versions.latest({ kind: 'outgoing', id: doc.id }, tx);
      const findings: FindingView[] = reviewDraft({
        documentType: doc.doc_type,
        title: doc.title,
        issuingAuthorityNames: agency.body_names,
        principal: doc.main_recipients.map((r) => ({ name: r.name, relation: r.relation })),
        copies: doc.copy_recipients.map((r) => ({ name: r.name, relation: r.relation })),
        signerName: doc.proposed_signer_name,
        classification: CLASSIFICATION[doc.secrecy_level],
        copyNumber: doc.copy_number,
        body: latest?.text ?? '',
        documentNumber: doc.doc_number,
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
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_PROCESS, OUTGOING_SIGN], '只有核稿人或签发领导可以退回');
      nextOutgoingStatus(doc.status, 'return');
      await this.documents.supersedePending(doc.id, tx.manager);
      return { action: 'return', code: 'outgoing.returned', label: '退回修改', note: request.comment.trim(), changes: {} };
    });
  }

  // ---- 会签 ----

  async requestCountersign(request: RequestCountersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    const unitIds = [...new Set(request.unitIds ?? [])];
    const sectionCodes = [...new Set(request.sectionCodes ?? [])];
    const units = await this.units.require(unitIds, '会签单位');
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.requireDrafterOrClerk(caller, doc);
      nextOutgoingStatus(doc.status, 'requestCountersign');
      if (!unitIds.length && !sectionCodes.length) {
        throw new DomainError(CommonErrors.validationFailed, '须至少选择一个会签单位或科室', [{ field: 'unitIds', code: 'arrayMinSize', message: 'unitIds：须至少选择一个会签单位或科室' }]);
      }
      const unknownSections = sectionCodes.filter((code) => !SECTION_NAMES[code]);
      if (unknownSections.length) {
        throw new DomainError(CommonErrors.validationFailed, `科室代码不存在：${unknownSections.join('、')}`, [{ field: 'sectionCodes', code: 'isIn', message: `sectionCodes：科室代码不存在：${unknownSections.join('、')}` }]);
      }
      const existing = await this.documents.countersigns(doc.id, tx.manager);
      const round = Math.max(0, ...existing.map((c) => c.round)) + 1;
      const now = new Date();
      const parties: CountersignRow[] = [
        ...units.map((u): CountersignRow => ({ ...blankCountersign(doc.id, round, caller, now), party_kind: 'unit', unit_id: u.id, party_name: u.name })),
        ...sectionCodes.map((code): CountersignRow => ({ ...blankCountersign(doc.id, round, caller, now), party_kind: 'section', section_code: code, party_name: SECTION_NAMES[code] })),
      ];
      for (const party of parties) await this.documents.insertCountersign(party, tx.manager);
      return {
        action: 'requestCountersign',
        code: 'outgoing.countersign-requested',
        label: `发起会签（第 ${round} 轮）`,
        note: parties.map((p) => p.party_name).join('、'),
        detail: { round, parties: parties.map((p) => ({ id: p.id, name: p.party_name })) },
        changes: {
          unit_ids: [...new Set([...doc.unit_ids, ...unitIds])],
          countersign_sections: [...new Set([...doc.countersign_sections, ...sectionCodes])],
        },
      };
    });
  }

  /** One unit or section signs its countersign: agree, or disagree with its opinion (which blocks 签发). */
  async countersign(request: Countersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.transactions.run(async (tx) => {
      const doc = await this.visibleForUpdate(request.id, caller, tx);
      this.require(caller, [OUTGOING_COUNTERSIGN], '无权会签');
      nextOutgoingStatus(doc.status, 'countersign');
      const rows = await this.documents.countersigns(doc.id, tx.manager);
      const row = rows.find((c) => c.id === request.countersignId);
      if (!row) throw new DomainError(CommonDocumentErrors.notFound, '会签记录不存在');
      const mine = row.party_kind === 'unit' ? caller.unitId === row.unit_id : !caller.unitId && caller.sectionCode === row.section_code;
      if (!mine) throw new DomainError(OutgoingErrors.notCountersignParty, `您不是会签单位“${row.party_name}”的人员，不能代其会签`);
      if (row.status !== 'pending') throw new DomainError(CommonDocumentErrors.invalidState, `当前会签状态“${COUNTERSIGN_STATUS_LABELS[row.status]}”不能再次会签`);
      if (!request.agree && !request.opinion?.trim()) {
        throw new DomainError(CommonErrors.validationFailed, '不同意会签时须写明意见', [{ field: 'opinion', code: 'isNotEmpty', message: 'opinion：不同意时须写明意见' }]);
      }
      await this.documents.recordCountersign(row.id, request.agree ? 'agreed' : 'disagreed', request.opinion?.trim() || null, caller, new Date(), tx.manager);
      return this.apply(tx, caller, doc, doc.version, {
        action: 'countersign',
        code: request.agree ? 'outgoing.countersigned' : 'outgoing.countersign-disagreed',
        label: request.agree ? `会签同意（${row.party_name}）` : `会签不同意（${row.party_name}）`,
        note: request.opinion?.trim() || null,
        detail: { countersignId: row.id, round: row.round, agree: request.agree },
        changes: { user_ids: [...new Set([...doc.user_ids, caller.userId])] },
      });
    });
  }

  // ---- 签发 ----

  async sign(request: SignOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_SIGN], '只有有签发权的领导可以签发');
      const agency = await this.activeAgency(doc.agency_code, tx);
      if (!agency.signer_roles.some((role) => (caller.roles as string[]).includes(role)) && !agency.signer_user_ids.includes(caller.userId)) {
        throw new DomainError(OutgoingErrors.noSigningRight, `您没有“${agency.code}”（${agency.issuing_body}）的签发权`);
      }
      const review = await this.documents.latestReview(doc.id, tx.manager);
      if (review?.outcome === 'failed' && review.body_version_no === doc.body_version_no) {
        const errors = review.findings.filter((f) => f.severity === 'error');
        throw new DomainError(
          OutgoingErrors.reviewErrors,
          `核稿发现 ${errors.length} 处错误，须修改后重新核稿才能签发：${errors.map((f) => f.message).join('；')}`,
          errors.map((f) => ({ field: 'review', code: f.code, message: `${f.message}（${f.basis}）` })),
        );
      }
      nextOutgoingStatus(doc.status, 'sign');
      if (!review || review.outcome !== 'passed' || review.body_version_no !== doc.body_version_no) {
        throw new DomainError(OutgoingErrors.notReviewed, `正文第 ${doc.body_version_no} 版尚未通过核稿，不能签发`);
      }
      const countersigns = await this.documents.countersigns(doc.id, tx.manager);
      const round = Math.max(0, ...countersigns.map((c) => c.round));
      const open = countersigns.filter((c) => c.round === round && c.status !== 'agreed');
      if (open.length) {
        throw new DomainError(
          OutgoingErrors.countersignIncomplete,
          `会签尚未全部同意，不能签发：${open.map((c) => `${c.party_name}（${COUNTERSIGN_STATUS_LABELS[c.status]}${c.opinion ? `：${c.opinion}` : ''}）`).join('；')}`,
          open.map((c) => ({ field: 'countersigns', code: c.status, message: `${c.party_name}：${COUNTERSIGN_STATUS_LABELS[c.status]}` })),
        );
      }
      const signedDate = request.signedDate ?? chinaToday();
      if (signedDate > chinaToday() || Number.isNaN(Date.parse(signedDate))) {
        throw new DomainError(CommonErrors.validationFailed, '签发日期不能晚于今天', [{ field: 'signedDate', code: 'maxDate', message: 'signedDate：签发日期不能晚于今天' }]);
      }
      return {
        action: 'sign',
        code: 'outgoing.signed',
        label: '签发',
        note: request.opinion?.trim() || null,
        detail: { signer: caller.displayName, leaderTitle: request.leaderTitle ?? null, agencyCodeVersion: agency.version, signedDate },
        changes: {
          signed_by_user_id: caller.userId,
          signed_by: caller.username,
          signer_name: caller.displayName,
          signer_title: request.leaderTitle?.trim() || null,
          sign_opinion: request.opinion?.trim() || null,
          signed_at: new Date(),
          written_date: signedDate,
          agency_code_version: agency.version,
          user_ids: [...new Set([...doc.user_ids, caller.userId])],
        },
      };
    });
  }

  // ---- 编号 ----

  /**
   * 编号 (登记, 条例第二十五条): the 发文字号 is allocated in this transaction from the one running sequence of the 代字 for the
   * year of the 成文日期, so concurrent numbering is gap-free and duplicate-free; a hand-entered number is validated.
   */
  async number(request: NumberOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以编发文字号');
      nextOutgoingStatus(doc.status, 'number');
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

  // ---- 印制 ----

  async print(request: PrintOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以登记印制');
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

  // ---- 用印 ----

  async seal(request: SealOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以登记用印');
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

  // ---- 公开属性 ----

  async setDisclosure(request: SetDisclosure.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以确定公开属性');
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

  // ---- 核发 ----

  async issue(request: IssueOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      this.require(caller, [OUTGOING_PROCESS], '只有文秘科可以核发');
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

  /** 更正: an issued document is never changed; a correction is a new draft that references it. */
  async correct(request: CorrectOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    this.require(caller, [OUTGOING_DRAFT, OUTGOING_PROCESS], '无权拟稿');
    const original = await this.visible(request.id, caller);
    if (original.status !== 'issued') {
      throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${OUTGOING_STATUS_LABELS[original.status]}”不能更正：未核发的文件请直接修改或退回`);
    }
    const latest = await this.versions.latest({ kind: 'outgoing', id: original.id });
    return this.create(
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
      },
      caller,
      { original, reason: request.reason.trim() },
    );
  }

  /** 签收: the liaison of a 主送/抄送 unit records that the unit received the issued document (the read receipt). */
  async receive(id: string, caller: CallerContext): Promise<DistributionView> {
    this.require(caller, [DOCUMENTS_HANDLE_OWN], '只有收文单位的联络员可以签收');
    return this.transactions.run(async (tx) => {
      const doc = await this.visibleForUpdate(id, caller, tx);
      if (!caller.unitId) throw new DomainError(OutgoingErrors.notRecipient, '只有收文单位的联络员可以签收');
      const { row, first } = await this.documents.receive(doc.id, caller.unitId, caller, tx.manager);
      if (!row) throw new DomainError(OutgoingErrors.notRecipient, '本单位不是该文件的主送或抄送单位');
      if (first) {
        await this.timeline.append(tx, caller, { kind: 'outgoing', id: doc.id, action: 'outgoing.received', label: `签收（${row.unit_name}）`, detail: { unitId: row.unit_id } });
      }
      return distributionView(row);
    });
  }

  // ---- reads ----

  async get(id: string, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.viewOf(await this.visible(id, caller));
  }

  async list(request: ListOutgoing.Request, caller: CallerContext): Promise<ListOutgoing.Reply> {
    const page = pageOf(request);
    const { items, total } = await this.documents.search({ ...request, ...page }, caller);
    return {
      items: items.map((row) => ({
        id: row.id,
        status: row.status,
        statusLabel: OUTGOING_STATUS_LABELS[row.status],
        agencyCode: row.agency_code,
        docType: row.doc_type,
        title: row.title,
        ...(row.doc_number ? { docNumber: row.doc_number } : {}),
        secrecyLevel: row.secrecy_level,
        draftedByName: row.drafted_by_name,
        ...(row.issued_at ? { issuedAt: row.issued_at.toISOString() } : {}),
        updatedAt: row.updated_at.toISOString(),
        version: row.version,
      })),
      total,
      ...page,
    };
  }

  // ---- 机关代字 registry ----

  async agencyCodes(): Promise<AgencyCodeView[]> {
    return (await this.documents.agencyCodes()).map(agencyView);
  }

  /** 文秘科科长 keeps the 机关代字 table; each change is a new version, and signed documents keep the version they used. */
  async updateAgencyCode(request: UpdateAgencyCode.Request, caller: CallerContext): Promise<AgencyCodeView> {
    if (!hasPermission(caller, OUTGOING_PROCESS) || caller.sectionCode !== 'wenmi' || !caller.roles.includes('section_chief')) {
      throw new DomainError(OutgoingErrors.agencyCodeForbidden, '只有文秘科科长可以修改机关代字表');
    }
    return this.transactions.run(async (tx) => {
      const row = await this.documents.agencyCode(request.code, tx.manager, true);
      if (!row) throw new DomainError(OutgoingErrors.unknownAgencyCode, `机关代字“${request.code}”不在代字表中`);
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `代字表已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      const next: AgencyCodeRow = {
        ...row,
        ...(request.issuingBody !== undefined && { issuing_body: request.issuingBody.trim() }),
        ...(request.bodyNames !== undefined && { body_names: request.bodyNames.map((n) => n.trim()) }),
        ...(request.signerRoles !== undefined && { signer_roles: request.signerRoles }),
        ...(request.signerUserIds !== undefined && { signer_user_ids: request.signerUserIds }),
        ...(request.status !== undefined && { status: request.status }),
        effective_from: request.effectiveFrom,
        source: request.source.trim(),
        version: row.version + 1,
        updated_at: new Date(),
        updated_by: caller.username,
      };
      await this.documents.saveAgencyCode(next, tx.manager);
      return agencyView(next);
    });
  }

  // ---- the shape of every step ----

  /**
   * One step on one document at the version the client holds: lock the row, check who may see it (404 otherwise), let
   * the step check its rules and say what changes, then write it with the next version, the registry entry, the
   * timeline entry and the event — all in one transaction.
   */
  private async step(id: string, expectedVersion: number, caller: CallerContext, work: (doc: OutgoingRow, tx: Tx) => Promise<Change>): Promise<OutgoingDocumentView> {
    return this.transactions.run(async (tx) => {
      const doc = await this.visibleForUpdate(id, caller, tx);
      const change = await work(doc, tx);
      if (doc.version !== expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `公文已被他人修改（当前版本 ${doc.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      return this.apply(tx, caller, doc, expectedVersion, change);
    });
  }

  private async apply(tx: Tx, caller: CallerContext, doc: OutgoingRow, expectedVersion: number, change: Change): Promise<OutgoingDocumentView> {
    const now = new Date();
    const changes: Partial<OutgoingRow> = { ...change.changes, status: nextOutgoingStatus(doc.status, change.action), version: doc.version + 1, updated_at: now, updated_by: caller.username };
    if (!(await this.documents.update(doc.id, expectedVersion, changes, tx.manager))) {
      throw new DomainError(CommonDocumentErrors.versionConflict, '公文已被他人修改，请刷新后重试');
    }
    const next: OutgoingRow = { ...doc, ...changes };
    await this.recorded(tx, caller, next, { code: change.code, label: change.label, note: change.note, detail: change.detail, at: now });
    return this.viewOf(next, tx);
  }

  /** The registry entry, the timeline entry and the event of a step, in the step's transaction. */
  private async recorded(tx: Tx, caller: CallerContext, row: OutgoingRow, step: { code: string; label: string; note?: string | null; detail?: Record<string, unknown>; at?: Date }): Promise<void> {
    await this.registry.put(tx, {
      kind: 'outgoing',
      id: row.id,
      title: row.title,
      docNumber: row.doc_number,
      status: row.status,
      statusLabel: OUTGOING_STATUS_LABELS[row.status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      sectionCodes: row.countersign_sections,
      year: row.doc_year ?? row.created_at.getFullYear(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    await this.timeline.append(tx, caller, { kind: 'outgoing', id: row.id, action: step.code, label: step.label, note: step.note, detail: step.detail, at: step.at ?? row.updated_at });
    await tx.emit<OutgoingDocumentChanged.Event>(OutgoingEvents.changed, {
      documentId: row.id,
      action: step.code,
      status: row.status,
      version: row.version,
      title: row.title,
      ...(row.doc_number ? { docNumber: row.doc_number } : {}),
      secrecyLevel: row.secrecy_level,
    });
  }

  private async visibleForUpdate(id: string, caller: CallerContext, tx: Tx): Promise<OutgoingRow> {
    const row = await this.documents.findForUpdate(id, tx.manager);
    if (!row || !this.canSee(caller, row)) throw new DomainError(CommonDocumentErrors.notFound, '公文不存在或无权查看');
    return row;
  }

  private async visible(id: string, caller: CallerContext): Promise<OutgoingRow> {
    const row = await this.documents.findById(id);
    if (!row || !this.canSee(caller, row)) throw new DomainError(CommonDocumentErrors.notFound, '公文不存在或无权查看');
    return row;
  }

  /** The confidentiality rule of every document record, plus the office sections asked to countersign. */
  private canSee(caller: CallerContext, row: OutgoingRow): boolean {
    if (canSee(caller, { secrecyLevel: row.secrecy_level, unitIds: row.unit_ids, userIds: row.user_ids })) return true;
    return row.secrecy_level <= caller.clearance && !caller.unitId && !!caller.sectionCode && row.countersign_sections.includes(caller.sectionCode);
  }

  private require(caller: CallerContext, anyOf: string[], message: string): void {
    if (!anyOf.some((p) => hasPermission(caller, p))) throw new DomainError(CommonDocumentErrors.forbidden, message);
  }

  private requireDrafterOrClerk(caller: CallerContext, doc: OutgoingRow): void {
    if (doc.drafted_by_user_id !== caller.userId && !hasPermission(caller, OUTGOING_PROCESS)) {
      throw new DomainError(CommonDocumentErrors.forbidden, '只有拟稿人或文秘科可以修改、送核或发起会签');
    }
  }

  private async activeAgency(code: string, tx: Tx): Promise<AgencyCodeRow> {
    const agency = await this.documents.agencyCode(code, tx.manager);
    if (!agency || agency.status !== 'active') {
      throw new DomainError(OutgoingErrors.unknownAgencyCode, `机关代字“${code}”不在代字表中或已停用`, [{ field: 'agencyCode', code: 'isIn', message: `agencyCode：机关代字“${code}”不在代字表中或已停用` }]);
    }
    return agency;
  }

  /** 主送/抄送: a unit of the directory (its relation from its type unless given) or a named body with its relation. */
  private async recipients(inputs: RecipientInput[], field: string, label: string): Promise<RecipientView[]> {
    const out: RecipientView[] = [];
    const problems: FieldError[] = [];
    for (const [i, input] of inputs.entries()) {
      if (input.unitId) {
        const [unit] = await this.units.require([input.unitId], label);
        const relation = input.relation ?? RELATION_OF_UNIT_TYPE[unit.type] ?? 'unrelated';
        out.push({ unitId: unit.id, name: unit.name, relation, relationLabel: RECIPIENT_RELATION_LABELS[relation] });
      } else if (input.name?.trim() && input.relation) {
        out.push({ name: input.name.trim(), relation: input.relation, relationLabel: RECIPIENT_RELATION_LABELS[input.relation] });
      } else {
        problems.push({ field: `${field}.${i}`, code: 'recipient', message: `${label}第 ${i + 1} 项：须选择单位通讯录中的单位，或填写机关名称并说明与发文机关的关系` });
      }
    }
    if (problems.length) throw new DomainError(OutgoingErrors.invalidRecipient, problems.map((p) => p.message).join('；'), problems);
    return out;
  }

  private async attach(tx: Tx, caller: CallerContext, doc: Pick<OutgoingRow, 'id' | 'secrecy_level'>, refs: FileRef[]): Promise<void> {
    await this.files.attach(tx, caller, { kind: 'outgoing', id: doc.id, secrecyLevel: doc.secrecy_level }, refs, 'attachment');
  }

  private async viewOf(row: OutgoingRow, tx?: Tx): Promise<OutgoingDocumentView> {
    const manager = tx?.manager;
    const [review, countersigns, distribution, attachments, corrections] = [
      await this.documents.latestReview(row.id, manager),
      await this.documents.countersigns(row.id, manager),
      await this.documents.distribution(row.id, manager),
      await this.documents.attachments(row.id, manager),
      await this.documents.correctionsOf(row.id, manager),
    ];
    const iso = (d: Date | null) => d?.toISOString();
    return {
      id: row.id,
      status: row.status,
      statusLabel: OUTGOING_STATUS_LABELS[row.status],
      agencyCode: row.agency_code,
      issuingBody: row.issuing_body,
      docType: row.doc_type as OutgoingDocumentView['docType'],
      title: row.title,
      mainRecipients: row.main_recipients,
      copyRecipients: row.copy_recipients,
      upward: isUpward(row.doc_type, row.main_recipients.map((r) => r.relation)),
      secrecyLevel: row.secrecy_level,
      ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
      ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
      urgency: row.urgency as OutgoingDocumentView['urgency'],
      ...(row.proposed_signer_name ? { proposedSignerName: row.proposed_signer_name } : {}),
      draftedBy: row.drafted_by,
      draftedByName: row.drafted_by_name,
      ...(row.drafting_section ? { draftingSection: row.drafting_section } : {}),
      bodyVersionNo: row.body_version_no,
      bodySha256: row.body_sha256.trim(),
      attachments,
      ...(review
        ? {
            latestReview: {
              id: review.id,
              bodyVersionNo: review.body_version_no,
              outcome: review.outcome,
              findings: review.findings,
              ...(review.comment ? { comment: review.comment } : {}),
              reviewedBy: review.reviewed_by,
              reviewedByName: review.reviewed_by_name,
              reviewedAt: review.reviewed_at.toISOString(),
            },
          }
        : {}),
      countersigns: countersigns.map((c) => ({
        id: c.id,
        round: c.round,
        partyKind: c.party_kind,
        ...(c.unit_id ? { unitId: c.unit_id } : {}),
        ...(c.section_code ? { sectionCode: c.section_code } : {}),
        partyName: c.party_name,
        status: c.status,
        statusLabel: COUNTERSIGN_STATUS_LABELS[c.status],
        ...(c.opinion ? { opinion: c.opinion } : {}),
        ...(c.signed_by ? { signedBy: c.signed_by, signedByName: c.signed_by_name ?? '', signedAt: iso(c.signed_at) } : {}),
        requestedBy: c.requested_by,
        requestedAt: c.requested_at.toISOString(),
      })),
      ...(row.signer_name ? { signerName: row.signer_name, signedBy: row.signed_by ?? undefined, signedAt: iso(row.signed_at) } : {}),
      ...(row.signer_title ? { signerTitle: row.signer_title } : {}),
      ...(row.sign_opinion ? { signOpinion: row.sign_opinion } : {}),
      ...(row.written_date ? { writtenDate: row.written_date } : {}),
      ...(row.agency_code_version ? { agencyCodeVersion: row.agency_code_version } : {}),
      ...(row.doc_number ? { docNumber: row.doc_number, docNumberManual: row.doc_number_manual } : {}),
      ...(row.print_quantity ? { printQuantity: row.print_quantity, printedSecurely: !!row.printed_securely, printedAt: iso(row.printed_at) } : {}),
      ...(row.copy_number_from ? { copyNumberFrom: row.copy_number_from, copyNumberTo: row.copy_number_to ?? undefined } : {}),
      ...(row.seal_use_id ? { sealUseId: row.seal_use_id, sealedAt: iso(row.sealed_at) } : {}),
      ...(row.disclosure ? { disclosure: row.disclosure, disclosureLabel: DISCLOSURE_LABELS[row.disclosure] } : {}),
      ...(row.non_disclosure_reason ? { nonDisclosureReason: row.non_disclosure_reason } : {}),
      ...(row.issued_at ? { issuedAt: iso(row.issued_at), issuedBy: row.issued_by ?? undefined } : {}),
      distribution: distribution.map(distributionView),
      ...(row.corrects_document_id ? { correctsDocumentId: row.corrects_document_id } : {}),
      ...(row.correction_reason ? { correctionReason: row.correction_reason } : {}),
      correctedBy: corrections.map((c) => ({ id: c.id, title: c.title, status: c.status as OutgoingStatus, ...(c.doc_number ? { docNumber: c.doc_number } : {}) })),
      ...auditOf(row),
    };
  }
}

function blankCountersign(documentId: string, round: number, caller: CallerContext, now: Date): CountersignRow {
  return {
    id: randomUUID(),
    document_id: documentId,
    round,
    party_kind: 'unit',
    unit_id: null,
    section_code: null,
    party_name: '',
    status: 'pending',
    opinion: null,
    signed_by: null,
    signed_by_name: null,
    signed_at: null,
    requested_by: caller.username,
    requested_at: now,
  };
}

function toInput(recipient: RecipientView): RecipientInput {
  return recipient.unitId ? { unitId: recipient.unitId, relation: recipient.relation } : { name: recipient.name, relation: recipient.relation };
}

function distributionView(row: { id: string; unit_id: string; unit_name: string; role: 'main' | 'copy'; distributed_at: Date; received_at: Date | null; received_by: string | null; received_by_name: string | null }): DistributionView {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    role: row.role,
    distributedAt: row.distributed_at.toISOString(),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString(), receivedBy: row.received_by ?? '', receivedByName: row.received_by_name ?? '' } : {}),
  };
}

function agencyView(row: AgencyCodeRow): AgencyCodeView {
  return {
    code: row.code,
    issuingBody: row.issuing_body,
    bodyNames: row.body_names,
    signerRoles: row.signer_roles,
    signerUserIds: row.signer_user_ids,
    effectiveFrom: row.effective_from,
    source: row.source,
    status: row.status,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
