import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  INFO_UPWARD_OFFICE_LABELS,
  UpwardReportChanged,
  InfoUpwardReportErrors,
  InfoUpwardReportEvents,
  type CreateInfoUpwardReport,
  type InfoUpwardReportView,
  type ListInfoUpwardReports,
  type RecordInfoUpwardFeedback,
  type WithdrawInfoUpwardReport,
} from '@gov/contracts-information';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { canManageUpwardReports, canSeeUpwardReports } from './upward-reports.policy.js';
import { UpwardReportsRepository, type FeedbackRow, type UpwardReportRow } from './upward-reports.repository.js';
import { canTake, dateRefusal, levelOnAdoption, levelOnSending, type InfoUpwardStep } from './upward-reports.rules.js';
import { snapshotOf, toUpwardReportView } from './upward-reports.views.js';

/**
 * 上报登记: 信息科 registers each 报送 to a higher office (accepted items, office, date, channel) and the feedback that came
 * back. Sending to the city records 报市 on each item; a 采用 feedback records 市采用 / 省采用 / 国办采用 by the office, a
 * 批示 feedback the leader's 批示 — through the submissions module, scored under the weight table in force on its date
 * (RULES.md §2.7). One adoption per level per item: a repeated 采用 is kept as feedback and scores nothing.
 */
@Injectable()
export class UpwardReportsService {
  constructor(
    private readonly reports: UpwardReportsRepository,
    private readonly submissions: SubmissionsService,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateInfoUpwardReport.Request, caller: CallerContext): Promise<InfoUpwardReportView> {
    if (!canManageUpwardReports(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以登记向上报送');
    if (dateRefusal('sent', request.sentOn, shanghaiDate(new Date()))) throw new DomainError(InfoUpwardReportErrors.sentInFuture, `报送日期 ${request.sentOn} 晚于今天`);
    const ids = [...new Set(request.submissionIds)];
    const id = await this.transactions.run(async (tx) => {
      const now = new Date();
      const rows = await this.submissions.requireAccepted(ids, tx);
      const items = rows.map((r) => ({ submissionId: r.id, title: r.title }));
      // Sending to the city's 信息科 is 报送 to the city: 报市 on each item, once per item (scored, RULES.md §2.7).
      const level = levelOnSending(request.office);
      if (level) for (const submissionId of ids) await this.submissions.adoptInTx(tx, submissionId, level, request.sentOn, INFO_UPWARD_OFFICE_LABELS[request.office], caller);
      const created: UpwardReportRow = {
        id: randomUUID(),
        submissionIds: ids,
        items,
        office: request.office,
        sentOn: request.sentOn,
        channel: request.channel,
        note: request.note?.trim() || null,
        status: 'sent',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.reports.insert(created, tx.manager);
      await tx.emit(InfoUpwardReportEvents.created, snapshotOf(created), undefined, UpwardReportChanged.Event);
      return created.id;
    });
    return this.view(id);
  }

  /** A feedback from the office: 采用 (recorded once per level on the item) or a leader's 批示 (recorded on the adopted item). */
  feedback(request: RecordInfoUpwardFeedback.Request, caller: CallerContext): Promise<InfoUpwardReportView> {
    return this.step(request.id, request.expectedVersion, caller, 'feedback', async (row, tx, now) => {
      if (!row.submissionIds.includes(request.submissionId)) throw new DomainError(InfoUpwardReportErrors.notInReport, '该信息不在此次报送中');
      if (dateRefusal('feedback', request.receivedOn, row.sentOn)) throw new DomainError(InfoUpwardReportErrors.feedbackBeforeSent, `反馈日期 ${request.receivedOn} 早于报送日期 ${row.sentOn}`);
      const base = { id: randomUUID(), reportId: row.id, submissionId: request.submissionId, receivedOn: request.receivedOn, recordedBy: caller.username, recordedAt: now };
      let feedback: FeedbackRow;
      if (request.kind === 'adopted') {
        const level = levelOnAdoption(row.office);
        const existing = (await this.reports.feedback([row.id], tx.manager)).find((f) => f.kind === 'adopted' && f.submissionId === request.submissionId && f.level === level);
        if (existing) return null; // the same 采用 again: nothing new
        const outlet = request.outlet?.trim() || null;
        const { adoption } = await this.submissions.adoptInTx(tx, request.submissionId, level, request.receivedOn, outlet, caller);
        feedback = { ...base, kind: 'adopted', level, outlet, leaderName: null, content: null, points: adoption?.points ?? 0, weightVersion: adoption?.weightVersion ?? null, alreadyRecorded: !adoption };
      } else {
        const leaderName = request.leaderName?.trim() ?? '';
        const content = request.content?.trim() ?? '';
        if (!request.instructionLevel || !leaderName || content.length < 2) throw new DomainError(InfoUpwardReportErrors.instructionIncomplete, '批示须写明层级（instructionLevel）、批示领导（leaderName）与内容（content）');
        const { instruction } = await this.submissions.instructInTx(tx, request.submissionId, { level: request.instructionLevel, leaderName, content, instructedOn: request.receivedOn }, caller);
        feedback = { ...base, kind: 'instructed', level: request.instructionLevel, outlet: null, leaderName, content, points: instruction.points, weightVersion: instruction.weightVersion, alreadyRecorded: false };
      }
      await this.reports.insertFeedback(feedback, tx.manager);
      return InfoUpwardReportEvents.feedback;
    });
  }

  withdraw(request: WithdrawInfoUpwardReport.Request, caller: CallerContext): Promise<InfoUpwardReportView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.withdrawalReason = reason;
      row.status = 'withdrawn';
      return InfoUpwardReportEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<InfoUpwardReportView> {
    if (!canSeeUpwardReports(caller)) throw new DomainError(InfoUpwardReportErrors.notFound, '上报登记不存在或无权查看');
    return this.view(id);
  }

  async list(request: ListInfoUpwardReports.Request, caller: CallerContext): Promise<ListInfoUpwardReports.Reply> {
    if (!canSeeUpwardReports(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看上报登记');
    const page = pageOf(request);
    const { items, total } = await this.reports.search({ ...request, ...page });
    const feedback = await this.reports.feedback(items.map((r) => r.id));
    return { items: items.map((r) => toUpwardReportView(r, feedback)), total, ...page };
  }

  private async view(id: string): Promise<InfoUpwardReportView> {
    const row = await this.reports.findById(id);
    if (!row) throw new DomainError(InfoUpwardReportErrors.notFound, '上报登记不存在或无权查看');
    return toUpwardReportView(row, await this.reports.feedback([row.id]));
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox (none when nothing changed). */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: InfoUpwardStep, change: (row: UpwardReportRow, tx: Tx, now: Date) => Promise<string | null>): Promise<InfoUpwardReportView> {
    await this.transactions.run(async (tx) => {
      const current = canSeeUpwardReports(caller) ? await this.reports.findById(id, tx.manager, true) : null;
      if (!current) throw new DomainError(InfoUpwardReportErrors.notFound, '上报登记不存在或无权查看');
      if (!canManageUpwardReports(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以办理上报登记');
      if (!canTake(step, current.status)) throw new DomainError(InfoUpwardReportErrors.invalidState, '上报登记已撤回，不能再办理');
      const now = new Date();
      const next: UpwardReportRow = { ...current };
      const event = await change(next, tx, now);
      if (!event) return; // an idempotent repeat: nothing changed, the version stays
      if (current.version !== expectedVersion) {
        throw new DomainError(InfoUpwardReportErrors.versionConflict, `上报登记已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.reports.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(InfoUpwardReportErrors.versionConflict, '上报登记已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, UpwardReportChanged.Event);
    });
    return this.view(id);
  }
}
