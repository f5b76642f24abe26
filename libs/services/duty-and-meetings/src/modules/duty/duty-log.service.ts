import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DutyErrors,
  type CreateDutyLog,
  type DutyLogView,
  type DutyRecordKind,
  type GetDutyHistory,
  type ListDutyLogs,
  type UpdateDutyLogHandling,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions } from '@gov/platform';
import { canReadDuty, canWriteDuty } from './duty.policy.js';
import { allow, checkVersion, DutyRecords, firstVersion, iso, metaOf, type Row } from './duty-records.js';
import { DutyRepository } from './duty.repository.js';

/** 值班记录: the calls and reports the duty office received, who called, what was said and how it was handled. */
@Injectable()
export class DutyLogService {
  constructor(
    private readonly records: DutyRecords,
    private readonly duty: DutyRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateDutyLog.Request, caller: CallerContext): Promise<DutyLogView> {
    allow(canWriteDuty(caller), '只有值班室人员可以登记值班记录');
    return this.transactions.run(async (tx) => {
      if (request.callerUnitId && !(await this.records.activeUnit(request.callerUnitId, tx.manager))) {
        throw new DomainError(DutyErrors.unknownUnit, '来电单位不在单位名录中或已停用');
      }
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          kind: request.kind,
          received_at: new Date(request.receivedAt),
          caller_unit_id: request.callerUnitId ?? null,
          caller_name: request.callerName?.trim() || null,
          caller_phone: request.callerPhone ?? null,
          title: request.title.trim(),
          summary: request.summary,
          handling: request.handling ?? null,
        },
        caller.username,
        now,
      );
      await this.records.insert('duty_log', row, tx.manager);
      await this.records.recordHistory(tx, 'duty_log', { id: row.id as string, version: 1, unit_id: row.caller_unit_id }, 'created', row, caller.username, now);
      return logView(row);
    });
  }

  /** The handling of a call or report, filled in or brought up to date later (at the version the clerk holds). */
  async updateHandling(request: UpdateDutyLogHandling.Request, caller: CallerContext): Promise<DutyLogView> {
    allow(canWriteDuty(caller), '只有值班室人员可以更新处理情况');
    return this.transactions.run(async (tx) => {
      const row = await this.duty.dutyLog(request.id, tx.manager, true);
      if (!row) throw new DomainError(DutyErrors.notFound, '值班记录不存在');
      checkVersion(row, request.expectedVersion, DutyErrors.versionConflict);
      const now = new Date();
      const changes: Row = { handling: request.handling, version: (row.version as number) + 1, updated_at: now, updated_by: caller.username };
      const next = await this.records.saveVersion(tx, 'duty_log', 'duty_log', row, request.expectedVersion, changes, [DutyErrors.versionConflict, '值班记录已被他人修改，请刷新后重试'], {
        action: 'handling-updated',
        by: caller.username,
        at: now,
        unitId: row.caller_unit_id,
      });
      return logView(next);
    });
  }

  /** The timeline of one duty-office record: every version, who and when (office staff and leaders). */
  async history(request: GetDutyHistory.Request, caller: CallerContext): Promise<GetDutyHistory.Reply> {
    allow(canReadDuty(caller), '无权查看记录留痕');
    const rows = await this.records.history(request.recordKind as DutyRecordKind, request.id);
    if (!rows.length) throw new DomainError(DutyErrors.notFound, '记录不存在');
    return {
      entries: rows.map((r) => ({
        version: r.version as number,
        action: r.action as string,
        reason: (r.reason as string | null) ?? null,
        changedBy: r.changed_by as string,
        changedAt: iso(r.changed_at),
      })),
    };
  }

  async get(id: string, caller: CallerContext): Promise<DutyLogView> {
    allow(canReadDuty(caller), '无权查看值班记录');
    const row = await this.duty.dutyLog(id);
    if (!row) throw new DomainError(DutyErrors.notFound, '值班记录不存在');
    return logView(row);
  }

  async list(request: ListDutyLogs.Request, caller: CallerContext): Promise<ListDutyLogs.Reply> {
    allow(canReadDuty(caller), '无权查看值班记录');
    const page = pageOf(request);
    const { rows, total } = await this.duty.searchLogs(request, page);
    return { items: rows.map(logView), total, ...page };
  }
}

export function logView(row: Row): DutyLogView {
  return {
    ...metaOf(row),
    kind: row.kind as DutyLogView['kind'],
    receivedAt: iso(row.received_at),
    callerUnitId: (row.caller_unit_id as string | null) ?? null,
    callerName: (row.caller_name as string | null) ?? null,
    callerPhone: (row.caller_phone as string | null) ?? null,
    title: row.title as string,
    summary: row.summary as string,
    handling: (row.handling as string | null) ?? null,
    recordedBy: row.created_by as string,
  };
}
