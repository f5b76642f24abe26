import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  AUDIT_FINDING_CATEGORY_LABELS,
  InternalAuditChanged,
  InternalAuditErrors,
  InternalAuditEvents,
  type AddAuditFinding,
  type AuditFindingView,
  type CloseInternalAudit,
  type CreateInternalAudit,
  type InternalAuditFields,
  type InternalAuditView,
  type ListInternalAudits,
  type RectifyAuditFinding,
  type ReportInternalAudit,
  type StartInternalAudit,
  type UpdateInternalAudit,
  type VerifyAuditFinding,
  type WithdrawInternalAudit,
} from '@gov/contracts-personnel-finance';
import { DomainError, publishTaskChanges, requireReason, Transactions } from '@gov/platform';
import { timelineEntry } from '../../common/timeline.js';
import { canManageInternalAudits, canSeeInternalAudits } from './internal-audits.policy.js';
import { InternalAuditsRepository, type InternalAuditRow } from './internal-audits.repository.js';
import { canTake, findingAfter, periodProblem, statusAfter, teamOf, unverified, type InternalAuditStep } from './internal-audits.rules.js';
import { internalAuditTaskChange } from './internal-audits.tasks.js';
import { snapshotOf, toInternalAuditView } from './internal-audits.views.js';

const STATE_MESSAGES: Record<InternalAuditStep, string> = {
  update: '审计已进场，计划不能再修改',
  start: '只有计划中的审计可以进场',
  'add-finding': '只有实施中的审计可以记录发现的问题',
  report: '只有实施中的审计可以出具审计报告',
  rectify: '只有实施中或整改中的审计可以报告整改',
  verify: '出具审计报告后才能核查整改',
  close: '出具审计报告且全部问题核查销号后才能办结',
  withdraw: '审计已进场，不能撤回',
};

const STEP_LABELS: Record<InternalAuditStep, string> = {
  update: '修改计划',
  start: '进场实施',
  'add-finding': '记录问题',
  report: '出具审计报告',
  rectify: '报告整改',
  verify: '核查整改',
  close: '办结',
  withdraw: '撤回',
};

/**
 * 内部审计 of the subordinate units (财务科): planned with the unit, the period, the scope and a team of at least two; the
 * fieldwork records findings with their rectification requirement and due date (each a 待办 for 财务科 until verified);
 * the report; the unit's rectification and 财务科's 核查 of each finding; closed once every finding is verified; withdrawn
 * with a reason before fieldwork.
 */
@Injectable()
export class InternalAuditsService {
  constructor(
    private readonly audits: InternalAuditsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    if (!canManageInternalAudits(caller)) throw new DomainError(CommonErrors.forbidden, '无权安排内部审计');
    const plan = this.plan(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: InternalAuditRow = {
        id: randomUUID(),
        ...plan,
        startedOn: null,
        reportNumber: null,
        reportedOn: null,
        closedOn: null,
        findings: [],
        status: 'planned',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '列入审计计划', `${plan.unitName}，${plan.periodFrom} 至 ${plan.periodTo}`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.audits.insert(created, tx.manager);
      await tx.emit(InternalAuditEvents.created, snapshotOf(created), undefined, InternalAuditChanged.Event);
      return created;
    });
    return toInternalAuditView(row);
  }

  update(request: UpdateInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    const plan = this.plan(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, plan);
      return { event: InternalAuditEvents.updated, note: null };
    });
  }

  start(request: StartInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'start', (row) => {
      row.startedOn = request.startedOn;
      return { event: InternalAuditEvents.started, note: `审计组：${row.team.join('、')}` };
    });
  }

  addFinding(request: AddAuditFinding.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'add-finding', (row) => {
      const finding: AuditFindingView = {
        id: randomUUID(),
        sequence: row.findings.length + 1,
        category: request.category,
        description: request.description.trim(),
        amountFen: request.amountFen ?? null,
        requirement: request.requirement.trim(),
        dueDate: request.dueDate,
        status: 'open',
        rectification: null,
        verification: null,
        rejections: 0,
      };
      row.findings = [...row.findings, finding];
      return { event: InternalAuditEvents.findingAdded, note: `问题 ${finding.sequence}（${AUDIT_FINDING_CATEGORY_LABELS[finding.category]}）：${finding.description}；整改期限 ${finding.dueDate}` };
    });
  }

  report(request: ReportInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'report', (row) => {
      row.reportNumber = request.reportNumber.trim();
      row.reportedOn = request.reportedOn;
      return { event: InternalAuditEvents.reported, note: `${row.reportNumber}（${request.reportedOn}），问题 ${row.findings.length} 个` };
    });
  }

  rectify(request: RectifyAuditFinding.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'rectify', (row) => {
      const finding = this.finding(row, request.findingId);
      const next = findingAfter('rectify', finding.status);
      if (!next) throw new DomainError(InternalAuditErrors.findingState, `问题 ${finding.sequence} 已报整改或已核查，不能再报告整改`);
      this.replaceFinding(row, { ...finding, status: next, rectification: { measures: request.measures.trim(), reportedOn: request.reportedOn, recordedBy: caller.username, recordedAt: new Date().toISOString() } });
      return { event: InternalAuditEvents.rectified, note: `问题 ${finding.sequence}：${request.measures.trim()}` };
    });
  }

  verify(request: VerifyAuditFinding.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'verify', (row) => {
      const finding = this.finding(row, request.findingId);
      const next = findingAfter(request.passed ? 'verify-pass' : 'verify-fail', finding.status);
      if (!next) throw new DomainError(InternalAuditErrors.findingState, `问题 ${finding.sequence} 尚未报告整改或已核查，不能核查`);
      const note = request.note.trim();
      this.replaceFinding(
        row,
        request.passed
          ? { ...finding, status: next, verification: { verifiedOn: request.verifiedOn, note, verifiedBy: caller.username, verifiedAt: new Date().toISOString() } }
          : { ...finding, status: next, rejections: finding.rejections + 1 },
      );
      return { event: InternalAuditEvents.verified, note: `问题 ${finding.sequence}${request.passed ? '核查通过，销号' : '核查未通过，退回继续整改'}：${note}` };
    });
  }

  close(request: CloseInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    return this.step(request.id, request.expectedVersion, caller, 'close', (row) => {
      const open = unverified(row.findings);
      if (open.length) throw new DomainError(InternalAuditErrors.findingsOpen, `问题 ${open.join('、')} 尚未核查销号，审计不能办结`);
      row.closedOn = request.closedOn;
      return { event: InternalAuditEvents.closed, note: `问题 ${row.findings.length} 个，全部核查销号` };
    });
  }

  withdraw(request: WithdrawInternalAudit.Request, caller: CallerContext): Promise<InternalAuditView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: InternalAuditEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<InternalAuditView> {
    if (!canSeeInternalAudits(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看内部审计');
    const row = await this.audits.findById(id);
    if (!row) throw new DomainError(InternalAuditErrors.notFound, '内部审计不存在');
    return toInternalAuditView(row);
  }

  async list(request: ListInternalAudits.Request, caller: CallerContext): Promise<ListInternalAudits.Reply> {
    if (!canSeeInternalAudits(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看内部审计');
    const page = pageOf(request);
    const { items, total } = await this.audits.search({ ...request, ...page });
    return { items: items.map(toInternalAuditView), total, ...page };
  }

  /** The plan's fields, checked: the period and a team of at least two distinct people. */
  private plan(fields: InternalAuditFields): Pick<InternalAuditRow, 'unitId' | 'unitName' | 'periodFrom' | 'periodTo' | 'scope' | 'team' | 'plannedOn'> {
    const team = teamOf(fields.team);
    if (!team) throw new DomainError(InternalAuditErrors.teamTooSmall, '审计组不少于 2 人（不同的人）', [{ field: 'team', code: 'minSize', message: 'team：审计组至少 2 名不同的成员' }]);
    const problem = periodProblem(fields.periodFrom, fields.periodTo, fields.plannedOn);
    if (problem) throw new DomainError(InternalAuditErrors.invalidPeriod, problem, [{ field: 'periodTo', code: 'period', message: `periodTo：${problem}` }]);
    return { unitId: fields.unitId, unitName: fields.unitName.trim(), periodFrom: fields.periodFrom, periodTo: fields.periodTo, scope: fields.scope.trim(), team, plannedOn: fields.plannedOn };
  }

  private finding(row: InternalAuditRow, id: string): AuditFindingView {
    const finding = row.findings.find((f) => f.id === id);
    if (!finding) throw new DomainError(InternalAuditErrors.unknownFinding, '该审计没有这个问题');
    return finding;
  }

  private replaceFinding(row: InternalAuditRow, finding: AuditFindingView): void {
    row.findings = row.findings.map((f) => (f.id === finding.id ? finding : f));
  }

  /** One step on a versioned record, in one transaction: allowed, at the version held, saved, its event and 待办 changes in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: InternalAuditStep, change: (row: InternalAuditRow) => { event: string; note: string | null }): Promise<InternalAuditView> {
    if (!canManageInternalAudits(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理内部审计');
    const row = await this.transactions.run(async (tx) => {
      const current = await this.audits.findById(id, tx.manager, true);
      if (!current) throw new DomainError(InternalAuditErrors.notFound, '内部审计不存在');
      if (current.version !== expectedVersion) {
        throw new DomainError(InternalAuditErrors.versionConflict, `内部审计已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(InternalAuditErrors.invalidState, STATE_MESSAGES[step]);
      const next: InternalAuditRow = { ...current };
      const result = change(next);
      const now = new Date();
      Object.assign(next, {
        status: statusAfter(step, current.status),
        version: current.version + 1,
        updatedAt: now,
        updatedBy: caller.username,
        timeline: [...current.timeline, timelineEntry(caller.username, STEP_LABELS[step], result.note, now)],
      });
      if (!(await this.audits.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(InternalAuditErrors.versionConflict, '内部审计已被他人修改，请刷新后重试');
      await tx.emit(result.event, snapshotOf(next), undefined, InternalAuditChanged.Event);
      await publishTaskChanges(tx, internalAuditTaskChange(current, next, caller.userId));
      return next;
    });
    return toInternalAuditView(row);
  }
}
