import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DutyAndMeetingsEvents,
  DutyErrors,
  INCIDENT_LEVEL_LABELS,
  UrgentMatterErrors,
  type CreateUrgentMatter,
  type CreateUrgentReportRule,
  type IncidentLevel,
  URGENT_MATTER_SOURCE_KIND_LABELS,
  type UrgentMatterSourceKind,
  type ListUrgentMatters,
  type ListUrgentReportRules,
  type ReportUrgentMatter,
  type UrgentMatterOverdue,
  type UrgentMatterView,
  type UrgentReportRuleView,
} from '@gov/contracts-duty-and-meetings';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, LOGGER, Transactions, type Tx } from '@gov/platform';
import type { Logger } from 'pino';
import { canApproveDuty, canReadDuty, canWriteDuty } from './duty.policy.js';
import { allow, checkVersion, day, DutyRecords, firstVersion, iso, isoOrNull, metaOf, type Row } from './duty-records.js';
import { countdown, ruleInForce, stageLabel, urgentDeadlines, type UrgentReportRule } from './urgent-deadlines.js';
import { DutyRepository } from './duty.repository.js';
import type { UrgentMatterSource } from '../sections/section-sources.js';

/** A fixed key for the overdue check's advisory lock: one replica at a time runs it. */
const OVERDUE_LOCK_KEY = 7_647_002_001;

/**
 * 紧急事项: received by the duty office, reported to the leaders within the minutes its level allows (初报 by phone,
 * then in writing), followed by 续报 and closed by 终报. The countdown and the overdue flag come from the rule the
 * matter was received under, which it keeps.
 */
@Injectable()
export class UrgentMattersService {
  constructor(
    private readonly records: DutyRecords,
    private readonly duty: DutyRepository,
    private readonly transactions: Transactions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async listRules(_request: ListUrgentReportRules.Request, caller: CallerContext): Promise<ListUrgentReportRules.Reply> {
    allow(canReadDuty(caller), '无权查看报告时限规则');
    const rows = await this.duty.reportRules();
    return { items: rows.map(ruleView) };
  }

  /** A new version of a level's time limits from a date on; matters already received keep theirs. */
  async createRule(request: CreateUrgentReportRule.Request, caller: CallerContext): Promise<UrgentReportRuleView> {
    allow(canApproveDuty(caller), '报告时限规则由综合科科长维护');
    if (request.writtenMinutes < request.phoneMinutes) {
      throw new DomainError(UrgentMatterErrors.timeOrder, '书面报告时限不能短于电话初报时限', [
        { field: 'writtenMinutes', code: 'min', message: '书面报告时限不能短于电话初报时限' },
      ]);
    }
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const row: Row = {
        id: randomUUID(),
        level: request.level,
        phone_minutes: request.phoneMinutes,
        written_minutes: request.writtenMinutes,
        effective_from: request.effectiveFrom,
        source: request.source.trim(),
        created_at: now,
        created_by: caller.username,
      };
      const clash = await this.duty.reportRuleOn(request.level, request.effectiveFrom, tx.manager);
      if (clash) throw new DomainError(UrgentMatterErrors.ruleExists, `${INCIDENT_LEVEL_LABELS[request.level]}事件在 ${request.effectiveFrom} 已有生效的规则`);
      await this.records.insert('urgent_report_rule', row, tx.manager);
      await this.records.recordHistory(tx, 'urgent_report_rule', { id: row.id as string, version: 1 }, 'created', row, caller.username, now);
      return ruleView(row);
    });
  }

  async create(request: CreateUrgentMatter.Request, caller: CallerContext): Promise<UrgentMatterView> {
    allow(canWriteDuty(caller), '只有值班室人员可以登记紧急事项');
    const receivedAt = new Date(request.receivedAt);
    const occurredAt = new Date(request.occurredAt);
    if (occurredAt > receivedAt) {
      throw new DomainError(UrgentMatterErrors.timeOrder, '发生时间不能晚于接报时间', [{ field: 'occurredAt', code: 'timeOrder', message: '发生时间不能晚于接报时间' }]);
    }
    return this.transactions.run(async (tx) => {
      if (request.unitId && !(await this.records.activeUnit(request.unitId, tx.manager))) {
        throw new DomainError(DutyErrors.unknownUnit, '报告单位不在单位名录中或已停用');
      }
      const row = await this.open(tx, request, null, caller.username);
      return matterView(row, [], row.created_at as Date);
    });
  }

  /**
   * An urgent matter another section reported to the duty office (a 涉外案事件 of foreign-affairs, an urgent 报送信息 of
   * information), recorded by 'system' with its source named. Once per source record: a second delivery, under the
   * same or a new envelope, finds the first and changes nothing. A unit not (yet) in the directory is left out rather
   * than refused, and an occurrence time after the receipt is taken as the receipt (the source's clocks, not ours).
   */
  async receiveFromSource(request: CreateUrgentMatter.Request, source: UrgentMatterSource, tx: Tx): Promise<void> {
    const existing = await this.records.one(`SELECT id FROM {urgent_matter} WHERE source_kind = $1 AND source_id = $2`, [source.kind, source.id], tx.manager);
    if (existing) return;
    const unitId = request.unitId && (await this.records.activeUnit(request.unitId, tx.manager)) ? request.unitId : undefined;
    const occurredAt = new Date(request.occurredAt) > new Date(request.receivedAt) ? request.receivedAt : request.occurredAt;
    await this.open(tx, { ...request, occurredAt, unitId }, source, 'system');
  }

  /** Opens the matter under the time limits in force on the day it was received, which it keeps. */
  private async open(tx: Tx, request: CreateUrgentMatter.Request, source: UrgentMatterSource | null, by: string): Promise<Row> {
    const receivedAt = new Date(request.receivedAt);
    const rules = (await this.duty.reportRulesOf(request.level, tx.manager)).map(toRule);
    const rule = ruleInForce(rules, request.level, shanghaiDate(receivedAt));
    if (!rule) throw new DomainError(UrgentMatterErrors.noRule, `${INCIDENT_LEVEL_LABELS[request.level]}事件在接报当日没有生效的报告时限规则，请先由综合科科长设定`);
    const deadlines = urgentDeadlines(receivedAt, rule);
    const now = new Date();
    const row = firstVersion(
      {
        id: randomUUID(),
        title: request.title.trim(),
        level: request.level,
        occurred_at: new Date(request.occurredAt),
        received_at: receivedAt,
        location: request.location?.trim() || null,
        unit_id: request.unitId ?? null,
        summary: request.summary,
        rule_id: rule.id,
        phone_minutes: rule.phoneMinutes,
        written_minutes: rule.writtenMinutes,
        phone_deadline: deadlines.phoneDeadline,
        written_deadline: deadlines.writtenDeadline,
        deadline_explanation: deadlines.explanation,
        initial_reported_at: null,
        written_reported_at: null,
        status: 'open',
        ...(source ? { source_kind: source.kind, source_id: source.id, source_label: source.label } : {}),
      },
      by,
      now,
    );
    await this.records.create(tx, 'urgent_matter', 'urgent_matter', row, 'received', by, now, source ? `来源：${source.label}` : null);
    return row;
  }

  /** One link of the report chain: 初报 (by phone or in writing), 续报 in order, and 终报, which closes the matter. */
  async report(request: ReportUrgentMatter.Request, caller: CallerContext): Promise<UrgentMatterView> {
    allow(canWriteDuty(caller), '只有值班室人员可以登记报告');
    return this.transactions.run(async (tx) => {
      const matter = await this.duty.urgentMatter(request.id, tx.manager, true);
      if (!matter) throw new DomainError(UrgentMatterErrors.notFound, '紧急事项不存在');
      checkVersion(matter, request.expectedVersion, UrgentMatterErrors.versionConflict);
      if (matter.status === 'closed') throw new DomainError(UrgentMatterErrors.closed, '该事项已终报，不能再续报');
      const reportedAt = new Date(request.reportedAt);
      if (reportedAt < (matter.received_at as Date)) {
        throw new DomainError(UrgentMatterErrors.timeOrder, '报告时间不能早于接报时间', [{ field: 'reportedAt', code: 'timeOrder', message: '报告时间不能早于接报时间' }]);
      }
      const entries = await this.entries(matter.id as string, tx.manager);
      const hasInitial = entries.some((e) => e.stage === 'initial');
      if (request.stage !== 'initial' && !hasInitial) throw new DomainError(UrgentMatterErrors.reportOrder, '尚未初报，不能续报或终报');
      if (request.stage === 'initial' && entries.some((e) => e.stage === 'initial' && e.channel === request.channel)) {
        throw new DomainError(UrgentMatterErrors.reportOrder, `已有${request.channel === 'phone' ? '电话' : '书面'}初报，后续情况请续报`);
      }
      const followUps = entries.filter((e) => e.stage === 'follow_up').length;
      const sequence = request.stage === 'initial' ? 0 : followUps + 1;
      const now = new Date();
      const entry: Row = {
        id: randomUUID(),
        matter_id: matter.id,
        stage: request.stage,
        sequence,
        channel: request.channel,
        reported_at: reportedAt,
        leader_name: request.leaderName.trim(),
        content: request.content,
        recorded_by: caller.username,
        recorded_at: now,
      };
      await this.records.insert('urgent_report_entry', entry, tx.manager);
      const firstInitial = request.stage === 'initial' && (!matter.initial_reported_at || reportedAt < (matter.initial_reported_at as Date));
      const firstWritten = request.channel === 'written' && (!matter.written_reported_at || reportedAt < (matter.written_reported_at as Date));
      const changes: Row = {
        ...(firstInitial ? { initial_reported_at: reportedAt } : {}),
        ...(firstWritten ? { written_reported_at: reportedAt } : {}),
        ...(request.stage === 'final' ? { status: 'closed' } : {}),
        version: (matter.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      const label = stageLabel(request.stage, sequence);
      const next = await this.records.saveVersion(tx, 'urgent_matter', 'urgent_matter', matter, request.expectedVersion, changes, [UrgentMatterErrors.versionConflict, '紧急事项已被他人修改，请刷新后重试'], {
        action: 'reported',
        by: caller.username,
        at: now,
        reason: `${label}（${request.channel === 'phone' ? '电话' : '书面'}）报 ${entry.leader_name as string}`,
        snapshot: { ...matter, ...changes, entry },
      });
      return matterView(next, [...entries, entry], now);
    });
  }

  async get(id: string, caller: CallerContext, now = new Date()): Promise<UrgentMatterView> {
    allow(canReadDuty(caller), '无权查看紧急事项');
    const row = await this.duty.urgentMatter(id);
    if (!row) throw new DomainError(UrgentMatterErrors.notFound, '紧急事项不存在');
    return matterView(row, await this.entries(id), now);
  }

  async list(request: ListUrgentMatters.Request, caller: CallerContext, now = new Date()): Promise<ListUrgentMatters.Reply> {
    allow(canReadDuty(caller), '无权查看紧急事项');
    const page = pageOf(request);
    const { rows, total } = await this.duty.searchMatters(request, now, page);
    const entries = await this.entriesOf(rows.map((r) => r.id as string));
    return { items: rows.map((r) => matterView(r, entries.get(r.id as string) ?? [], now)), total, ...page };
  }

  /**
   * The scheduled check: flags each matter whose 初报 or written report is past its deadline and not made, and
   * publishes `urgent-matter.overdue` once per matter and report kind. Only one replica runs it at a time.
   */
  async flagOverdue(now = new Date()): Promise<{ flagged: number }> {
    return this.transactions.run(async (tx) => {
      if (!(await this.duty.tryLock(OVERDUE_LOCK_KEY, tx.manager))) return { flagged: 0 };
      let flagged = 0;
      for (const which of ['phone', 'written'] as const) {
        const matters = await this.duty.flagOverdue(which, now, tx.manager);
        for (const m of matters) {
          const event: UrgentMatterOverdue.Event = {
            matterId: m.id as string,
            title: m.title as string,
            level: m.level as IncidentLevel,
            which,
            deadline: iso(m.deadline),
            detectedAt: now.toISOString(),
            ...(m.unit_id ? { unitId: m.unit_id as string } : {}),
          };
          await tx.emit(DutyAndMeetingsEvents.urgentMatterOverdue, event);
          flagged++;
        }
      }
      if (flagged) this.logger.warn({ flagged }, 'urgent matters overdue');
      return { flagged };
    });
  }

  private entries(matterId: string, manager?: Parameters<DutyRecords['query']>[2]): Promise<Row[]> {
    return this.duty.reportEntries(matterId, manager);
  }

  private async entriesOf(ids: string[]): Promise<Map<string, Row[]>> {
    const byMatter = new Map<string, Row[]>();
    if (!ids.length) return byMatter;
    const rows = await this.duty.reportEntriesOf(ids);
    for (const row of rows) byMatter.set(row.matter_id as string, [...(byMatter.get(row.matter_id as string) ?? []), row]);
    return byMatter;
  }
}

function toRule(row: Row): UrgentReportRule {
  return {
    id: row.id as string,
    level: row.level as IncidentLevel,
    phoneMinutes: row.phone_minutes as number,
    writtenMinutes: row.written_minutes as number,
    effectiveFrom: day(row.effective_from),
    source: row.source as string,
  };
}

function ruleView(row: Row): UrgentReportRuleView {
  return { ...toRule(row), createdAt: iso(row.created_at), createdBy: row.created_by as string };
}

export function matterView(row: Row, entries: Row[], now: Date): UrgentMatterView {
  const phone = countdown(row.phone_deadline as Date, (row.initial_reported_at as Date | null) ?? null, now);
  const written = countdown(row.written_deadline as Date, (row.written_reported_at as Date | null) ?? null, now);
  return {
    ...metaOf(row),
    title: row.title as string,
    level: row.level as IncidentLevel,
    levelLabel: INCIDENT_LEVEL_LABELS[row.level as IncidentLevel],
    occurredAt: iso(row.occurred_at),
    receivedAt: iso(row.received_at),
    location: (row.location as string | null) ?? null,
    unitId: (row.unit_id as string | null) ?? null,
    summary: row.summary as string,
    ruleId: row.rule_id as string,
    phoneMinutes: row.phone_minutes as number,
    writtenMinutes: row.written_minutes as number,
    deadline: iso(row.phone_deadline),
    remainingSeconds: phone.remainingSeconds,
    overdue: phone.overdue,
    writtenDeadline: iso(row.written_deadline),
    writtenRemainingSeconds: written.remainingSeconds,
    writtenOverdue: written.overdue,
    deadlineExplanation: row.deadline_explanation as string[],
    initialReportedAt: isoOrNull(row.initial_reported_at),
    writtenReportedAt: isoOrNull(row.written_reported_at),
    status: row.status as 'open' | 'closed',
    reports: entries.map((e) => ({
      id: e.id as string,
      stage: e.stage as 'initial' | 'follow_up' | 'final',
      sequence: e.sequence as number,
      label: stageLabel(e.stage as 'initial' | 'follow_up' | 'final', e.sequence as number),
      channel: e.channel as 'phone' | 'written',
      reportedAt: iso(e.reported_at),
      leaderName: e.leader_name as string,
      content: e.content as string,
      recordedBy: e.recorded_by as string,
    })),
    source: row.source_kind
      ? {
          kind: row.source_kind as UrgentMatterSourceKind,
          kindLabel: URGENT_MATTER_SOURCE_KIND_LABELS[row.source_kind as UrgentMatterSourceKind],
          id: row.source_id as string,
          label: row.source_label as string,
        }
      : null,
  };
}
