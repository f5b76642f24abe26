import { describe, expect, it } from '@jest/globals';
import { canTake, contractInForce, currentOwnership, entryProblem, propertyReminderSteps, unificationOf, yuan, type BuildingRule, type EntryFacts } from './office-buildings.rules.js';

const rule: BuildingRule = {
  id: 'r1',
  maintenanceApprovalFen: 5_000_000,
  ownerAuthority: '区机关事务服务中心',
  propertyLeadDays: 30,
  effectiveFrom: '2018-01-01',
  source: '本地配置',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

const blank: EntryFacts = {
  kind: 'planning',
  status: 'current',
  year: null,
  content: null,
  approvalDocument: null,
  ownerUnit: null,
  certificateNumber: null,
  date: null,
  amountFen: null,
  disposalKind: null,
  company: null,
  periodStart: null,
  periodEnd: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const entry = (over: Partial<EntryFacts>): EntryFacts => ({ ...blank, ...over });

describe('办公用房楼宇: the rules', () => {
  it.each([
    ['update', 'in_use', true],
    ['entry', 'in_use', true],
    ['void', 'in_use', true],
    ['withdraw', 'in_use', true],
    ['update', 'disposed', false],
    ['entry', 'disposed', false],
    ['void', 'disposed', false],
    ['entry', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s (a disposed or withdrawn building is read-only)', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each([
    ['ownership held by the 机关事务管理部门', null, entry({ kind: 'ownership', ownerUnit: ' 区机关事务服务中心 ' })],
    ['ownership held by a unit', 'ownerNotAuthority', entry({ kind: 'ownership', ownerUnit: '区教育局' })],
    ['maintenance below the amount, no approval', null, entry({ kind: 'maintenance', amountFen: 4_999_999 })],
    ['maintenance at the amount, no approval', 'approvalRequired', entry({ kind: 'maintenance', amountFen: 5_000_000 })],
    ['maintenance above the amount, blank approval', 'approvalRequired', entry({ kind: 'maintenance', amountFen: 9_000_000, approvalDocument: '  ' })],
    ['maintenance above the amount, approved', null, entry({ kind: 'maintenance', amountFen: 9_000_000, approvalDocument: '区机关事务〔2026〕3号' })],
    ['disposal without approval', 'approvalRequired', entry({ kind: 'disposal', disposalKind: 'auction' })],
    ['disposal approved', null, entry({ kind: 'disposal', disposalKind: 'auction', approvalDocument: '区政府〔2026〕9号' })],
    ['property ending before it starts', 'invalidPeriod', entry({ kind: 'property', periodStart: '2026-02-01', periodEnd: '2026-01-31' })],
    ['property of one day', null, entry({ kind: 'property', periodStart: '2026-02-01', periodEnd: '2026-02-01' })],
  ] as const)('%s → %s', (_name, code, facts) => {
    expect(entryProblem(facts, rule)?.code ?? null).toBe(code);
  });

  it('cites the rule: the 机关事务管理部门 by its configured name, the amount in 元 from integer 分', () => {
    expect(entryProblem(entry({ kind: 'ownership', ownerUnit: '区教育局' }), rule)?.message).toContain('鲁办发〔2018〕49号');
    expect(entryProblem(entry({ kind: 'ownership', ownerUnit: '区教育局' }), rule)?.message).toContain('区机关事务服务中心');
    expect(entryProblem(entry({ kind: 'maintenance', amountFen: 5_000_001 }), rule)?.message).toContain('50000.01 元');
    expect(yuan(5)).toBe('0.05 元');
    expect(yuan(123_456)).toBe('1234.56 元');
  });

  it('the current ownership is the latest not voided; without one the building is 权属未统一登记', () => {
    const old = entry({ kind: 'ownership', ownerUnit: '旧', createdAt: new Date('2025-01-01T00:00:00Z') });
    const latest = entry({ kind: 'ownership', ownerUnit: '新', createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(currentOwnership([old, latest])?.ownerUnit).toBe('新');
    expect(currentOwnership([old, { ...latest, status: 'voided' }])?.ownerUnit).toBe('旧');
    expect(currentOwnership([{ ...old, status: 'voided' }])).toBeNull();
    const six = unificationOf([], 0, '2026-06-01');
    expect(six.map((u) => [u.label, u.recorded])).toEqual([
      ['统一规划', false],
      ['统一权属', false],
      ['统一配置', false],
      ['统一维修', false],
      ['统一处置', false],
      ['统一物业服务', false],
    ]);
    expect(six[1].note).toBe('权属未统一登记');
  });

  it('the six: allocation from the rooms in use, property only while a contract covers the day, maintenance summed in 分', () => {
    const entries = [
      entry({ kind: 'planning', year: 2026, content: '改造', approvalDocument: '文' }),
      entry({ kind: 'maintenance', amountFen: 150, date: '2026-03-01', content: '修' }),
      entry({ kind: 'maintenance', amountFen: 250, date: '2026-04-01', content: '修', status: 'voided' }),
      entry({ kind: 'property', company: '甲物业', periodStart: '2026-01-01', periodEnd: '2026-06-30' }),
    ];
    const six = unificationOf(entries, 3, '2026-06-30');
    expect(six.filter((u) => u.recorded).map((u) => u.kind)).toEqual(['planning', 'allocation', 'maintenance', 'property']);
    expect(six.find((u) => u.kind === 'maintenance')?.note).toBe('共 1 次，合计 1.50 元');
    expect(contractInForce(entries, '2026-07-01')).toBeNull();
    expect(unificationOf(entries, 0, '2026-07-01').find((u) => u.kind === 'property')?.recorded).toBe(false);
  });

  it.each([
    ['before the lead time (29 days)', '2026-05-31', 29, ''],
    ['30 days before the end', '2026-05-31', 30, '即将到期'],
    ['on the end day', '2026-06-30', 30, '即将到期'],
    ['after the end', '2026-07-02', 30, '已到期'],
  ])('property reminder %s', (_name, day, lead, word) => {
    const contract = entry({ kind: 'property', company: '甲物业', periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    const steps = propertyReminderSteps({ id: 'b1', name: '区政府办公楼', status: 'in_use' }, [contract], { ...rule, propertyLeadDays: lead }, day);
    if (!word) {
      expect(steps).toEqual([]);
      return;
    }
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'building_property_contract_ending', section: 'jiguan_shiwu', deadline: { date: '2026-06-30' }, link: '/facilities-and-vehicles/office-buildings/b1' });
    expect(steps[0].title).toContain(word);
  });

  it('no reminder once a later contract is recorded, the contract voided, or the building not in use', () => {
    const ending = entry({ kind: 'property', company: '甲物业', periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    const renewed = entry({ kind: 'property', company: '乙物业', periodStart: '2026-07-01', periodEnd: '2027-06-30' });
    const b = { id: 'b1', name: '楼', status: 'in_use' } as const;
    expect(propertyReminderSteps(b, [ending, renewed], rule, '2026-06-20')).toEqual([]);
    expect(propertyReminderSteps(b, [{ ...ending, status: 'voided' }], rule, '2026-06-20')).toEqual([]);
    expect(propertyReminderSteps({ ...b, status: 'disposed' }, [ending], rule, '2026-06-20')).toEqual([]);
    expect(propertyReminderSteps(b, [ending], null, '2026-06-20')).toEqual([]);
  });
});
