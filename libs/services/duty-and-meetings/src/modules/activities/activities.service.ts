import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, SYSTEM_CALLER, type CallerContext } from '@gov/contracts-common';
import type { ReceptionCancelled, ReceptionScheduled } from '@gov/contracts-foreign-affairs';
import {
  ACTIVITY_SOURCE_KIND_LABELS,
  ActivityErrors,
  ActivityEvents,
  type ActivityView,
  type CancelActivity,
  type CreateActivity,
  type ListActivities,
  DutyAndMeetingsPermissions,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { ACTIVITIES_READ, LeaderAgenda } from './leader-agenda.js';
import { ScheduleHistory } from './schedule-history.js';
import { UnitCheck } from './unit-check.js';
import { ActivitiesRepository, type ActivityRow } from './activities.repository.js';
import { activityOfReception, cancelledStep, scheduledStep, type SourcedActivity } from '../sections/section-sources.js';

export const ACTIVITIES_MANAGE = DutyAndMeetingsPermissions.activitiesManage;

/** Who records a reception foreign-affairs scheduled: the system, with the source named on the timeline. */
const RECEPTION_SOURCE_CALLER: CallerContext = { ...SYSTEM_CALLER, displayName: `系统（${ACTIVITY_SOURCE_KIND_LABELS.foreign_affairs_reception}）` };

/** 政务活动, 接待 and a leader's own absences: each books the leaders' calendars, refused on a clash. */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly agenda: LeaderAgenda,
    private readonly history: ScheduleHistory,
    private readonly units: UnitCheck,
    private readonly activities: ActivitiesRepository,
  ) {}

  async create(request: CreateActivity.Request, caller: CallerContext): Promise<ActivityView> {
    if (caller.unitId || !hasPermission(caller, ACTIVITIES_MANAGE)) throw new DomainError(ActivityErrors.forbidden, '只有综合科和秘书一科、秘书二科可以安排领导活动和接待');
    const period = { startsAt: new Date(request.startsAt), endsAt: new Date(request.endsAt) };
    this.agenda.assertPeriod(period);
    return this.transactions.run(async (tx) => {
      const responsibleUnits = (request.responsible ?? []).flatMap((r) => (r.unitId ? [r.unitId] : []));
      await this.units.activeUnits(responsibleUnits, tx.manager, ActivityErrors.unknownUnit);
      const id = randomUUID();
      const row = await this.activities.insert(id, request, period.startsAt, period.endsAt, caller.username, tx.manager);
      await this.agenda.book(tx, request.leaders, { source: request.kind, sourceId: id, title: row.title, location: row.location, ...period }, caller);
      return this.changed(tx, row, 'scheduled', caller, ActivityEvents.scheduled);
    });
  }

  async cancel(request: CancelActivity.Request, caller: CallerContext): Promise<ActivityView> {
    if (caller.unitId || !hasPermission(caller, ACTIVITIES_MANAGE)) throw new DomainError(ActivityErrors.forbidden, '只有综合科和秘书一科、秘书二科可以取消领导活动');
    return this.transactions.run(async (tx) => {
      const current = await this.activities.findForUpdate(request.id, tx.manager);
      if (!current) throw new DomainError(ActivityErrors.notFound, '活动不存在');
      if (current.status === 'cancelled') throw new DomainError(ActivityErrors.cancelled, '活动已取消');
      const row = await this.activities.cancelIfVersion(request.id, request.expectedVersion, request.reason.trim(), caller.username, tx.manager);
      if (!row) throw new DomainError(ActivityErrors.versionConflict, `活动已被他人修改（当前版本 ${current.version}），请刷新后重试`);
      await this.agenda.release(tx, current.kind, current.id, caller);
      return this.changed(tx, row, 'cancelled', caller, ActivityEvents.cancelled, { reason: row.cancel_reason });
    });
  }

  /**
   * `reception.scheduled` from foreign-affairs: the 接待 goes on the accompanying leaders' calendars, found again by its
   * source; a newer version replaces it (leaders no longer named are released), the same or an older one changes
   * nothing. A clash does not stop it — foreign-affairs decided the reception — but is written on its timeline.
   */
  async scheduleFromReception(event: ReceptionScheduled.Event, tx: Tx): Promise<void> {
    const caller = RECEPTION_SOURCE_CALLER;
    const existing = await this.activities.findBySourceForUpdate('foreign_affairs_reception', event.receptionId, tx.manager);
    const step = scheduledStep(existing && sourced(existing), event.version);
    if (step === 'ignore') return;
    const request = activityOfReception(event);
    const period = { startsAt: new Date(request.startsAt), endsAt: new Date(request.endsAt) };
    const source = { kind: 'foreign_affairs_reception' as const, id: event.receptionId, version: event.version };
    const row =
      step === 'create' || !existing
        ? await this.activities.insertFromSource(randomUUID(), request, source, period.startsAt, period.endsAt, caller.username, tx.manager)
        : await this.activities.replaceFromSource(existing.id, request, event.version, period.startsAt, period.endsAt, caller.username, tx.manager);
    if (existing) await this.agenda.release(tx, existing.kind, existing.id, caller);
    const clashes = await this.agenda.book(tx, request.leaders, { source: 'reception', sourceId: row.id, title: row.title, location: row.location, ...period }, caller, 'record');
    await this.changed(tx, row, existing ? 'rescheduled' : 'scheduled', caller, ActivityEvents.scheduled, { source, ...(clashes.length ? { clashes } : {}) });
  }

  /** `reception.cancelled`: the reception's activity is cancelled with the reason, its leaders' time released (never deleted). */
  async cancelFromReception(event: ReceptionCancelled.Event, tx: Tx): Promise<void> {
    const caller = RECEPTION_SOURCE_CALLER;
    const existing = await this.activities.findBySourceForUpdate('foreign_affairs_reception', event.receptionId, tx.manager);
    if (!existing || cancelledStep(sourced(existing), event.version) === 'ignore') return;
    const reason = `外事办取消接待：${event.reason.trim()}`.slice(0, 300);
    const row = await this.activities.cancelFromSource(existing.id, reason, event.version, caller.username, tx.manager);
    await this.agenda.release(tx, existing.kind, existing.id, caller);
    await this.changed(tx, row, 'cancelled', caller, ActivityEvents.cancelled, { reason, source: { kind: 'foreign_affairs_reception', id: event.receptionId, version: event.version } });
  }

  async get(id: string, caller: CallerContext): Promise<ActivityView> {
    this.assertReader(caller);
    const row = await this.activities.findById(id);
    if (!row) throw new DomainError(ActivityErrors.notFound, '活动不存在');
    return toView(row);
  }

  async list(request: ListActivities.Request, caller: CallerContext): Promise<ListActivities.Reply> {
    this.assertReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.activities.search({ ...page, kind: request.kind, status: request.status, q: request.q });
    return { items: items.map(toView), total, ...page };
  }

  private assertReader(caller: CallerContext): void {
    if (caller.unitId || !(hasPermission(caller, ACTIVITIES_READ) || hasPermission(caller, ACTIVITIES_MANAGE))) {
      throw new DomainError(CommonErrors.forbidden, '无权查看领导活动');
    }
  }

  private async changed(tx: Tx, row: ActivityRow, action: string, caller: CallerContext, subject: string, detail: object = {}): Promise<ActivityView> {
    return this.history.changed(tx, 'activity', toView(row), action, subject, caller, detail);
  }
}

function toView(row: ActivityRow): ActivityView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    location: row.location,
    description: row.description,
    leaders: row.leaders,
    guests: row.guests,
    programme: row.programme,
    responsible: row.responsible,
    status: row.status,
    cancelReason: row.cancel_reason,
    source:
      row.source_kind && row.source_id
        ? { kind: row.source_kind, kindLabel: ACTIVITY_SOURCE_KIND_LABELS[row.source_kind], id: row.source_id, version: row.source_version ?? 0 }
        : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

function sourced(row: ActivityRow): SourcedActivity {
  return { status: row.status, sourceVersion: row.source_version ?? 0 };
}
