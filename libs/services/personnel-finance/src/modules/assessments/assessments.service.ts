import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  AssessmentChanged,
  AssessmentErrors,
  AssessmentEvents,
  type ApproveAssessmentQuota,
  type AssessmentView,
  type CreateAssessment,
  type FinalizeAssessment,
  type GradeAssessment,
  type ListAssessments,
  type WithdrawAssessment,
} from '@gov/contracts-personnel-finance';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { timelineEntry } from '../../common/timeline.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { onProbation } from '../staff-members/staff-members.rules.js';
import { canManageAssessments, canSeeAssessments } from './assessments.policy.js';
import { AssessmentsRepository, type AssessmentEntryRow, type AssessmentRow } from './assessments.repository.js';
import { snapshotOf, toAssessmentSummary, toAssessmentView } from './assessments.views.js';
import { ASSESSMENT_SOURCE, checkGrade, QUOTA_VERSIONS, quotaOn } from './quota.rules.js';

const GRADE_LABELS = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' } as const;

/**
 * 年度考核: opened for a year with its participants (probationers flagged), graded one by one within the 优秀 quota
 * (20 %, 25 % once an approval is recorded), finalised into a snapshot that no step changes again.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateAssessment.Request, caller: CallerContext): Promise<AssessmentView> {
    if (!canManageAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权组织年度考核');
    const quota = quotaOn(`${request.year}-12-31`) ?? QUOTA_VERSIONS[0];
    const [row, entries] = await this.transactions.run(async (tx) => {
      if (await this.assessments.yearTaken(request.year, tx.manager)) throw new DomainError(AssessmentErrors.duplicateYear, `${request.year} 年度的考核已存在`);
      const staff = await this.staff.active(tx.manager, request.staffMemberIds);
      if (request.staffMemberIds && staff.length !== new Set(request.staffMemberIds).size) {
        throw new DomainError(AssessmentErrors.noParticipants, '名单中有不存在或已撤回的工作人员', [{ field: 'staffMemberIds', code: 'unknown', message: 'staffMemberIds：含有不存在或已撤回的工作人员' }]);
      }
      if (!staff.length) throw new DomainError(AssessmentErrors.noParticipants, '没有可参加考核的在职人员');
      const now = new Date();
      const created: AssessmentRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        quotaVersion: quota.version,
        quotaApproval: null,
        status: 'open',
        results: null,
        finalizedAt: null,
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '开始考核', `参加人员 ${staff.length} 人；优秀比例配置 ${quota.version}`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.assessments.insert(created, tx.manager);
      const rows: AssessmentEntryRow[] = staff.map((s, position) => ({
        id: randomUUID(),
        assessmentId: created.id,
        staffMemberId: s.id,
        name: s.name,
        sectionCode: s.sectionCode,
        probationer: onProbation(s.probationEndsOn, `${request.year}-12-31`),
        grade: null,
        comment: null,
        position,
      }));
      for (const entry of rows) await this.assessments.insertEntry(entry, tx.manager);
      await tx.emit(AssessmentEvents.created, snapshotOf(created, rows), undefined, AssessmentChanged.Event);
      return [created, rows] as const;
    });
    return toAssessmentView(row, entries);
  }

  grade(request: GradeAssessment.Request, caller: CallerContext): Promise<AssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'open', async (row, entries) => {
      const entry = entries.find((e) => e.staffMemberId === request.staffMemberId);
      if (!entry) throw new DomainError(AssessmentErrors.notParticipant, '该人员不在本次考核名单中');
      const grade = request.grade ?? null;
      if (grade) {
        const version = QUOTA_VERSIONS.find((q) => q.version === row.quotaVersion) ?? QUOTA_VERSIONS[0];
        const refusal = checkGrade({
          grade,
          probationer: entry.probationer,
          assessed: entries.filter((e) => !e.probationer).length,
          excellentOthers: entries.filter((e) => e.grade === 'excellent' && e !== entry).length,
          raised: row.quotaApproval !== null,
          quota: version,
        });
        if (refusal) throw new DomainError(refusal.code === 'quota' ? AssessmentErrors.excellentQuotaExceeded : AssessmentErrors.probationerNotGraded, refusal.message);
      }
      entry.grade = grade;
      entry.comment = request.comment?.trim() || entry.comment;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '评定', `${entry.name}：${grade ? GRADE_LABELS[grade] : entry.probationer ? '试用期，只写评语' : '未定等次'}`)];
      return { event: AssessmentEvents.graded, changedEntry: entry };
    });
  }

  approveQuota(request: ApproveAssessmentQuota.Request, caller: CallerContext): Promise<AssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'open', (row) => {
      if (row.quotaApproval) throw new DomainError(AssessmentErrors.invalidState, '已登记提高优秀比例的批准');
      row.quotaApproval = { documentNumber: request.documentNumber.trim(), approver: request.approver.trim(), approvedOn: request.approvedOn, recordedBy: caller.username };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '登记批准', `${request.approver.trim()} ${request.documentNumber.trim()}：优秀比例可提高到 25%（${ASSESSMENT_SOURCE}）`)];
      return { event: AssessmentEvents.quotaApproved };
    });
  }

  finalize(request: FinalizeAssessment.Request, caller: CallerContext): Promise<AssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'open', (row, entries) => {
      const ungraded = entries.filter((e) => !e.probationer && !e.grade);
      if (ungraded.length) throw new DomainError(AssessmentErrors.ungraded, `尚有 ${ungraded.length} 人未评定等次：${ungraded.slice(0, 5).map((e) => e.name).join('、')}${ungraded.length > 5 ? '等' : ''}`);
      row.status = 'finalized';
      row.finalizedAt = new Date();
      row.results = entries.map((e) => ({ staffMemberId: e.staffMemberId, grade: e.grade, probationer: e.probationer }));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '确定等次', '考核结果为最终快照，不再修改')];
      return { event: AssessmentEvents.finalized };
    });
  }

  withdraw(request: WithdrawAssessment.Request, caller: CallerContext): Promise<AssessmentView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'open', (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return { event: AssessmentEvents.withdrawn };
    });
  }

  async get(id: string, caller: CallerContext): Promise<AssessmentView> {
    if (!canSeeAssessments(caller)) throw new DomainError(AssessmentErrors.notFound, '年度考核不存在或无权查看');
    const row = await this.assessments.findById(id);
    if (!row) throw new DomainError(AssessmentErrors.notFound, '年度考核不存在或无权查看');
    return toAssessmentView(row, await this.assessments.entriesOf([row.id]));
  }

  async list(request: ListAssessments.Request, caller: CallerContext): Promise<ListAssessments.Reply> {
    if (!canSeeAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看年度考核');
    const page = pageOf(request);
    const { items, total } = await this.assessments.search({ ...request, ...page });
    const entries = await this.assessments.entriesOf(items.map((r) => r.id));
    return { items: items.map((row) => toAssessmentSummary(row, entries.filter((e) => e.assessmentId === row.id))), total, ...page };
  }

  /** One step on the assessment, in one transaction: seen, allowed, in its state, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    from: AssessmentRow['status'],
    change: (row: AssessmentRow, entries: AssessmentEntryRow[], tx: Tx) => { event: string; changedEntry?: AssessmentEntryRow } | Promise<{ event: string; changedEntry?: AssessmentEntryRow }>,
  ): Promise<AssessmentView> {
    const [row, entries] = await this.transactions.run(async (tx) => {
      if (!canSeeAssessments(caller)) throw new DomainError(AssessmentErrors.notFound, '年度考核不存在或无权查看');
      const current = await this.assessments.findById(id, tx.manager, true);
      if (!current) throw new DomainError(AssessmentErrors.notFound, '年度考核不存在或无权查看');
      if (!canManageAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理年度考核');
      if (current.version !== expectedVersion) {
        throw new DomainError(AssessmentErrors.versionConflict, `年度考核已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (current.status !== from) throw new DomainError(AssessmentErrors.invalidState, current.status === 'finalized' ? '年度考核已确定等次，结果不再修改' : '年度考核已撤回，不能再办理');
      const next: AssessmentRow = { ...current };
      const list = await this.assessments.entriesOf([id], tx.manager);
      const { event, changedEntry } = await change(next, list, tx);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.assessments.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(AssessmentErrors.versionConflict, '年度考核已被他人修改，请刷新后重试');
      if (changedEntry) await this.assessments.saveEntry(changedEntry, tx.manager);
      await tx.emit(event, snapshotOf(next, list), undefined, AssessmentChanged.Event);
      return [next, list] as const;
    });
    return toAssessmentView(row, entries);
  }
}
