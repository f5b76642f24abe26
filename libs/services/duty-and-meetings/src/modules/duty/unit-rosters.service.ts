import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DutyErrors,
  type CheckUnitRoster,
  type FileUnitRoster,
  type ListUnitRosters,
  type RefileUnitRoster,
  type UnitRosterEntry,
  type UnitRosterFields,
  type UnitRosterView,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { canWriteDuty, DUTY_UNIT_ROSTER, inScope, unitRosterScope } from './duty.policy.js';
import { allow, checkVersion, day, DutyRecords, firstVersion, isoOrNull, metaOf, type Row } from './duty-records.js';
import { DutyRepository } from './duty.repository.js';

/**
 * 指导全区政府系统值班工作: each unit files its own duty roster (its liaison, for their own unit only), and
 * 综合科 checks it — checked, or returned with remarks to be filed again.
 */
@Injectable()
export class UnitRostersService {
  constructor(
    private readonly records: DutyRecords,
    private readonly duty: DutyRepository,
    private readonly transactions: Transactions,
  ) {}

  async file(request: FileUnitRoster.Request, caller: CallerContext): Promise<UnitRosterView> {
    const unitId = caller.unitId ?? request.unitId;
    if (caller.unitId) {
      allow(caller.permissions.includes(DUTY_UNIT_ROSTER), '无权报备值班表');
      if (request.unitId && request.unitId !== caller.unitId) throw new DomainError(DutyErrors.forbidden, '联络员只能报备本单位的值班表');
    } else {
      allow(canWriteDuty(caller), '无权代单位报备值班表');
    }
    if (!unitId) throw new DomainError(CommonErrors.validationFailed, '请指定报备单位', [{ field: 'unitId', code: 'isNotEmpty', message: '请指定报备单位' }]);
    checkPeriod(request);
    return this.transactions.run(async (tx) => {
      if (!(await this.records.activeUnit(unitId, tx.manager))) throw new DomainError(DutyErrors.unknownUnit, '单位不在单位名录中或已停用');
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          unit_id: unitId,
          period_start: request.periodStart,
          period_end: request.periodEnd,
          entries: sortEntries(request.entries),
          status: 'filed',
          remarks: null,
          checked_by: null,
          checked_at: null,
        },
        caller.username,
        now,
      );
      await this.records.create(tx, 'unit_duty_roster', 'unit_duty_roster', row, 'filed', caller.username, now);
      return rosterView(row);
    });
  }

  /** A returned roster, corrected and filed again by its unit. */
  async refile(request: RefileUnitRoster.Request, caller: CallerContext): Promise<UnitRosterView> {
    checkPeriod(request);
    return this.transactions.run(async (tx) => {
      const roster = await this.visible(request.id, caller, tx);
      if (caller.unitId) allow(caller.permissions.includes(DUTY_UNIT_ROSTER), '无权报备值班表');
      else allow(canWriteDuty(caller), '无权代单位报备值班表');
      checkVersion(roster, request.expectedVersion, DutyErrors.versionConflict);
      if (roster.status !== 'returned') throw new DomainError(DutyErrors.rosterState, '只有被退回的值班表可以重新报备');
      const now = new Date();
      const changes: Row = {
        period_start: request.periodStart,
        period_end: request.periodEnd,
        entries: sortEntries(request.entries),
        status: 'filed',
        version: (roster.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      return rosterView(await this.save(roster, changes, request.expectedVersion, 'refiled', caller.username, now, tx, null));
    });
  }

  /** 综合科 checks a filed roster: checked, or returned with remarks. */
  async check(request: CheckUnitRoster.Request, caller: CallerContext): Promise<UnitRosterView> {
    allow(canWriteDuty(caller), '值班表由综合科审核');
    const remarks = request.remarks?.trim() || null;
    if (request.result === 'returned' && !remarks) {
      throw new DomainError(CommonErrors.validationFailed, '退回时须写明审核意见', [{ field: 'remarks', code: 'isNotEmpty', message: '退回时须写明审核意见' }]);
    }
    return this.transactions.run(async (tx) => {
      const roster = await this.visible(request.id, caller, tx);
      checkVersion(roster, request.expectedVersion, DutyErrors.versionConflict);
      if (roster.status !== 'filed') throw new DomainError(DutyErrors.rosterState, '只有已报备、待审核的值班表可以审核');
      const now = new Date();
      const changes: Row = {
        status: request.result,
        remarks,
        checked_by: caller.username,
        checked_at: now,
        version: (roster.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      return rosterView(await this.save(roster, changes, request.expectedVersion, request.result, caller.username, now, tx, remarks));
    });
  }

  async get(id: string, caller: CallerContext): Promise<UnitRosterView> {
    return this.transactions.run(async (tx) => rosterView(await this.visible(id, caller, tx, false)));
  }

  async list(request: ListUnitRosters.Request, caller: CallerContext): Promise<ListUnitRosters.Reply> {
    const scope = unitRosterScope(caller);
    allow(scope.kind !== 'none', '无权查看值班表报备');
    const page = pageOf(request);
    const { rows, total } = await this.duty.searchUnitRosters({ ownUnitId: scope.kind === 'own' ? scope.unitId : undefined, unitId: request.unitId, status: request.status }, page);
    return { items: rows.map(rosterView), total, ...page };
  }

  /** A roster the caller may see; another unit's id is simply not found. */
  private async visible(id: string, caller: CallerContext, tx: Tx, lock = true): Promise<Row> {
    const scope = unitRosterScope(caller);
    allow(scope.kind !== 'none', '无权查看值班表报备');
    const row = await this.duty.unitRoster(id, tx.manager, lock);
    if (!row || !inScope(scope, row.unit_id as string)) throw new DomainError(DutyErrors.notFound, '值班表不存在或无权查看');
    return row;
  }

  private async save(current: Row, changes: Row, expectedVersion: number, action: string, by: string, at: Date, tx: Tx, reason: string | null): Promise<Row> {
    return this.records.saveVersion(tx, 'unit_duty_roster', 'unit_duty_roster', current, expectedVersion, changes, [DutyErrors.versionConflict, '值班表已被他人修改，请刷新后重试'], { action, by, at, reason });
  }
}

function checkPeriod(fields: UnitRosterFields): void {
  const problems = [];
  if (fields.periodEnd < fields.periodStart) problems.push({ field: 'periodEnd', code: 'period', message: '截止日期不能早于起始日期' });
  fields.entries.forEach((entry, i) => {
    if (entry.date < fields.periodStart || entry.date > fields.periodEnd) {
      problems.push({ field: `entries.${i}.date`, code: 'period', message: `${entry.date} 不在报备期间内` });
    }
  });
  if (problems.length) throw new DomainError(DutyErrors.badPeriod, '值班表的日期有误', problems);
}

function sortEntries(entries: UnitRosterEntry[]): UnitRosterEntry[] {
  return [...entries]
    .map((e) => ({ date: e.date, leaderName: e.leaderName.trim(), officerNames: e.officerNames.map((n) => n.trim()), phone: e.phone }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function rosterView(row: Row): UnitRosterView {
  return {
    ...metaOf(row),
    unitId: row.unit_id as string,
    periodStart: day(row.period_start),
    periodEnd: day(row.period_end),
    entries: row.entries as UnitRosterEntry[],
    status: row.status as UnitRosterView['status'],
    remarks: (row.remarks as string | null) ?? null,
    checkedBy: (row.checked_by as string | null) ?? null,
    checkedAt: isoOrNull(row.checked_at),
  };
}
