import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar, type CalendarYear } from './calendar.js';
import { seedYearsFromChineseDays } from './chinese-days-seed.js';
import { validateCalendarYear } from './validate-calendar-year.js';

const seed = seedYearsFromChineseDays();
const calendar = new WorkingCalendar(seed);
const yearOf = (year: number): CalendarYear => {
  const found = seed.find((y) => y.year === year);
  if (!found) throw new Error(`no ${year} in the seed`);
  return found;
};
const dates = (days: { date: string }[], prefix: string) => days.filter((d) => d.date.startsWith(prefix)).map((d) => d.date);

describe('seed from chinese-days', () => {
  it('holds every year 2004–2026 and nothing later', () => {
    expect(calendar.loadedYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.isLoaded(2027)).toBe(false);
  });

  it('passes the administrator validation for every year', () => {
    expect(seed.flatMap((year) => validateCalendarYear(year).map((e) => `${year.year}: ${e}`))).toEqual([]);
  });

  it('uses the official Chinese names only', () => {
    const names = new Set(seed.flatMap((y) => [...y.holidays, ...y.makeupWorkdays].map((d) => d.name)));
    expect([...names].filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
    expect(names).toEqual(new Set(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日']));
  });

  it('has the 2025 arrangement (国办发明电〔2024〕12号)', () => {
    const y2025 = yearOf(2025);
    expect(dates(y2025.holidays, '2025-0')).toEqual([
      '2025-01-01',
      ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2025-${d}`),
      '2025-04-04', '2025-04-05', '2025-04-06',
      '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
      '2025-05-31', '2025-06-01', '2025-06-02',
    ]);
    expect(dates(y2025.holidays, '2025-10')).toEqual(['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2025-10-${d}`));
    expect(y2025.holidays.find((d) => d.date === '2025-10-06')?.name).toBe('中秋节');
    expect(y2025.makeupWorkdays).toEqual([
      { date: '2025-01-26', name: '春节' },
      { date: '2025-02-08', name: '春节' },
      { date: '2025-04-27', name: '劳动节' },
      { date: '2025-09-28', name: '国庆节' },
      { date: '2025-10-11', name: '国庆节' },
    ]);
  });

  it('has the 2026 arrangement (国办发明电〔2025〕7号)', () => {
    const y2026 = yearOf(2026);
    expect(dates(y2026.holidays, '2026-02')).toEqual(['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d}`));
    expect(dates(y2026.holidays, '2026-05')).toEqual(['01', '02', '03', '04', '05'].map((d) => `2026-05-${d}`));
    expect(dates(y2026.holidays, '2026-09')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
    expect(dates(y2026.holidays, '2026-10')).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-10-${d}`));
    expect(y2026.makeupWorkdays.map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });
});

describe('WorkingCalendar', () => {
  it.each([
    ['2025-01-26', true, '春节 make-up Sunday'],
    ['2025-01-28', false, '春节'],
    ['2025-02-04', false, 'last day of 春节'],
    ['2025-02-08', true, '春节 make-up Saturday'],
    ['2025-09-28', true, '国庆 make-up Sunday'],
    ['2025-10-06', false, '中秋 inside the 国庆 block'],
    ['2025-10-11', true, '国庆 make-up Saturday'],
    ['2025-10-12', false, 'ordinary Sunday'],
    ['2026-02-14', true, '春节 make-up Saturday'],
    ['2026-05-05', false, '劳动节'],
    ['2026-05-09', true, '劳动节 make-up Saturday'],
    ['2026-09-20', true, '国庆 make-up Sunday'],
    ['2026-10-07', false, '国庆节 (a Wednesday)'],
    ['2026-10-08', true, 'first day back after 国庆'],
    ['2026-10-13', true, 'ordinary Tuesday'],
    ['2027-01-01', true, 'not loaded: a Friday, judged on weekends alone'],
    ['2027-01-02', false, 'not loaded: a Saturday'],
  ])('%s working=%s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.isRestDay(date)).toBe(!working);
  });

  it.each([
    ['2026-10-01', '2026-10-01 国庆节 法定节假日'],
    ['2026-10-10', '2026-10-10 国庆节调休上班 工作日（星期六）'],
    ['2026-10-17', '2026-10-17 星期六 休息日'],
    ['2026-10-13', '2026-10-13 星期二 工作日'],
    ['2027-01-01', '2027-01-01 星期五 工作日（2027年节假日安排尚未发布，按周末推算）'],
  ])('explains %s', (date, text) => {
    expect(calendar.explainDay(date)).toBe(text);
  });

  it('refuses the same year twice', () => {
    expect(() => new WorkingCalendar([yearOf(2026), yearOf(2026)])).toThrow('2026年的节假日安排重复载入');
  });

  it('refuses an invalid date', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});
