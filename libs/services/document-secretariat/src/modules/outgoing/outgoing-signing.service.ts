import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  COUNTERSIGN_STATUS_LABELS,
  OutgoingErrors,
  type Countersign,
  type OutgoingDocumentView,
  type RequestCountersign,
  type SignOutgoing,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions } from '@gov/platform';
import { KnownUnits } from '../../common/units.js';
import { nextOutgoingStatus } from './outgoing-state.js';
import { OutgoingRepository, type CountersignRow } from './outgoing.repository.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { requireAny, requireDrafterOrClerk, OUTGOING_COUNTERSIGN, OUTGOING_SIGN } from './outgoing.policy.js';
import { chinaToday, SECTION_NAMES, blankCountersign } from './outgoing-rules.js';
import { outgoingTasks } from '../../common/tasks.js';

/** 会签 and 签发: countersign rounds of units and sections, then signing by a leader with signing rights for the 机关代字. */
@Injectable()
export class OutgoingSigningService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly documents: OutgoingRepository,
    private readonly transactions: Transactions,
    private readonly units: KnownUnits,
  ) {}

  async requestCountersign(request: RequestCountersign.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    const unitIds = [...new Set(request.unitIds ?? [])];
    const sectionCodes = [...new Set(request.sectionCodes ?? [])];
    const units = await this.units.require(unitIds, '会签单位');
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireDrafterOrClerk(caller, doc);
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
      const doc = await this.workflow.visibleForUpdate(request.id, caller, tx);
      requireAny(caller, [OUTGOING_COUNTERSIGN], '无权会签');
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
      const waiting = outgoingTasks(doc, rows);
      await this.documents.recordCountersign(row.id, request.agree ? 'agreed' : 'disagreed', request.opinion?.trim() || null, caller, new Date(), tx.manager);
      return this.workflow.apply(tx, caller, doc, doc.version, {
        action: 'countersign',
        code: request.agree ? 'outgoing.countersigned' : 'outgoing.countersign-disagreed',
        label: request.agree ? `会签同意（${row.party_name}）` : `会签不同意（${row.party_name}）`,
        note: request.opinion?.trim() || null,
        detail: { countersignId: row.id, round: row.round, agree: request.agree },
        changes: { user_ids: [...new Set([...doc.user_ids, caller.userId])] },
      }, waiting);
    });
  }

  async sign(request: SignOutgoing.Request, caller: CallerContext): Promise<OutgoingDocumentView> {
    return this.workflow.step(request.id, request.expectedVersion, caller, async (doc, tx) => {
      requireAny(caller, [OUTGOING_SIGN], '只有有签发权的领导可以签发');
      const agency = await this.workflow.activeAgency(doc.agency_code, tx);
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
}
