import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import {
  INCIDENT_LEVEL_LABELS,
  UPWARD_REPORT_KIND_LABELS,
  UpwardReportErrors,
  type CompileUpwardReport,
  type DispatchUpwardReport,
  type IncidentLevel,
  type ListUpwardReports,
  type UpwardReportEntry,
  type UpwardReportKind,
  type UpwardReportView,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { canReadDuty, canWriteDuty } from '../duty/duty.policy.js';
import { allow, firstVersion, iso, metaOf, type Row } from '../duty/duty-records.js';
import { UpwardReportsRepository } from './reports.repository.js';
import { beijing } from '../duty/urgent-deadlines.js';

/**
 * 重要工作情况、工作报告报送: a report compiled from chosen duty log entries and urgent matters — their text is
 * copied in as it stands, so a later change of the source does not change what was sent — and a record of
 * each dispatch: to whom, when, how and by whom.
 */
@Injectable()
export class UpwardReportsService {
  constructor(
    private readonly reports: UpwardReportsRepository,
    private readonly transactions: Transactions,
  ) {}

  async compile(request: CompileUpwardReport.Request, caller: CallerContext): Promise<UpwardReportView> {
    allow(canWriteDuty(caller), '只有综合科可以汇编报送材料');
    const logIds = [...new Set(request.dutyLogIds)];
    const matterIds = [...new Set(request.urgentMatterIds)];
    if (!logIds.length && !matterIds.length) throw new DomainError(UpwardReportErrors.empty, '至少选择一条值班记录或紧急事项');
    return this.transactions.run(async (tx) => {
      const { logs, matters } = await this.reports.sources(logIds, matterIds, tx.manager);
      const missing = [...logIds.filter((id) => !logs.some((l) => l.id === id)), ...matterIds.filter((id) => !matters.some((m) => m.id === id))];
      if (missing.length) throw new DomainError(UpwardReportErrors.entryNotFound, `所选记录不存在：${missing.join('、')}`);
      const entries: UpwardReportEntry[] = [
        ...logs.map((l) => ({
          sourceKind: 'duty_log' as const,
          sourceId: l.id as string,
          title: l.title as string,
          at: iso(l.received_at),
          text: [l.summary as string, l.handling ? `处理情况：${l.handling as string}` : ''].filter(Boolean).join('\n'),
        })),
        ...matters.map((m) => ({
          sourceKind: 'urgent_matter' as const,
          sourceId: m.id as string,
          title: m.title as string,
          at: iso(m.received_at),
          text: [`【${INCIDENT_LEVEL_LABELS[m.level as IncidentLevel]}】${m.summary as string}`, m.location ? `地点：${m.location as string}` : ''].filter(Boolean).join('\n'),
        })),
      ].sort((a, b) => a.at.localeCompare(b.at));
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          title: request.title.trim(),
          kind: request.kind,
          intro: request.intro?.trim() || null,
          entries,
          body: compose(request.title.trim(), request.kind, request.intro?.trim() || null, entries),
        },
        caller.username,
        now,
      );
      await this.reports.create(tx, row, caller.username, now);
      return this.view(row.id as string, tx);
    });
  }

  async dispatch(request: DispatchUpwardReport.Request, caller: CallerContext): Promise<UpwardReportView> {
    allow(canWriteDuty(caller), '只有综合科可以登记报送');
    return this.transactions.run(async (tx) => {
      const report = await this.reports.find(request.id, tx.manager, true);
      if (!report) throw new DomainError(UpwardReportErrors.notFound, '报送材料不存在');
      const now = new Date();
      const dispatch = {
        id: randomUUID(),
        report_id: request.id,
        recipient: request.recipient.trim(),
        channel: request.channel.trim(),
        sent_at: new Date(request.sentAt),
        sent_by: caller.username,
        note: request.note?.trim() || null,
        recorded_at: now,
      };
      await this.reports.addDispatch(tx, dispatch, (report.version as number) + 1, caller.username, now, request, `报送 ${request.recipient}（${request.channel}）`);
      return this.view(request.id, tx);
    });
  }

  async get(id: string, caller: CallerContext): Promise<UpwardReportView> {
    allow(canReadDuty(caller), '无权查看报送材料');
    return this.transactions.run((tx) => this.view(id, tx));
  }

  async list(request: ListUpwardReports.Request, caller: CallerContext): Promise<ListUpwardReports.Reply> {
    allow(canReadDuty(caller), '无权查看报送材料');
    const page = pageOf(request);
    const { rows, total } = await this.reports.search({ kind: request.kind, q: request.q, ...page });
    const dispatches = await this.reports.dispatchesOf(rows.map((r) => r.id as string));
    return { items: rows.map((r) => reportView(r, dispatches.filter((d) => d.report_id === r.id))), total, ...page };
  }

  private async view(id: string, tx: Tx): Promise<UpwardReportView> {
    const row = await this.reports.find(id, tx.manager);
    if (!row) throw new DomainError(UpwardReportErrors.notFound, '报送材料不存在');
    const dispatches = await this.reports.dispatchesOf([id], tx.manager);
    return reportView(row, dispatches);
  }
}

/** The compiled text: title, kind, the introduction, then each entry numbered 一、二、… with its time. */
function compose(title: string, kind: UpwardReportKind, intro: string | null, entries: UpwardReportEntry[]): string {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const lines = [title, `（${UPWARD_REPORT_KIND_LABELS[kind]}）`, ...(intro ? [intro] : [])];
  entries.forEach((entry, i) => {
    lines.push(`${numerals[i] ?? String(i + 1)}、${entry.title}（${beijing(new Date(entry.at))}）`, entry.text);
  });
  return lines.join('\n');
}

function reportView(row: Row, dispatches: Row[]): UpwardReportView {
  return {
    ...metaOf(row),
    title: row.title as string,
    kind: row.kind as UpwardReportKind,
    intro: (row.intro as string | null) ?? null,
    entries: row.entries as UpwardReportEntry[],
    body: row.body as string,
    dispatches: dispatches.map((d) => ({
      id: d.id as string,
      recipient: d.recipient as string,
      channel: d.channel as string,
      sentAt: iso(d.sent_at),
      sentBy: d.sent_by as string,
      note: (d.note as string | null) ?? null,
    })),
  };
}
