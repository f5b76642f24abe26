import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DutyErrors,
  type CreateDutyDay,
  type CreateHandover,
  type DecideDutySwap,
  type DutyDayKind,
  type DutyDayView,
  type DutySwapView,
  type HandoverView,
  type ListDutyDays,
  type ListDutySwaps,
  type ListHandovers,
  type RequestDutySwap,
  type UpdateDutyDay,
} from '@gov/contracts-duty-and-meetings';
import { CalendarCopy, DomainError, Transactions, type Tx } from '@gov/platform';
import type { WorkingCalendar } from '@gov/calendar';
import { canApproveDuty, canReadDuty, canWriteDuty } from './duty.policy.js';
import { allow, checkVersion, day, DutyRecords, firstVersion, iso, isoOrNull, metaOf, type Row } from './duty-records.js';
import { DutyRepository } from './duty.repository.js';

const MAX_ROSTER_DAYS = 92;

/** 值班表: 带班领导 and 值班员 per day, holiday duty days marked from the calendar; swaps approved by the 综合科 chief; 交接班. */
@Injectable()
export class RosterService implements OnModuleInit {
  constructor(
    private readonly records: DutyRecords,
    private readonly duty: DutyRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    // A year loaded or corrected: re-mark the duty days of that year, in the copy's transaction.
    this.calendar.onChange((year, tx, calendar) => this.remarkYear(year, tx, calendar));
  }

  async createDay(request: CreateDutyDay.Request, caller: CallerContext): Promise<DutyDayView> {
    allow(canWriteDuty(caller), '只有综合科（值班室）可以排班');
    const calendar = await this.calendar.current();
    return this.transactions.run(async (tx) => {
      const existing = await this.duty.dutyDayOn(request.dutyDate, tx.manager);
      if (existing) throw new DomainError(DutyErrors.dayExists, `${request.dutyDate} 已排班，请修改原排班`);
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          duty_date: request.dutyDate,
          leader_name: request.leaderName.trim(),
          officer_names: request.officerNames.map((n) => n.trim()),
          note: request.note ?? null,
          ...dayKindOf(calendar, request.dutyDate),
        },
        caller.username,
        now,
      );
      await this.records.create(tx, 'duty_day', 'duty_day', row, 'created', caller.username, now);
      return dayView(row);
    });
  }

  async updateDay(request: UpdateDutyDay.Request, caller: CallerContext): Promise<DutyDayView> {
    allow(canWriteDuty(caller), '只有综合科（值班室）可以修改排班');
    return this.transactions.run(async (tx) => {
      const current = await this.dayRow(request.id, tx);
      checkVersion(current, request.expectedVersion, DutyErrors.versionConflict);
      const now = new Date();
      const changes: Row = {
        leader_name: request.leaderName.trim(),
        officer_names: request.officerNames.map((n) => n.trim()),
        note: request.note ?? null,
        version: (current.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      return dayView(await this.saveDay(current, changes, request.expectedVersion, 'updated', caller.username, now, tx));
    });
  }

  async getDay(id: string, caller: CallerContext): Promise<DutyDayView> {
    allow(canReadDuty(caller), '无权查看值班表');
    const row = await this.duty.dutyDay(id);
    if (!row) throw new DomainError(DutyErrors.notFound, '值班日不存在');
    return dayView(row);
  }

  async listDays(request: ListDutyDays.Request, caller: CallerContext): Promise<ListDutyDays.Reply> {
    allow(canReadDuty(caller), '无权查看值班表');
    const span = (Date.parse(request.to) - Date.parse(request.from)) / 86_400_000;
    if (!(span >= 0 && span < MAX_ROSTER_DAYS)) {
      throw new DomainError(DutyErrors.badPeriod, `截止日期不能早于起始日期，且一次最多查询 ${MAX_ROSTER_DAYS} 天`);
    }
    const rows = await this.duty.dutyDays(request.from, request.to);
    return { items: rows.map(dayView) };
  }

  async requestSwap(request: RequestDutySwap.Request, caller: CallerContext): Promise<DutySwapView> {
    allow(canWriteDuty(caller), '只有值班室人员可以申请换班');
    return this.transactions.run(async (tx) => {
      const dutyDay = await this.dayRow(request.dutyDayId, tx);
      assertOnDuty(dutyDay, request.role, request.fromName.trim());
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          duty_day_id: dutyDay.id,
          role: request.role,
          from_name: request.fromName.trim(),
          to_name: request.toName.trim(),
          reason: request.reason.trim(),
          status: 'pending',
          decided_by: null,
          decided_at: null,
          decision_remark: null,
        },
        caller.username,
        now,
      );
      await this.records.create(tx, 'duty_swap', 'duty_swap', row, 'requested', caller.username, now, row.reason as string);
      return swapView({ ...row, duty_date: dutyDay.duty_date });
    });
  }

  /** The 综合科 chief decides; the roster changes only on approval, and both records keep their history. */
  async decideSwap(request: DecideDutySwap.Request, caller: CallerContext): Promise<DutySwapView> {
    allow(canApproveDuty(caller), '换班须经综合科科长审批');
    return this.transactions.run(async (tx) => {
      const swap = await this.duty.swap(request.id, tx.manager);
      if (!swap) throw new DomainError(DutyErrors.notFound, '换班申请不存在');
      if (swap.status !== 'pending') throw new DomainError(DutyErrors.swapNotPending, '该换班申请已审批，不能重复处理');
      checkVersion(swap, request.expectedVersion, DutyErrors.versionConflict);
      const now = new Date();
      const dutyDay = await this.dayRow(swap.duty_day_id as string, tx);
      if (request.approve) {
        assertOnDuty(dutyDay, swap.role as 'leader' | 'officer', swap.from_name as string);
        const changes: Row =
          swap.role === 'leader'
            ? { leader_name: swap.to_name }
            : { officer_names: (dutyDay.officer_names as string[]).map((n) => (n === swap.from_name ? (swap.to_name as string) : n)) };
        await this.saveDay(
          dutyDay,
          { ...changes, version: (dutyDay.version as number) + 1, updated_at: now, updated_by: caller.username },
          dutyDay.version as number,
          'swapped',
          caller.username,
          now,
          tx,
          `换班：${swap.from_name} → ${swap.to_name}`,
        );
      }
      const decided: Row = {
        status: request.approve ? 'approved' : 'rejected',
        decided_by: caller.username,
        decided_at: now,
        decision_remark: request.remark?.trim() || null,
        version: (swap.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      const next = await this.records.saveVersion(tx, 'duty_swap', 'duty_swap', swap, request.expectedVersion, decided, [DutyErrors.versionConflict, '换班申请已被他人处理，请刷新后重试'], {
        action: decided.status as string,
        by: caller.username,
        at: now,
        reason: decided.decision_remark as string | null,
      });
      return swapView({ ...next, duty_date: dutyDay.duty_date });
    });
  }

  async listSwaps(request: ListDutySwaps.Request, caller: CallerContext): Promise<ListDutySwaps.Reply> {
    allow(canReadDuty(caller), '无权查看换班申请');
    const page = pageOf(request);
    const { rows, total } = await this.duty.searchSwaps(request.status, page);
    return { items: rows.map(swapView), total, ...page };
  }

  async createHandover(request: CreateHandover.Request, caller: CallerContext): Promise<HandoverView> {
    allow(canWriteDuty(caller), '只有值班室人员可以登记交接班');
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          shift_date: request.shiftDate,
          shift: request.shift,
          from_name: request.fromName.trim(),
          to_name: request.toName.trim(),
          handed_over_at: new Date(request.handedOverAt),
          pending_matters: request.pendingMatters,
          notes: request.notes ?? null,
        },
        caller.username,
        now,
      );
      await this.records.create(tx, 'duty_handover', 'duty_handover', row, 'created', caller.username, now);
      return handoverView(row);
    });
  }

  async listHandovers(request: ListHandovers.Request, caller: CallerContext): Promise<ListHandovers.Reply> {
    allow(canReadDuty(caller), '无权查看交接班记录');
    const page = pageOf(request);
    const { rows, total } = await this.duty.searchHandovers(request.from, request.to, page);
    return { items: rows.map(handoverView), total, ...page };
  }

  private async remarkYear(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    const rows = await this.duty.dutyDays(`${year}-01-01`, `${year}-12-31`, tx.manager, true);
    const now = new Date();
    for (const row of rows) {
      const kind = dayKindOf(calendar, day(row.duty_date));
      if (kind.day_kind === row.day_kind && kind.holiday_name === row.holiday_name) continue;
      await this.saveDay(row, { ...kind, version: (row.version as number) + 1, updated_at: now, updated_by: 'system' }, row.version as number, 'calendar-remarked', 'system', now, tx, `${year} 年节假日安排更新`);
    }
  }

  private async saveDay(current: Row, changes: Row, expectedVersion: number, action: string, by: string, at: Date, tx: Tx, reason: string | null = null): Promise<Row> {
    return this.records.saveVersion(tx, 'duty_day', 'duty_day', current, expectedVersion, changes, [DutyErrors.versionConflict, '排班已被他人修改，请刷新后重试'], { action, by, at, reason });
  }

  private async dayRow(id: string, tx: Tx): Promise<Row> {
    const row = await this.duty.dutyDay(id, tx.manager, true);
    if (!row) throw new DomainError(DutyErrors.notFound, '值班日不存在');
    return row;
  }
}

function assertOnDuty(dutyDay: Row, role: 'leader' | 'officer', name: string): void {
  const onDuty = role === 'leader' ? dutyDay.leader_name === name : (dutyDay.officer_names as string[]).includes(name);
  if (!onDuty) {
    throw new DomainError(DutyErrors.swapPersonNotOnDuty, `${day(dutyDay.duty_date)} 的${role === 'leader' ? '带班领导' : '值班员'}中没有「${name}」`);
  }
}

/** What the calendar copy says of the day: weekends and 法定节假日 are holiday duty days; 调休上班 is a working day. */
function dayKindOf(calendar: WorkingCalendar, date: string): { day_kind: DutyDayKind; holiday_name: string | null } {
  const info = calendar.dayInfo(date);
  const kind: DutyDayKind = info.kind === 'weekday' ? 'workday' : info.kind;
  return { day_kind: kind, holiday_name: info.name ?? null };
}

function dayView(row: Row): DutyDayView {
  const dayKind = row.day_kind as DutyDayKind;
  return {
    ...metaOf(row),
    dutyDate: day(row.duty_date),
    leaderName: row.leader_name as string,
    officerNames: row.officer_names as string[],
    note: (row.note as string | null) ?? null,
    dayKind,
    holidayDuty: dayKind === 'holiday' || dayKind === 'weekend',
    holidayName: (row.holiday_name as string | null) ?? null,
  };
}

function swapView(row: Row): DutySwapView {
  return {
    ...metaOf(row),
    dutyDayId: row.duty_day_id as string,
    dutyDate: day(row.duty_date),
    role: row.role as 'leader' | 'officer',
    fromName: row.from_name as string,
    toName: row.to_name as string,
    reason: row.reason as string,
    status: row.status as DutySwapView['status'],
    decidedBy: (row.decided_by as string | null) ?? null,
    decidedAt: isoOrNull(row.decided_at),
    decisionRemark: (row.decision_remark as string | null) ?? null,
  };
}

function handoverView(row: Row): HandoverView {
  return {
    ...metaOf(row),
    shiftDate: day(row.shift_date),
    shift: row.shift as HandoverView['shift'],
    fromName: row.from_name as string,
    toName: row.to_name as string,
    handedOverAt: iso(row.handed_over_at),
    pendingMatters: row.pending_matters as string,
    notes: (row.notes as string | null) ?? null,
  };
}
