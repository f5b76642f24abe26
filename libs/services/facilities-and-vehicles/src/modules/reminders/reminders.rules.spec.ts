import { describe, expect, it } from '@jest/globals';
import { addDays, expiryState, lowStockSteps, ruleInForce, vehicleReminderSteps, type ReminderItem, type ReminderRule, type ReminderVehicle } from './reminders.rules.js';

const rule = (over: Partial<ReminderRule> = {}): ReminderRule => ({
  id: 'r1',
  insuranceLeadDays: 30,
  inspectionLeadDays: 30,
  maintenanceIntervalKm: 5000,
  tenancyLeadDays: 30,
  effectiveFrom: '2026-01-01',
  source: '机关事务管理科车辆提醒',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  createdBy: 'system',
  ...over,
});
const car = (over: Partial<ReminderVehicle> = {}): ReminderVehicle => ({
  id: 'v1',
  plate: '鲁C0F001',
  model: '红旗 H5',
  status: 'in_service',
  mileageKm: 1000,
  insuranceExpiry: '2027-06-30',
  inspectionExpiry: '2027-08-31',
  ...over,
});
const item = (over: Partial<ReminderItem> = {}): ReminderItem => ({ id: 'i1', name: '黑色签字笔', spec: '0.5mm', unit: '支', stock: 10, lowStockThreshold: 5, status: 'active', ...over });

describe('到期提醒: dates', () => {
  it('adds calendar days across months and leap years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-05', -30)).toBe('2026-11-05');
  });

  it.each([
    [null, '2026-12-05', 'none'],
    ['2027-01-05', '2026-12-05', 'none'],
    ['2027-01-04', '2026-12-05', 'soon'],
    ['2026-12-05', '2026-12-05', 'soon'],
    ['2026-12-04', '2026-12-05', 'past'],
  ] as const)('an expiry on %s as of %s is %s (30 days of lead)', (expiry, today, state) => {
    expect(expiryState(expiry, 30, today)).toBe(state);
  });

  it('takes the version in force on the day, the latest entered on the same day', () => {
    const versions = [rule(), rule({ id: 'r2', effectiveFrom: '2027-01-01' }), rule({ id: 'r3', effectiveFrom: '2027-01-01', createdAt: new Date('2026-12-01T00:00:00Z') })];
    expect(ruleInForce(versions, '2026-12-31')?.id).toBe('r1');
    expect(ruleInForce(versions, '2027-01-01')?.id).toBe('r3');
    expect(ruleInForce(versions, '2025-12-31')).toBeNull();
  });
});

describe('到期提醒: a vehicle', () => {
  it('waits on nothing far from its dates and below the maintenance interval', () => {
    expect(vehicleReminderSteps(car(), null, rule(), '2026-12-05')).toEqual([]);
  });

  it('waits on its insurance within the lead time, with the date as the deadline and the rule cited; the title turns when past, never with a day count', () => {
    const [soon] = vehicleReminderSteps(car({ insuranceExpiry: '2026-12-20' }), null, rule(), '2026-12-05');
    expect(soon).toMatchObject({
      step: 'insurance',
      kind: 'vehicle_insurance_expiry',
      assignee: { type: 'role', id: 'section_staff' },
      section: 'jiguan_shiwu',
      link: '/facilities-and-vehicles/vehicles/v1',
      deadline: { date: '2026-12-20', explanation: '保险到期日 2026-12-20，提前 30 天提醒（机关事务管理科车辆提醒，2026-01-01 起施行）' },
    });
    expect(soon.title).toBe('公车保险即将到期：鲁C0F001（红旗 H5），2026-12-20 到期，请续保并更新台账的保险到期日');
    // The next day the same step, unchanged: a daily run publishes nothing new.
    expect(vehicleReminderSteps(car({ insuranceExpiry: '2026-12-20' }), null, rule(), '2026-12-06')).toEqual([soon]);
    const [past] = vehicleReminderSteps(car({ insuranceExpiry: '2026-12-20' }), null, rule(), '2026-12-21');
    expect(past.title).toContain('公车保险已过期');
    expect(past.step).toBe('insurance');
  });

  it('waits on its inspection by its own lead time', () => {
    const steps = vehicleReminderSteps(car({ inspectionExpiry: '2027-01-20' }), null, rule({ inspectionLeadDays: 60 }), '2026-12-05');
    expect(steps.map((s) => [s.step, s.kind])).toEqual([['inspection', 'vehicle_inspection_expiry']]);
  });

  it('waits on maintenance once the mileage since the last 定点维修 reaches the interval (from 0 with none recorded)', () => {
    expect(vehicleReminderSteps(car({ mileageKm: 4999 }), null, rule(), '2026-12-05')).toEqual([]);
    const [first] = vehicleReminderSteps(car({ mileageKm: 5000 }), null, rule(), '2026-12-05');
    expect(first).toMatchObject({ step: 'maintenance', kind: 'vehicle_maintenance_due' });
    expect(first.title).toContain('尚无定点维修记录');
    expect(vehicleReminderSteps(car({ mileageKm: 9000 }), 5000, rule(), '2026-12-05')).toEqual([]);
    const [again] = vehicleReminderSteps(car({ mileageKm: 10_200 }), 5000, rule(), '2026-12-05');
    expect(again.title).toContain('上次定点维修时 5000 公里');
    // The title does not follow the mileage: each trip is not a new task.
    expect(vehicleReminderSteps(car({ mileageKm: 10_900 }), 5000, rule(), '2026-12-05')).toEqual([again]);
  });

  it('a vehicle not in service, or no configuration in force, waits on nothing', () => {
    expect(vehicleReminderSteps(car({ status: 'disposed', insuranceExpiry: '2026-12-01' }), null, rule(), '2026-12-05')).toEqual([]);
    expect(vehicleReminderSteps(car({ insuranceExpiry: '2026-12-01' }), null, null, '2026-12-05')).toEqual([]);
  });
});

describe('到期提醒: low stock', () => {
  it('an active item at or below its 库存下限 waits on restocking; above it, or retired, nothing', () => {
    expect(lowStockSteps(item())).toEqual([]);
    const [low] = lowStockSteps(item({ stock: 5 }));
    expect(low).toMatchObject({ step: 'low-stock', kind: 'supply_low_stock', section: 'jiguan_shiwu', link: '/facilities-and-vehicles/office-supplies' });
    expect(low.title).toBe('办公用品库存不足：黑色签字笔（0.5mm），库存下限 5支，请采购入库');
    expect(lowStockSteps(item({ stock: 2 }))).toEqual([low]);
    expect(lowStockSteps(item({ stock: 0, status: 'retired' }))).toEqual([]);
  });
});
