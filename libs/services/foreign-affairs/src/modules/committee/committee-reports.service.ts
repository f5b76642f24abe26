import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext, type VersionedRef } from '@gov/contracts-common';
import {
  COMMITTEE_REPORT_RECIPIENT_LABELS,
  COMMITTEE_REPORT_STATUS_LABELS,
  CommitteeReportChanged,
  CommitteeReportErrors,
  CommitteeReportEvents,
  type CommitteeReportFields,
  type CommitteeReportView,
  type CreateCommitteeReport,
  type ListCommitteeReports,
  type SendCommitteeReport,
  type UpdateCommitteeReport,
  type WithdrawCommitteeReport,
} from '@gov/contracts-foreign-affairs';
import { CalendarCopy, DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageCommittee, canSeeCommittee } from './committee.policy.js';
import { CommitteeRepository, type CommitteeReportRow } from './committee.repository.js';
import { approverRefusal, canTakeReportStep, reportDue, reportStatusAfter, sentOnRefusal, type ReportStep } from './committee.rules.js';
import { reportSnapshotOf, toCommitteeReportView } from './committee.views.js';

const NOT_FOUND = '外事委报告不存在或无权查看';
const today = (): string => shanghaiDate(new Date());

/**
 * 外事委报告 (工作报告、专题报告 to 市委外办 or 区委): drafted with the due date the deadline engine computes from the day
 * it was requested, approved by someone other than the drafter, sent with its date; overdue and its light judged when read;
 * re-dated when a calendar year is loaded or corrected; withdrawn with a reason before it is sent.
 */
@Injectable()
export class CommitteeReportsService implements OnModuleInit {
  constructor(
    private readonly committee: CommitteeRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((_year, tx, calendar) => this.redate(tx, calendar));
  }

  async create(request: CreateCommitteeReport.Request, caller: CallerContext): Promise<CommitteeReportView> {
    if (!canManageCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权起草外事委报告');
    const row = await this.transactions.run(async (tx) => {
      const due = reportDue(await this.calendarCopy.current(tx), request.requestedOn, request.workingDays);
      const now = new Date();
      const created: CommitteeReportRow = {
        id: randomUUID(),
        ...fieldsOf(request),
        dueDate: due.dueDate,
        dueProvisional: due.provisional,
        dueExplanation: due.explanation,
        status: 'drafted',
        draftedBy: caller.username,
        approvedBy: null,
        sentOn: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.committee.reports.insert(tx.manager, created);
      await this.committee.addHistory({ recordType: 'report', recordId: created.id, step: 'create', fromStatus: null, toStatus: 'drafted', note: `起草报告，报送期限 ${created.dueDate ?? '（暂无）'}`, at: now, by: caller.username }, tx.manager);
      await tx.emit(CommitteeReportEvents.changed, reportSnapshotOf(created), undefined, CommitteeReportChanged.Event);
      return created;
    });
    return this.view(row);
  }

  update(request: UpdateCommitteeReport.Request, caller: CallerContext): Promise<CommitteeReportView> {
    return this.step(request, caller, 'update', async (row, tx) => {
      Object.assign(row, fieldsOf(request));
      const due = reportDue(await this.calendarCopy.current(tx), row.requestedOn, row.workingDays);
      Object.assign(row, { dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, draftedBy: caller.username });
      return `修改报告，报送期限 ${row.dueDate ?? '（暂无）'}`;
    });
  }

  /** 审定: by someone other than the drafter (the last one to change the draft). */
  approve(request: VersionedRef, caller: CallerContext): Promise<CommitteeReportView> {
    return this.step(request, caller, 'approve', (row) => {
      const refusal = approverRefusal(row.draftedBy, caller.username);
      if (refusal) throw new DomainError(CommitteeReportErrors.sameApprover, refusal);
      row.approvedBy = caller.username;
      return '审定报告';
    });
  }

  send(request: SendCommitteeReport.Request, caller: CallerContext): Promise<CommitteeReportView> {
    return this.step(request, caller, 'send', (row) => {
      const refusal = sentOnRefusal(request.sentOn, row.requestedOn, today());
      if (refusal) throw new DomainError(CommonErrors.validationFailed, refusal, [{ field: 'sentOn', code: 'invalid', message: `sentOn：${refusal}` }]);
      row.sentOn = request.sentOn;
      const late = row.dueDate && request.sentOn > row.dueDate ? `（超过报送期限 ${row.dueDate}）` : '';
      return `${request.sentOn} 报送${COMMITTEE_REPORT_RECIPIENT_LABELS[row.recipient]}${late}`;
    });
  }

  withdraw(request: WithdrawCommitteeReport.Request, caller: CallerContext): Promise<CommitteeReportView> {
    const reason = requireReason(request.reason);
    return this.step(request, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return `撤回：${reason}`;
    });
  }

  async get(id: string, caller: CallerContext): Promise<CommitteeReportView> {
    const row = canSeeCommittee(caller) ? await this.committee.reports.find(this.committee.manager, id) : null;
    if (!row) throw new DomainError(CommitteeReportErrors.notFound, NOT_FOUND);
    return this.view(row);
  }

  async list(request: ListCommitteeReports.Request, caller: CallerContext): Promise<ListCommitteeReports.Reply> {
    if (!canSeeCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看外事委报告');
    const page = pageOf(request);
    const { items, total } = await this.committee.searchReports({ ...request, ...page });
    const [history, calendar] = await Promise.all([this.committee.history('report', items.map((r) => r.id)), this.calendarCopy.current()]);
    const day = today();
    return { items: items.map((r) => toCommitteeReportView(r, history.get(r.id) ?? [], calendar, day)), total, ...page };
  }

  /** A calendar year loaded or corrected: the open reports' due dates are recomputed in the copy's transaction. */
  async redate(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const row of await this.committee.openReports(tx.manager)) {
      const due = reportDue(calendar, row.requestedOn, row.workingDays);
      if (due.dueDate === row.dueDate && due.provisional === row.dueProvisional) continue;
      const now = new Date();
      const next: CommitteeReportRow = { ...row, dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, version: row.version + 1, updatedAt: now, updatedBy: '系统' };
      if (!(await this.committee.reports.saveIfVersion(tx.manager, next, row.version))) continue;
      await this.committee.addHistory({ recordType: 'report', recordId: row.id, step: 'redate', fromStatus: row.status, toStatus: row.status, note: `工作日历调整，报送期限重新计算为 ${next.dueDate ?? '（暂无）'}`, at: now, by: '系统' }, tx.manager);
      await tx.emit(CommitteeReportEvents.changed, reportSnapshotOf(next), undefined, CommitteeReportChanged.Event);
    }
  }

  private async view(row: CommitteeReportRow): Promise<CommitteeReportView> {
    const [history, calendar] = await Promise.all([this.committee.history('report', [row.id]), this.calendarCopy.current()]);
    return toCommitteeReportView(row, history.get(row.id) ?? [], calendar, today());
  }

  private async step(request: VersionedRef, caller: CallerContext, step: ReportStep, change: (row: CommitteeReportRow, tx: Tx) => string | Promise<string>): Promise<CommitteeReportView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeCommittee(caller)) throw new DomainError(CommitteeReportErrors.notFound, NOT_FOUND);
      const current = await this.committee.reports.find(tx.manager, request.id, true);
      if (!current) throw new DomainError(CommitteeReportErrors.notFound, NOT_FOUND);
      if (!canManageCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理外事委报告');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(CommitteeReportErrors.versionConflict, `外事委报告已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (!canTakeReportStep(step, current.status)) {
        throw new DomainError(CommitteeReportErrors.invalidState, `报告${COMMITTEE_REPORT_STATUS_LABELS[current.status]}，不能进行此步骤（起草 → 审定 → 报送，不可跳过；报送后不能撤回）`);
      }
      const next: CommitteeReportRow = { ...current };
      const note = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: reportStatusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.committee.reports.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(CommitteeReportErrors.versionConflict, '外事委报告已被他人修改，请刷新后重试');
      await this.committee.addHistory({ recordType: 'report', recordId: next.id, step, fromStatus: current.status, toStatus: next.status, note, at: now, by: caller.username }, tx.manager);
      await tx.emit(CommitteeReportEvents.changed, reportSnapshotOf(next), undefined, CommitteeReportChanged.Event);
      return next;
    });
    return this.view(row);
  }
}

function fieldsOf(fields: CommitteeReportFields): Pick<CommitteeReportRow, 'title' | 'kind' | 'recipient' | 'period' | 'requestedOn' | 'workingDays' | 'content'> {
  return { title: fields.title.trim(), kind: fields.kind, recipient: fields.recipient, period: fields.period.trim(), requestedOn: fields.requestedOn, workingDays: fields.workingDays, content: fields.content };
}
