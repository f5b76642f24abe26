import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  AGREEMENT_RECOMMENDATION_LABELS,
  AGREEMENT_STATUS_LABELS,
  AgreementErrors,
  AgreementEvents,
  CommonDocumentErrors,
  type AddAgreementOpinion,
  type AgreementOpinionView,
  type AgreementReviewRedated,
  type AgreementReviewView,
  type AgreementStatus,
  type ConcludeAgreementReview,
  type ListAgreementReviews,
  type SubmitAgreementReview,
  type WithdrawAgreementReview,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { isDeadlineOverdue, shanghaiDate } from '@gov/calendar';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { visibleOr404 } from '../../common/rows.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { auditOf, firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { KnownUnits } from '../../common/units.js';
import { PeriodDeadlines, type PeriodRedated } from '../archives/period-deadlines.js';
import { transition, type StateMachine } from '../archives/state-machine.js';
import { twoDecimals } from './agreement-amount.js';
import { AGREEMENT_MACHINE, type AgreementAction } from './agreement-states.js';
import { AgreementsRepository, type ReviewRow } from './agreements.repository.js';

const LEGAL_AFFAIRS_MANAGE = DocumentSecretariatPermissions.legalAffairsManage;
const HANDLE_OWN = DocumentSecretariatPermissions.documentsHandleOwn;

/**
 * 合作协议审核 (文秘科 = 政策法规科): units submit agreements, reviewers record opinions (legal issues, a recommendation),
 * the office records the conclusion; the due date is the configured period from the submission day (deadline engine).
 * Liaison staff submit, see and withdraw their own unit's agreements only.
 */
@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    private readonly reviews: AgreementsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly files: Files,
    private readonly units: KnownUnits,
    private readonly periods: PeriodDeadlines,
  ) {}

  onModuleInit(): void {
    this.periods.redateOnCalendarChange(
      { table: 'agreement_review', startColumn: 'submitted_on', openStatuses: ['submitted', 'in_review'], kind: 'agreement_review', action: 'agreement.redated' },
      (tx, redated) => this.afterRedating(tx, redated),
    );
  }

  /** The reviews a calendar change re-dated: registry entries refreshed and `agreement-review.redated` published, in the change's tx. */
  private async afterRedating(tx: Tx, redated: PeriodRedated[]): Promise<void> {
    for (const change of redated) {
      const row = await this.reviews.find(change.id, tx.manager);
      if (!row) throw new DomainError(AgreementErrors.notFound, '合作协议审核记录不存在');
      await this.index(tx, row);
      const event: AgreementReviewRedated.Event = {
        review: toView(row, await this.opinions(row.id, tx)),
        ...(change.previousDueDate ? { previousDueDate: change.previousDueDate } : {}),
        ...(change.dueDate ? { dueDate: change.dueDate } : {}),
        year: change.year,
      };
      await tx.emit(AgreementEvents.redated, event);
    }
  }

  async submit(request: SubmitAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    const reviewer = hasPermission(caller, LEGAL_AFFAIRS_MANAGE);
    if (!reviewer && !(caller.unitId && hasPermission(caller, HANDLE_OWN))) throw new DomainError(CommonDocumentErrors.forbidden, '无权提交合作协议审核');
    if (!reviewer && request.submittingUnitId !== caller.unitId) throw new DomainError(AgreementErrors.otherUnit, '联络员只能提交本单位的合作协议');
    if (request.secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能登记高于本人涉密等级的协议');
    if (request.secrecyLevel > 0 && !request.copyNumber) {
      throw new DomainError(AgreementErrors.copyNumberRequired, '涉密协议须填写份号', [{ field: 'copyNumber', code: 'required', message: '份号：涉密协议必填' }]);
    }
    const [unit] = await this.units.require([request.submittingUnitId], '报送单位');
    return this.transactions.run(async (tx) => {
      const id = randomUUID();
      const submittedOn = request.submittedOn ?? shanghaiDate(new Date());
      const due = await this.periods.due('agreements.review_period', submittedOn, tx);
      const [body] = await this.files.attach(tx, caller, { kind: 'agreement_review', id, secrecyLevel: request.secrecyLevel }, [request.body], 'body');
      const now = new Date();
      const row: ReviewRow = {
        id,
        title: request.title.trim(),
        counterparty: request.counterparty.trim(),
        submitting_unit_id: unit.id,
        submitting_unit_name: unit.name,
        amount: request.amount ? twoDecimals(request.amount) : null,
        body,
        secrecy_level: request.secrecyLevel,
        secrecy_period: request.secrecyPeriod ?? null,
        copy_number: request.copyNumber ?? null,
        submitted_on: submittedOn,
        due_date: due.dueDate,
        provisional: due.provisional,
        due_explanation: due.explanation,
        rule_id: due.rule.id,
        status: 'submitted',
        conclusion: null,
        conclusion_note: null,
        concluded_by: null,
        concluded_at: null,
        withdraw_reason: null,
        unit_ids: [unit.id],
        user_ids: [caller.userId],
        ...firstVersion(caller, now),
      };
      await this.reviews.insert(tx.manager, row);
      await this.index(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'agreement_review',
        id,
        action: 'agreement.submitted',
        label: '提交审核',
        note: `${unit.name}提交，审核期限 ${row.due_date ?? '待定'}`,
        detail: { body: { fileId: body.fileId, sha256: body.sha256 }, dueDate: row.due_date, explanation: row.due_explanation, ruleId: due.rule.id },
      });
      const view = toView(row, []);
      await tx.emit(AgreementEvents.submitted, view);
      return view;
    });
  }

  async get(id: string, caller: CallerContext): Promise<AgreementReviewView> {
    const row = await this.visible(id, caller);
    return toView(row, await this.opinions(id));
  }

  async list(request: ListAgreementReviews.Request, caller: CallerContext): Promise<ListAgreementReviews.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.reviews.search({ status: request.status, unitId: request.unitId, q: request.q, ...page }, caller);
    const items: AgreementReviewView[] = [];
    for (const row of rows) items.push(toView(row, await this.opinions(row.id)));
    return { items, total, ...page };
  }

  async addOpinion(request: AddAgreementOpinion.Request, caller: CallerContext): Promise<AgreementReviewView> {
    this.requireReviewer(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.locked(request.id, request.expectedVersion, caller, tx, 'add_opinion');
      const existing = await this.opinions(row.id, tx);
      const legalIssues = request.legalIssues.map((i) => i.trim()).filter(Boolean);
      await this.reviews.insertOpinion(tx.manager, {
        id: randomUUID(),
        review_id: row.id,
        seq: existing.length + 1,
        legal_issues: legalIssues,
        recommendation: request.recommendation,
        comment: request.comment?.trim() || null,
        reviewer_user_id: caller.userId,
        reviewer_username: caller.username,
        reviewer_name: caller.displayName,
      });
      await this.timeline.append(tx, caller, {
        kind: 'agreement_review',
        id: row.id,
        action: 'agreement.opinion_added',
        label: '审核意见',
        note: `${AGREEMENT_RECOMMENDATION_LABELS[request.recommendation]}${legalIssues.length ? `；发现问题 ${legalIssues.length} 项` : ''}`,
        detail: { seq: existing.length + 1, legalIssues, recommendation: request.recommendation },
      });
      return this.save(tx, row, { status: transition(AGREEMENT_MACHINE, row.status, 'add_opinion') }, caller, AgreementEvents.opinionAdded);
    });
  }

  async conclude(request: ConcludeAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    this.requireReviewer(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.locked(request.id, request.expectedVersion, caller, tx, 'conclude');
      const note = request.note.trim();
      await this.timeline.append(tx, caller, {
        kind: 'agreement_review',
        id: row.id,
        action: 'agreement.concluded',
        label: '审核结论',
        note: `${AGREEMENT_RECOMMENDATION_LABELS[request.conclusion]}：${note}`,
        detail: { conclusion: request.conclusion },
      });
      return this.save(
        tx,
        row,
        { status: 'concluded', conclusion: request.conclusion, conclusion_note: note, concluded_by: caller.displayName, concluded_at: new Date() },
        caller,
        AgreementEvents.concluded,
      );
    });
  }

  async withdraw(request: WithdrawAgreementReview.Request, caller: CallerContext): Promise<AgreementReviewView> {
    const reviewer = hasPermission(caller, LEGAL_AFFAIRS_MANAGE);
    if (!reviewer && !hasPermission(caller, HANDLE_OWN)) throw new DomainError(CommonDocumentErrors.forbidden, '无权撤回合作协议审核');
    return this.transactions.run(async (tx) => {
      const row = await this.locked(request.id, request.expectedVersion, caller, tx, 'withdraw');
      if (!reviewer && row.submitting_unit_id !== caller.unitId) throw new DomainError(AgreementErrors.otherUnit, '只能撤回本单位的合作协议');
      const reason = request.reason.trim();
      await this.timeline.append(tx, caller, { kind: 'agreement_review', id: row.id, action: 'agreement.withdrawn', label: '撤回', note: reason });
      return this.save(tx, row, { status: 'withdrawn', withdraw_reason: reason }, caller, AgreementEvents.withdrawn);
    });
  }

  private async save(tx: Tx, row: ReviewRow, changes: Partial<ReviewRow>, caller: CallerContext, event: string): Promise<AgreementReviewView> {
    const next: ReviewRow = { ...row, ...changes, version: row.version + 1, updated_by: caller.username, updated_at: new Date() };
    if (!(await this.reviews.saveIfVersion(tx.manager, next, row.version))) throw new DomainError(CommonDocumentErrors.versionConflict, '合作协议审核记录已被他人修改，请刷新后重试');
    await this.index(tx, next);
    const view = toView(next, await this.opinions(row.id, tx));
    await tx.emit(event, view);
    return view;
  }

  private async locked(id: string, expectedVersion: number, caller: CallerContext, tx: Tx, action: AgreementAction): Promise<ReviewRow> {
    const row = await this.visible(id, caller, tx);
    transition(AGREEMENT_MACHINE as StateMachine<AgreementStatus, AgreementAction>, row.status, action);
    if (action === 'conclude' && !(await this.opinions(id, tx)).length) throw new DomainError(AgreementErrors.noOpinion, '尚无审核意见，不能出具审核结论');
    if (row.version !== expectedVersion) {
      throw new DomainError(CommonDocumentErrors.versionConflict, `合作协议审核记录已被他人修改（当前版本 ${row.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
    }
    return row;
  }

  private async visible(id: string, caller: CallerContext, tx?: Tx): Promise<ReviewRow> {
    return visibleOr404(await this.reviews.find(id, tx?.manager, !!tx), caller, { spec: AgreementErrors.notFound, detail: '合作协议审核记录不存在或无权查看' });
  }

  private async opinions(id: string, tx?: Tx): Promise<AgreementOpinionView[]> {
    const rows = await this.reviews.opinions(id, tx?.manager);
    return rows.map((r) => ({
      seq: r.seq,
      legalIssues: r.legal_issues,
      recommendation: r.recommendation,
      recommendationLabel: AGREEMENT_RECOMMENDATION_LABELS[r.recommendation],
      ...(r.comment ? { comment: r.comment } : {}),
      reviewerName: r.reviewer_name,
      reviewerUsername: r.reviewer_username,
      at: r.at.toISOString(),
    }));
  }

  private async index(tx: Tx, row: ReviewRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'agreement_review',
      id: row.id,
      title: row.title,
      status: row.status,
      statusLabel: AGREEMENT_STATUS_LABELS[row.status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: Number(row.submitted_on.slice(0, 4)),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private requireReviewer(caller: CallerContext): void {
    if (!hasPermission(caller, LEGAL_AFFAIRS_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科（政策法规科）可以审核合作协议');
  }
}

function toView(row: ReviewRow, opinions: AgreementOpinionView[]): AgreementReviewView {
  const open = row.status === 'submitted' || row.status === 'in_review';
  return {
    id: row.id,
    title: row.title,
    counterparty: row.counterparty,
    submittingUnitId: row.submitting_unit_id,
    submittingUnitName: row.submitting_unit_name,
    ...(row.amount !== null ? { amount: row.amount } : {}),
    body: row.body,
    secrecyLevel: row.secrecy_level,
    submittedOn: row.submitted_on,
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    provisional: row.provisional,
    dueExplanation: row.due_explanation,
    ruleId: row.rule_id,
    status: row.status,
    statusLabel: AGREEMENT_STATUS_LABELS[row.status],
    overdue: open && isDeadlineOverdue(row.due_date, shanghaiDate(new Date())),
    opinions,
    ...(row.conclusion
      ? {
          conclusion: row.conclusion,
          conclusionLabel: AGREEMENT_RECOMMENDATION_LABELS[row.conclusion],
          conclusionNote: row.conclusion_note ?? undefined,
          concludedBy: row.concluded_by ?? undefined,
          concludedAt: row.concluded_at ? new Date(row.concluded_at).toISOString() : undefined,
        }
      : {}),
    ...(row.withdraw_reason ? { withdrawReason: row.withdraw_reason } : {}),
    ...auditOf(row),
  };
}
