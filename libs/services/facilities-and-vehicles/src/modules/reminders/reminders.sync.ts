import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import type { TaskOutcome } from '@gov/contracts-common';
import { publishTaskChanges, type Tx, type WaitingStep } from '@gov/platform';
import { RemindersRepository } from './reminders.repository.js';
import { lowStockSteps, ruleInForce, vehicleReminderSteps, type ReminderRule } from './reminders.rules.js';

/** The record types of the reminders' tasks (`recordRef.type`). */
export const VEHICLE_REMINDER = 'vehicle-reminder';
export const SUPPLY_STOCK = 'supply-stock';

/** A value's JSON with the keys of every object sorted: the same steps compare equal however they were stored. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/**
 * Keeps a record's reminders in 待办 in step with the record, in the caller's transaction: compares what the record
 * waits on now with what it last published (`reminder_state`, locked) and publishes only the difference, at the next
 * version. Run twice on the same day and facts, it publishes nothing: one task per record and step.
 */
@Injectable()
export class RemindersSync {
  constructor(private readonly reminders: RemindersRepository) {}

  async rule(today: string, tx: Tx): Promise<ReminderRule | null> {
    return ruleInForce(await this.reminders.ruleVersions(tx.manager), today);
  }

  /** A vehicle's insurance, inspection and maintenance reminders. True when its 待办 changed. */
  async syncVehicle(vehicleId: string, tx: Tx, options: { today?: string; rule?: ReminderRule | null; by?: string } = {}): Promise<boolean> {
    const today = options.today ?? shanghaiDate(new Date());
    const vehicle = await this.reminders.vehicle(vehicleId, tx.manager);
    const rule = options.rule === undefined ? await this.rule(today, tx) : options.rule;
    const after = vehicle ? vehicleReminderSteps(vehicle, await this.reminders.lastMaintenanceKm(vehicleId, tx.manager), rule, today) : [];
    return this.apply(VEHICLE_REMINDER, vehicleId, after, tx, options.by, vehicle?.status === 'in_service' ? 'done' : 'withdrawn');
  }

  /** An office-supply item's 库存不足 reminder. True when its 待办 changed. */
  async syncItem(itemId: string, tx: Tx, by?: string): Promise<boolean> {
    const item = await this.reminders.item(itemId, tx.manager);
    return this.apply(SUPPLY_STOCK, itemId, item ? lowStockSteps(item) : [], tx, by, item?.status === 'active' ? 'done' : 'withdrawn');
  }

  /** Publishes the difference between what `recordType/recordId` last published and `after`; used by every reminder. */
  async apply(recordType: string, recordId: string, after: WaitingStep[], tx: Tx, by?: string, outcome: TaskOutcome = 'done'): Promise<boolean> {
    const state = await this.reminders.lockState(recordType, recordId, tx.manager);
    if (canonical(state.steps) === canonical(after)) return false;
    const version = state.version + 1;
    await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: recordType, id: recordId }, before: state.steps, after, version, by, outcome });
    await this.reminders.saveState(recordType, recordId, after, version, tx.manager);
    return true;
  }
}
