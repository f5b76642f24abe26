import { Injectable } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { SupervisionItemEvents } from '@gov/contracts-supervision';
import { CalendarCopy, publishTaskChanges, type Tx } from '@gov/platform';
import { givenMilestoneDue, quarterMilestoneDue } from './item-deadlines.js';
import { ItemLights } from './item-lights.js';
import { emitItemChanged } from './item-changes.js';
import { snapshotOf } from './item-views.js';
import { ItemsRepository, type ItemRow } from './items.repository.js';
import { ITEM_CONFLICT, itemDueFields, SYSTEM_ACTOR, uniqueWithout } from './item-rules.js';
import { commitStep } from '../../common/versioned-step.js';
import { itemTaskChange } from '../../common/tasks.js';

/**
 * What the office's jobs do to items on their own: 自动交办 once the directory knows the units a source named, and
 * the re-dating of open items when a calendar year is loaded or corrected.
 */
@Injectable()
export class ItemScheduleService {
  constructor(
    private readonly items: ItemsRepository,
    private readonly lights: ItemLights,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  /**
   * 自动交办: an item waiting in 待确认责任单位 only because the unit directory did not yet know a unit its source named
   * is 交办 to those units once every one of them is in the directory and active — by 系统, with its timeline line and
   * the assigned event, in the job's transaction. An item whose source named no lead unit waits for the office.
   */
  async assignNowKnownUnits(tx: Tx): Promise<number> {
    let assigned = 0;
    for (const id of await this.items.findAwaitingNamedUnits(tx.manager)) {
      const item = await this.items.findItem(id, tx.manager, true);
      if (!item || item.status !== 'needs_unit_resolution' || !item.namedLeadUnitId) continue;
      const lead = item.namedLeadUnitId;
      const named = [lead, ...item.coUnitIds, ...item.unresolvedUnitIds];
      const active = await this.items.activeUnits(named, tx.manager);
      if (named.some((unitId) => !active.has(unitId))) continue;
      const now = new Date();
      const next: ItemRow = {
        ...item,
        leadUnitId: lead,
        coUnitIds: uniqueWithout([...item.coUnitIds, ...item.unresolvedUnitIds], lead),
        unresolvedUnitIds: [],
        namedLeadUnitId: null,
        status: 'assigned',
        assignedAt: now,
        // A default period counts from the real 交办 day.
        ...(item.dueBasis === 'computed' ? itemDueFields({ ...item, dueStart: shanghaiDate(now) }, await this.calendarCopy.current()) : {}),
        version: item.version + 1,
        updatedAt: now,
        updatedBy: SYSTEM_ACTOR,
      };
      await commitStep(tx, {
        save: () => this.items.updateItemIfVersion(next, item.version, tx.manager),
        conflict: ITEM_CONFLICT,
        history: () =>
          this.items.recordTimeline(id, { action: 'assigned', fromStatus: item.status, toStatus: next.status, note: '来源指定的单位已列入单位名录，系统自动交办', actor: SYSTEM_ACTOR, at: now }, tx.manager),
        events: [],
      });
      const { item: lit } = await this.lights.refresh(next, tx);
      await tx.emit(SupervisionItemEvents.assigned, snapshotOf(lit));
      await emitItemChanged(tx, this.items, lit, { action: 'assigned', note: '来源指定的单位已列入单位名录，系统自动交办', actor: SYSTEM_ACTOR, at: new Date() });
      await publishTaskChanges(tx, itemTaskChange(item, lit));
      assigned += 1;
    }
    return assigned;
  }

  /**
   * Re-dates the open items' deadlines and milestones after a year of the calendar was loaded or corrected, and
   * judges their lights again, in the calendar change's own transaction (over the calendar as that tx sees it).
   */
  async redateOpenItems(year: number, tx: Tx, calendar: WorkingCalendar): Promise<number> {
    // Read once, in bulk and without locks: the threshold, the items and their milestones. Only an item whose deadline
    // or light moves is written (and so locked), at the version read; one a user changed meanwhile is read again.
    const today = shanghaiDate(new Date());
    const thresholdWorkingDays = await this.lights.threshold(today, tx);
    const items = await this.items.findOpenItemsFor(year, tx.manager);
    const milestones = await this.items.milestonesOfItems(items.map((item) => item.id), tx.manager);
    const unchanged: string[] = [];
    let changed = 0;
    for (const read of items) {
      let item = read;
      let itemMilestones = milestones.get(item.id) ?? [];
      for (let attempt = 0; ; attempt++) {
        const outcome = await this.redateOne(item, itemMilestones, year, tx, calendar, { thresholdWorkingDays, unchanged, today });
        if (outcome !== 'conflict') {
          if (outcome === 'redated') changed += 1;
          break;
        }
        const fresh = await this.items.findItem(item.id, tx.manager, true);
        if (!fresh || attempt > 0 || ['closed', 'withdrawn'].includes(fresh.status)) break;
        item = fresh;
        itemMilestones = await this.items.milestonesOf(item.id, tx.manager);
      }
    }
    await this.items.saveLightsAsOf(unchanged, today, tx.manager);
    return changed;
  }

  private async redateOne(
    item: ItemRow,
    milestones: Awaited<ReturnType<ItemsRepository['milestonesOf']>>,
    year: number,
    tx: Tx,
    calendar: WorkingCalendar,
    shared: { thresholdWorkingDays: number; unchanged: string[]; today: string },
  ): Promise<'redated' | 'unchanged' | 'conflict'> {
    const due = itemDueFields(item, calendar);
    const redatedMilestones = milestones.map((milestone) => {
      const redated = milestone.quarter && item.year ? quarterMilestoneDue(calendar, item.year, milestone.quarter) : givenMilestoneDue(calendar, milestone.dueDate);
      return { milestone, redated, moved: redated.dueDate !== milestone.dueDate || redated.explanation.join() !== milestone.dueExplanation.join() };
    });
    let current = item;
    const moved = due.dueDate !== item.dueDate || due.dueProvisional !== item.dueProvisional || due.dueExplanation.join() !== item.dueExplanation.join();
    if (moved) {
      current = { ...item, ...due, version: item.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      if (!(await this.items.updateItemIfVersion(current, item.version, tx.manager))) return 'conflict';
    }
    for (const { milestone, redated, moved: milestoneMoved } of redatedMilestones) {
      if (milestoneMoved) await this.items.updateMilestoneDue(milestone.id, redated.dueDate as string, redated.explanation, tx.manager);
    }
    const currentMilestones = redatedMilestones.map(({ milestone, redated, moved: m }) => (m ? { ...milestone, dueDate: redated.dueDate as string, dueExplanation: redated.explanation } : milestone));
    if (moved) {
      const note = `${year} 年节假日安排更新，期限由 ${item.dueDate ?? '无'}${item.dueProvisional ? '（暂定）' : ''} 重新计算为 ${current.dueDate ?? '无'}${current.dueProvisional ? '（暂定）' : ''}`;
      await this.items.recordTimeline(item.id, { action: 'redated', fromStatus: item.status, toStatus: item.status, note, actor: 'system', at: new Date() }, tx.manager);
    }
    const { item: lit } = await this.lights.refresh(current, tx, shared.today, calendar, { thresholdWorkingDays: shared.thresholdWorkingDays, milestones: currentMilestones, unchanged: shared.unchanged });
    if (moved) await tx.emit(SupervisionItemEvents.redated, snapshotOf(lit));
    if (moved) {
      const note = `期限由 ${item.dueDate ?? '无'} 重新计算为 ${lit.dueDate ?? '无'}（${year} 年节假日安排更新）`;
      await emitItemChanged(tx, this.items, lit, { action: 'redated', note, actor: 'system', at: new Date() });
    }
    if (moved) await publishTaskChanges(tx, itemTaskChange(item, lit));
    return moved ? 'redated' : 'unchanged';
  }
}
