import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { TripCountry, TripItineraryDay, TripLimits, TripMemberRole } from '@gov/contracts-foreign-affairs';
import { maskIdNumber, maskPassport, reasonOf } from '@gov/platform';
import {
  allowedDays,
  canTake,
  checkTrip,
  countedCountries,
  latestPublicationDay,
  limitsProblems,
  passportDeadline,
  publicityOver,
  publicityPeriod,
  reportDeadline,
  reportOverdue,
  statusAfter,
  tripDays,
  versionInForce,
  type TripRuleVersion,
  type TripUnderCheck,
} from './trips.rules.js';

/** The seeded limits: 中办发〔2013〕16号 (RULES.md §2.8), frequency local. */
const LIMITS: TripLimits = {
  daysByCountries: [5, 8, 10],
  farRegionExtraDays: 1,
  maxCountries: 3,
  maxGroupSize: 6,
  officialShareNumerator: 2,
  officialShareDenominator: 3,
  publicityWorkingDays: 5,
  reportMonths: 1,
  passportReturnDays: 7,
  frequencyMaxTrips: 1,
  frequencyYears: 2,
};
const VERSION: TripRuleVersion = { id: 'v1', effectiveFrom: '2013-10-01', source: '中办发〔2013〕16号', limits: LIMITS };
const calendar = new WorkingCalendar(seedYearsFromChineseDays());

const country = (name: string, region: TripCountry['region'] = 'other', transit = false, leavesAirport = false): TripCountry => ({ name, region, transit, leavesAirport });
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** Every day from departure to return, all official. */
const itinerary = (from: string, days: number, official = days): TripItineraryDay[] =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), place: '某地', business: i < official ? '会谈' : '路途', official: i < official }));
const member = (name: string, extra: Partial<{ unitName: string; leadership: boolean; role: TripMemberRole }> = {}) => ({ name, unitName: '区商务局', leadership: false, role: 'delegate' as TripMemberRole, ...extra });
const trip = (over: Partial<TripUnderCheck> & { days?: number }): TripUnderCheck => {
  const days = over.days ?? 5;
  return {
    countries: [country('德国')],
    departureDate: '2026-05-11',
    returnDate: addDays('2026-05-11', days - 1),
    itinerary: itinerary('2026-05-11', days),
    members: [member('张一'), member('李二')],
    ...over,
  };
};
const rules = (t: TripUnderCheck, prior: number[] = []) => checkTrip(t, VERSION, prior).breaches.map((b) => b.rule);

describe('因公临时出国: days per number of countries (中办发〔2013〕16号: 1国≤5, 2国≤8, 3国≤10 incl. departure and arrival days, +1 Latin America/Africa)', () => {
  it.each([
    ['1 country, 5 days', [country('德国')], 5, []],
    ['1 country, 6 days', [country('德国')], 6, ['days']],
    ['2 countries, 8 days', [country('德国'), country('法国')], 8, []],
    ['2 countries, 9 days', [country('德国'), country('法国')], 9, ['days']],
    ['3 countries, 10 days', [country('德国'), country('法国'), country('意大利')], 10, []],
    ['3 countries, 11 days', [country('德国'), country('法国'), country('意大利')], 11, ['days']],
    ['Africa, 1 country, 6 days', [country('南非', 'africa')], 6, []],
    ['Africa, 1 country, 7 days', [country('南非', 'africa')], 7, ['days']],
    ['Latin America, 2 countries, 9 days', [country('巴西', 'latin_america'), country('阿根廷', 'latin_america')], 9, []],
    ['a transit inside the airport does not count: 1 country, 5 days', [country('德国'), country('阿联酋', 'other', true, false)], 5, []],
    ['a transit leaving the airport counts: 2 countries, 8 days', [country('德国'), country('阿联酋', 'other', true, true)], 8, []],
  ])('%s', (_name, countries, days, expected) => {
    expect(rules(trip({ countries, days }))).toEqual(expected);
  });

  it('counts the departure and the arrival day', () => {
    expect(tripDays('2026-05-11', '2026-05-15')).toBe(5);
    expect(tripDays('2026-05-11', '2026-05-11')).toBe(1);
  });

  it('the limit follows the countries that count', () => {
    expect(allowedDays(LIMITS, countedCountries([country('德国'), country('德国')]))).toBe(5);
    expect(allowedDays(LIMITS, countedCountries([country('肯尼亚', 'africa'), country('德国')]))).toBe(9);
  });
});

describe('因公临时出国: at most 3 countries, transits counted when the airport is left (中办发〔2013〕16号)', () => {
  it.each([
    ['3 countries', [country('德国'), country('法国'), country('意大利')], []],
    ['4 countries', [country('德国'), country('法国'), country('意大利'), country('西班牙')], ['countries']],
    ['3 countries + a transit leaving the airport', [country('德国'), country('法国'), country('意大利'), country('阿联酋', 'other', true, true)], ['countries']],
    ['3 countries + a transit inside the airport', [country('德国'), country('法国'), country('意大利'), country('阿联酋', 'other', true, false)], []],
  ])('%s', (_name, countries, expected) => {
    expect(rules(trip({ countries, days: 10 }))).toEqual(expected);
  });
});

describe('因公临时出国: group ≤ 6 interpreter included, no two leaders of one unit, no spouses or children (中办发〔2013〕16号)', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => member(`成员${i + 1}`));
  it.each([
    ['6 people, the interpreter among them', [...people(5), member('翻译', { role: 'interpreter' })], []],
    ['7 people counting the interpreter', [...people(6), member('翻译', { role: 'interpreter' })], ['group']],
    ['two leaders of one unit', [member('局长', { leadership: true }), member('副局长', { leadership: true })], ['leadership']],
    ['two leaders of different units', [member('局长', { leadership: true }), member('主任', { leadership: true, unitName: '区发改局' })], []],
    ['a spouse', [member('局长'), member('局长配偶', { role: 'spouse' })], ['family']],
    ['a child', [member('局长'), member('局长之子', { role: 'child' })], ['family']],
  ])('%s', (_name, members, expected) => {
    expect(rules(trip({ members }))).toEqual(expected);
  });
});

describe('因公临时出国: official business ≥ 2/3 of the schedule (团组须知)', () => {
  it.each([
    ['6 of 9 days', 9, 6, []],
    ['5 of 8 days', 8, 5, ['official']],
    ['4 of 6 days', 6, 4, []],
    ['3 of 5 days', 5, 3, ['official']],
  ])('%s', (_name, days, official, expected) => {
    const countries = [country('德国'), country('法国'), country('意大利')];
    expect(rules(trip({ countries, days, itinerary: itinerary('2026-05-11', days, official) }))).toEqual(expected);
  });

  it('a day of the itinerary outside the trip is a breach of its own', () => {
    expect(rules(trip({ itinerary: [...itinerary('2026-05-11', 5), { date: '2026-05-20', place: '某地', business: '会谈', official: true }] }))).toEqual(['itinerary']);
  });
});

describe('因公临时出国: the frequency per person (local cap, versioned)', () => {
  it.each([
    ['no other trip', [0, 0], []],
    ['one member already travelled within the period', [1, 0], ['frequency']],
  ])('%s', (_name, prior, expected) => {
    expect(rules(trip({}), prior)).toEqual(expected);
  });

  it('each breach names its rule', () => {
    const result = checkTrip(trip({ days: 6, members: [member('张一'), member('配偶', { role: 'spouse' })] }), VERSION, [1, 0]);
    expect(result.breaches.map((b) => [b.rule, b.basis.length > 0])).toEqual([
      ['days', true],
      ['family', true],
      ['frequency', true],
    ]);
    expect(result.breaches[0].basis).toContain('中办发〔2013〕16号');
    expect(result).toMatchObject({ days: 6, countedCountries: 1, allowedDays: 5, groupSize: 2, ruleVersionId: 'v1' });
  });
});

describe('因公临时出国: the 公示 lasts at least 5 working days before departure (RULES.md §2.8), counted by the engine', () => {
  it.each([
    // published Monday 2026-03-02: Tue 3 … Mon 9 are the 5 working days.
    ['2026-03-02', '2026-03-09'],
    // published Friday 2026-03-06: the weekend does not count.
    ['2026-03-06', '2026-03-13'],
  ])('published %s ends %s', (publishedOn, ends) => {
    const period = publicityPeriod(calendar, publishedOn, LIMITS);
    expect(period.dueDate).toBe(ends);
    expect(period.explanation[0]).toContain('5 个工作日');
  });

  it.each([
    ['2026-03-09', '2026-03-10', true],
    ['2026-03-09', '2026-03-09', false],
    [null, '2026-03-10', false],
  ])('ending %s, departure %s allowed: %s', (ends, day, allowed) => {
    expect(publicityOver(ends, day)).toBe(allowed);
  });

  it('the latest day to publish for a departure', () => {
    expect(latestPublicationDay(calendar, '2026-03-10', LIMITS)).toBe('2026-03-02');
  });
});

describe('因公临时出国: after return, the report within 1 month and the passports within 7 days', () => {
  it.each([
    ['2026-03-10', '2026-04-10'],
    ['2026-05-31', '2026-06-30'],
  ])('returned %s: report due %s', (returnedOn, due) => {
    expect(reportDeadline(calendar, returnedOn, LIMITS).dueDate).toBe(due);
  });

  it('passports: 7 calendar days', () => {
    expect(passportDeadline(calendar, '2026-03-10', LIMITS).dueDate).toBe('2026-03-17');
  });

  it.each([
    ['returned', '2026-04-10', '2026-04-10', false],
    ['returned', '2026-04-10', '2026-04-11', true],
    ['reported', '2026-04-10', '2026-05-11', false],
  ] as const)('%s, due %s, on %s overdue: %s', (status, due, day, overdue) => {
    expect(reportOverdue(status, due, day)).toBe(overdue);
  });
});

describe('因公临时出国: the steps', () => {
  it.each([
    ['submit', 'draft', true],
    ['submit', 'submitted', false],
    ['approve', 'submitted', false],
    ['approve', 'reviewed', true],
    ['depart', 'approved', false],
    ['depart', 'publicized', true],
    ['report', 'returned', true],
    ['withdraw', 'publicized', true],
    ['withdraw', 'departed', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('a return sends the application back to draft; a pass moves on', () => {
    expect(statusAfter('review', 'submitted', 'return')).toBe('draft');
    expect(statusAfter('review', 'submitted', 'pass')).toBe('reviewed');
    expect(statusAfter('approve', 'reviewed', 'pass')).toBe('approved');
    expect(statusAfter('brief', 'publicized')).toBe('publicized');
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  不再需要  ')).toBe('不再需要');
    expect(reasonOf(' 无 ')).toBeNull();
  });
});

describe('因公临时出国: configuration and personal data', () => {
  it('the version in force on a day', () => {
    const versions = [
      { id: 'a', effectiveFrom: '2013-10-01' },
      { id: 'b', effectiveFrom: '2027-01-01' },
    ];
    expect(versionInForce(versions, '2026-06-01')?.id).toBe('a');
    expect(versionInForce(versions, '2027-01-01')?.id).toBe('b');
    expect(versionInForce(versions, '2013-09-30')).toBeNull();
  });

  it('incoherent limits are refused', () => {
    expect(limitsProblems(LIMITS)).toEqual([]);
    expect(limitsProblems({ ...LIMITS, daysByCountries: [5, 8] })).toHaveLength(1);
    expect(limitsProblems({ ...LIMITS, daysByCountries: [5, 4, 10] })).toHaveLength(1);
  });

  it('masks 身份证号 and 护照号', () => {
    expect(maskIdNumber('370304198001011234')).toBe('370304********1234');
    expect(maskPassport('E12345678')).toBe('E******78');
  });
});
