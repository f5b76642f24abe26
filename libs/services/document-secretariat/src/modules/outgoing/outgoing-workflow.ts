import { Injectable } from '@nestjs/common';
import { type CallerContext, type FieldError } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  OUTGOING_STATUS_LABELS,
  OutgoingErrors,
  OutgoingEvents,
  RECIPIENT_RELATION_LABELS,
  type FileRef,
  type OutgoingDocumentChanged,
  type OutgoingDocumentView,
  type RecipientInput,
  type RecipientView,
  type RoutingBasisInput,
  type RoutingBasisView,
} from '@gov/contracts-document-secretariat';
import { DomainError, publishTaskChanges, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import { documentTaskChange, outgoingTasks } from '../../common/tasks.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { Timeline } from '../../common/timeline.js';
import { KnownUnits } from '../../common/units.js';
import { nextOutgoingStatus } from './outgoing-state.js';
import { OutgoingRepository, type AgencyCodeRow, type OutgoingRow } from './outgoing.repository.js';
import { canSeeOutgoing } from './outgoing.policy.js';
import { looksLikeLowerGovernment } from './review-rules.js';
import { RELATION_OF_UNIT_TYPE, type OutgoingChange } from './outgoing-rules.js';
import { outgoingView } from './outgoing.views.js';

/**
 * The shape of every step of 发文: lock the document at the version the client holds, check who may see it (404
 * otherwise), let the step check its rules and say what changes, then write the next version with the registry entry,
 * the timeline entry and the event, all in one transaction. Also the lookups every step shares.
 */
@Injectable()
export class OutgoingWorkflow {
  constructor(
    private readonly documents: OutgoingRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly files: Files,
    private readonly units: KnownUnits,
  ) {}

  /**
   * One step on one document at the version the client holds: lock the row, check who may see it (404 otherwise), let
   * the step check its rules and say what changes, then write it with the next version, the registry entry, the
   * timeline entry and the event — all in one transaction.
   */
  async step(id: string, expectedVersion: number, caller: CallerContext, work: (doc: OutgoingRow, tx: Tx) => Promise<OutgoingChange>): Promise<OutgoingDocumentView> {
    return this.transactions.run(async (tx) => {
      const doc = await this.visibleForUpdate(id, caller, tx);
      const waiting = outgoingTasks(doc, await this.documents.countersigns(doc.id, tx.manager));
      const change = await work(doc, tx);
      if (doc.version !== expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `公文已被他人修改（当前版本 ${doc.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      return this.apply(tx, caller, doc, expectedVersion, change, waiting);
    });
  }

  /** `waiting`: what the document waited on before the step (待办), when the step's work changed its 会签 rows. */
  async apply(tx: Tx, caller: CallerContext, doc: OutgoingRow, expectedVersion: number, change: OutgoingChange, waiting?: readonly WaitingStep[]): Promise<OutgoingDocumentView> {
    const now = new Date();
    const changes: Partial<OutgoingRow> = { ...change.changes, status: nextOutgoingStatus(doc.status, change.action), version: doc.version + 1, updated_at: now, updated_by: caller.username };
    if (!(await this.documents.update(doc.id, expectedVersion, changes, tx.manager))) {
      throw new DomainError(CommonDocumentErrors.versionConflict, '公文已被他人修改，请刷新后重试');
    }
    const next: OutgoingRow = { ...doc, ...changes };
    const countersigns = await this.documents.countersigns(doc.id, tx.manager);
    await publishTaskChanges(tx, documentTaskChange('outgoing', doc.id, waiting ?? outgoingTasks(doc, countersigns), outgoingTasks(next, countersigns), next.version, caller.userId));
    await this.recorded(tx, caller, next, { code: change.code, label: change.label, note: change.note, detail: change.detail, at: now });
    return this.viewOf(next, tx);
  }

  /** The registry entry, the timeline entry and the event of a step, in the step's transaction. */
  async recorded(tx: Tx, caller: CallerContext, row: OutgoingRow, step: { code: string; label: string; note?: string | null; detail?: Record<string, unknown>; at?: Date }): Promise<void> {
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

  async visibleForUpdate(id: string, caller: CallerContext, tx: Tx): Promise<OutgoingRow> {
    const row = await this.documents.findForUpdate(id, tx.manager);
    if (!row || !canSeeOutgoing(caller, row)) throw new DomainError(CommonDocumentErrors.notFound, '公文不存在或无权查看');
    return row;
  }

  async visible(id: string, caller: CallerContext): Promise<OutgoingRow> {
    const row = await this.documents.findById(id);
    if (!row || !canSeeOutgoing(caller, row)) throw new DomainError(CommonDocumentErrors.notFound, '公文不存在或无权查看');
    return row;
  }

  async activeAgency(code: string, tx: Tx): Promise<AgencyCodeRow> {
    const agency = await this.documents.agencyCode(code, tx.manager);
    if (!agency || agency.status !== 'active') {
      throw new DomainError(OutgoingErrors.unknownAgencyCode, `机关代字“${code}”不在代字表中或已停用`, [{ field: 'agencyCode', code: 'isIn', message: `agencyCode：机关代字“${code}”不在代字表中或已停用` }]);
    }
    return agency;
  }

  /** 主送/抄送: a unit of the directory (its relation from its type unless given) or a named body with its relation. */
  async recipients(inputs: RecipientInput[], field: string, label: string): Promise<RecipientView[]> {
    const out: RecipientView[] = [];
    const problems: FieldError[] = [];
    for (const [i, input] of inputs.entries()) {
      if (input.unitId) {
        const [unit] = await this.units.require([input.unitId], label);
        const relation = input.relation ?? RELATION_OF_UNIT_TYPE[unit.type] ?? 'unrelated';
        const lowerGovernment = relation === 'subordinate' && (unit.type === 'town' || unit.type === 'street');
        out.push({ unitId: unit.id, name: unit.name, relation, relationLabel: RECIPIENT_RELATION_LABELS[relation], ...recipientFlags(input, lowerGovernment) });
      } else if (input.name?.trim() && input.relation) {
        const name = input.name.trim();
        const lowerGovernment = input.relation === 'subordinate' && looksLikeLowerGovernment(name);
        out.push({ name, relation: input.relation, relationLabel: RECIPIENT_RELATION_LABELS[input.relation], ...recipientFlags(input, lowerGovernment) });
      } else {
        problems.push({ field: `${field}.${i}`, code: 'recipient', message: `${label}第 ${i + 1} 项：须选择单位通讯录中的单位，或填写机关名称并说明与发文机关的关系` });
      }
    }
    if (problems.length) throw new DomainError(OutgoingErrors.invalidRecipient, problems.map((p) => p.message).join('；'), problems);
    return out;
  }

  /** 行文依据 as stored: trimmed, blanks dropped, the co-issuers of a 联合行文 resolved like recipients. */
  async routing(input: RoutingBasisInput | undefined): Promise<RoutingBasisView> {
    if (!input) return {};
    const out: RoutingBasisView = {};
    for (const key of ['skipLevelReason', 'forwardsRequestOf', 'forwardedIncomingId', 'inclinedOpinion', 'leaderAssignment', 'governmentAuthorization'] as const) {
      const value = input[key]?.trim();
      if (value) out[key] = value;
    }
    if (input.jointIssuance) {
      out.jointIssuance = {
        leadBody: input.jointIssuance.leadBody.trim(),
        coIssuers: await this.recipients(input.jointIssuance.coIssuers, 'routing.jointIssuance.coIssuers', '联署机关'),
      };
    }
    return out;
  }

  async attach(tx: Tx, caller: CallerContext, doc: Pick<OutgoingRow, 'id' | 'secrecy_level'>, refs: FileRef[]): Promise<void> {
    await this.files.attach(tx, caller, { kind: 'outgoing', id: doc.id, secrecyLevel: doc.secrecy_level }, refs, 'attachment');
  }

  async viewOf(row: OutgoingRow, tx?: Tx): Promise<OutgoingDocumentView> {
    const manager = tx?.manager;
    const [review, countersigns, distribution, attachments, corrections, origin] = [
      await this.documents.latestReview(row.id, manager),
      await this.documents.countersigns(row.id, manager),
      await this.documents.distribution(row.id, manager),
      await this.documents.attachments(row.id, manager),
      await this.documents.correctionsOf(row.id, manager),
      await this.documents.originOf(row.id, manager),
    ];
    return outgoingView(row, { review, countersigns, distribution, attachments, corrections, origin });
  }
}

/** The optional flags a recipient carries: 越级 (given by the drafter) and 下级人民政府 (from the directory or the name). */
function recipientFlags(input: RecipientInput, lowerGovernment: boolean): Pick<RecipientView, 'skipsLevel' | 'lowerGovernment'> {
  return { ...(input.skipsLevel && input.relation === 'superior' ? { skipsLevel: true } : {}), ...(lowerGovernment ? { lowerGovernment: true } : {}) };
}
