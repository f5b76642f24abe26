import { Injectable } from '@nestjs/common';
import type { PeriodRuleValue, RecordKind } from '@gov/contracts-document-secretariat';
import { computeDeadline, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, type Tx } from '@gov/platform';
import { Timeline } from '../../common/timeline.js';
import { ArchiveLegalRules, type RuleRow } from './archive-legal-rules.service.js';
import { ArchiveLegalRulesRepository } from './archive-legal-rules.repository.js';

/** The configured periods: 报备 (`filings.period`), 合作协议审核 (`agreements.review_period`) and 请示办理 (`requests.handling_period`). */
export type PeriodRuleCode = 'filings.period' | 'agreements.review_period' | 'requests.handling_period';

/** Where the records with such a period live: their table, the column of the day the period starts, the open statuses. */
export interface PeriodRecords {
  table: 'filing' | 'agreement_review' | 'unit_request';
  startColumn: 'publication_date' | 'submitted_on' | 'received_on';
  /** The column holding the open statuses (default `status`). */
  statusColumn?: 'status' | 'state';
  openStatuses: readonly string[];
  kind: RecordKind;
  /** The timeline action of a re-dating, e.g. `filing.redated`. */
  action: string;
}

export interface PeriodDue {
  dueDate: string | null;
  provisional: boolean;
  /** The engine's explanation and the rule's source. */
  explanation: string[];
  rule: RuleRow;
}

/** One record whose due date a calendar change moved. */
export interface PeriodRedated {
  id: string;
  previousDueDate: string | null;
  dueDate: string | null;
  year: number;
}

const SYSTEM = { userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统' };

/**
 * A due date that is a configured period from a start day, from the deadline engine over the calendar copy with its
 * explanation and the rule it was decided under; and the re-dating of the open ones when a calendar year changes.
 */
@Injectable()
export class PeriodDeadlines {
  constructor(
    private readonly rulesRepository: ArchiveLegalRulesRepository,
    private readonly rules: ArchiveLegalRules,
    private readonly calendar: CalendarCopy,
    private readonly timeline: Timeline,
  ) {}

  /** The due date of a period starting on `start` (YYYY-MM-DD) under the rule in force that day. */
  async due(code: PeriodRuleCode, start: string, tx: Tx): Promise<PeriodDue> {
    const rule = await this.rules.current(code, start, tx);
    const deadline = computeDeadline(await this.calendar.current(), { start, ...(rule.value as unknown as PeriodRuleValue) });
    return { dueDate: deadline.dueDate, provisional: deadline.provisional, explanation: [...deadline.explanation, `依据：${rule.source}`], rule };
  }

  /**
   * Re-dates the open records on every calendar change, in the change's transaction; `afterwards` then gets the records
   * moved, in that same transaction (to refresh the registry and publish the events).
   */
  redateOnCalendarChange(records: PeriodRecords, afterwards: (tx: Tx, redated: PeriodRedated[]) => Promise<void>): void {
    this.calendar.onChange(async (year, tx, calendar) => {
      const redated = await this.redate(records, year, tx, calendar);
      if (redated.length) await afterwards(tx, redated);
    });
  }

  /** Re-dates the open records whose period touches `year` (or is provisional) under their own rule; those changed. */
  async redate(records: PeriodRecords, year: number, tx: Tx, calendar: WorkingCalendar): Promise<PeriodRedated[]> {
    const { table, startColumn } = records;
    const rows = await this.rulesRepository.openPeriods(table, startColumn, records.openStatuses, year, tx.manager, records.statusColumn ?? 'status');
    const changed: PeriodRedated[] = [];
    for (const row of rows) {
      const deadline = computeDeadline(calendar, { start: row.start, ...row.value });
      if (deadline.dueDate === row.due_date && deadline.provisional === row.provisional) continue;
      const explanation = [...deadline.explanation, `${year} 年节假日安排更新后重新计算（原期限 ${row.due_date ?? '待定'}）`];
      await this.rulesRepository.redatePeriod(table, row.id, { dueDate: deadline.dueDate, provisional: deadline.provisional, explanation }, SYSTEM.username, tx.manager);
      await this.timeline.append(tx, SYSTEM, {
        kind: records.kind,
        id: row.id,
        action: records.action,
        label: '期限重新计算',
        note: `${row.due_date ?? '待定'} → ${deadline.dueDate ?? '待定'}`,
        detail: { year, explanation },
      });
      changed.push({ id: row.id, previousDueDate: row.due_date, dueDate: deadline.dueDate, year });
    }
    return changed;
  }
}
