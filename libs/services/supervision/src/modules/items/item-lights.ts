import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { SupervisionItemEvents, type SupervisionItemTurnedRed } from '@gov/contracts-supervision';
import type { WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, type Tx } from '@gov/platform';
import { trafficLight } from '../warnings/traffic-light.js';
import { ItemsRepository, type ItemRow, type MilestoneRow, type RoutingDeadlineRow } from './items.repository.js';
import { snapshotOf } from './item-views.js';
import { emitItemChanged } from './item-changes.js';

/**
 * What a batch of judgements shares, read once by the caller: the warning threshold in force, each item's milestones
 * and (when the caller read them) the 收文 copies linked to it (一事一期限); read here when absent. `unchanged` collects
 * the items whose light stayed as it was, for one as-of update per batch.
 */
export interface PreparedLights {
  thresholdWorkingDays: number;
  milestones: MilestoneRow[];
  routingDeadlines?: RoutingDeadlineRow[];
  unchanged?: string[];
}

/**
 * Keeps an item's traffic light: computed from the deadline engine's calendar and the warning threshold in force,
 * stored with the day it was judged and when it changed, one timeline entry per change and one `item.turned-red`
 * event per transition to red. Run after every change of an item, by the scheduled job and after a calendar change.
 */
@Injectable()
export class ItemLights {
  constructor(
    private readonly items: ItemsRepository,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  /** Judges the item as of `today` (Asia/Shanghai); saves and returns it when the light changed. `item` must be the stored version. */
  async refresh(
    item: ItemRow,
    tx: Tx,
    today: string = shanghaiDate(new Date()),
    calendarNow?: WorkingCalendar,
    prepared?: PreparedLights,
  ): Promise<{ item: ItemRow; changed: boolean; turnedRed: boolean }> {
    const calendar = calendarNow ?? (await this.calendarCopy.current(tx));
    const threshold = prepared?.thresholdWorkingDays ?? (await this.threshold(today, tx));
    const milestones = prepared?.milestones ?? (await this.items.milestonesOf(item.id, tx.manager));
    const linked = prepared?.routingDeadlines ?? (await this.items.routingDeadlinesOf(item.id, tx.manager));
    const { light, reason } = trafficLight(calendar, {
      status: item.status,
      dueDate: item.dueDate,
      linkedDeadlines: linked.flatMap((r) => (r.routingDueDate ? [{ unitName: r.unitName, dueDate: r.routingDueDate }] : [])),
      completionReportedOn: item.completionReportedAt ? shanghaiDate(item.completionReportedAt) : null,
      milestones: milestones.map((m) => ({ sequence: m.sequence, target: m.target, dueDate: m.dueDate, reportedOn: m.reportedAt ? shanghaiDate(m.reportedAt) : null })),
      today,
      thresholdWorkingDays: threshold,
    });
    if (light === item.light && reason === item.lightReason) {
      if (item.lightAsOf !== today && prepared?.unchanged) prepared.unchanged.push(item.id);
      else if (item.lightAsOf !== today) await this.items.saveLight(item.id, light, reason, today, item.lightChangedAt, tx.manager);
      return { item: { ...item, lightAsOf: today }, changed: false, turnedRed: false };
    }
    const now = new Date();
    const changedColour = light !== item.light;
    const next: ItemRow = { ...item, light, lightReason: reason, lightAsOf: today, ...(changedColour ? { lightChangedAt: now } : {}) };
    // The light is derived state: it does not bump the record's version (a clerk's If-Match stays valid).
    await this.items.saveLight(item.id, light, reason, today, next.lightChangedAt, tx.manager);
    if (!changedColour) return { item: next, changed: false, turnedRed: false };
    await this.items.recordTimeline(item.id, { action: 'light_changed', fromStatus: item.light, toStatus: light, note: `${reason}（判定日 ${today}）`, actor: 'system', at: now }, tx.manager);
    await emitItemChanged(tx, this.items, next, { action: 'light_changed', note: `${reason}（判定日 ${today}）`, actor: 'system', at: now });
    const turnedRed = light === 'red';
    if (turnedRed) {
      const event: SupervisionItemTurnedRed.Event = { ...snapshotOf(next), reason, asOf: today };
      await tx.emit(SupervisionItemEvents.turnedRed, event);
    }
    return { item: next, changed: true, turnedRed };
  }

  /** The warning threshold (working days) in force on `today`. */
  async threshold(today: string, tx?: Pick<Tx, 'manager'>): Promise<number> {
    const settings = await this.items.settingsOn(today, tx?.manager);
    return settings.get('warning_threshold_working_days')?.value ?? 3;
  }
}
