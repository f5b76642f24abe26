import { describe, expect, it } from '@jest/globals';
import { inflateRawSync } from 'node:zlib';
import type { DevelopmentEntry, TransferEntry } from '@gov/contracts-party-affairs';
import { FREQUENCY_CONFIGS } from '../life-meetings/compliance.rules.js';
import { developmentsIn, meetingLines, stageOn, stagesAtYearEnd, transfersIn, type SummaryMember } from './summary.rules.js';
import { writeWorkbook } from '@gov/platform';

const none = { appliedOn: null, activistOn: null, candidateOn: null, admittedOn: null, fullOn: null, development: [], transfers: [] };
const member = (over: Partial<SummaryMember>): SummaryMember => ({ status: 'active', ...none, ...over });
const entry = (step: DevelopmentEntry['step'], on: string): DevelopmentEntry => ({ step, label: step, on, votes: null, documents: null, note: null, by: 'x', at: `${on}T00:00:00Z` });
const transfer = (kind: TransferEntry['kind'], on: string): TransferEntry => ({ kind, on, letterNo: '1', counterpart: '', by: 'x' });

/** 支部年度工作总结: meetings against the 条例's frequencies (RULES.md §2.11), stages at 31 December, the year's steps. */
describe('yearly summary', () => {
  it('counts the periods begun since the term began, those held, and the meetings (a past year: all periods)', () => {
    const meetings = [
      { kind: 'party_congress' as const, heldOn: '2025-02-10' },
      { kind: 'party_congress' as const, heldOn: '2025-03-31' }, // the same quarter: one period met, two held
      { kind: 'party_congress' as const, heldOn: '2025-10-01' },
      { kind: 'lecture' as const, heldOn: '2025-12-31' },
    ];
    const lines = meetingLines(meetings, 2025, '2026-06-01', '2024-01-01', FREQUENCY_CONFIGS[0]);
    expect(lines.find((l) => l.kind === 'party_congress')).toMatchObject({ required: 4, met: 2, held: 3 });
    expect(lines.find((l) => l.kind === 'lecture')).toMatchObject({ required: 1, met: 1, held: 1 });
    expect(lines.find((l) => l.kind === 'committee')).toMatchObject({ required: 12, met: 0 });
    // A term begun on 1 July leaves out the periods ended before it.
    expect(meetingLines([], 2025, '2026-06-01', '2025-07-01', FREQUENCY_CONFIGS[0]).find((l) => l.kind === 'committee')?.required).toBe(6);
  });

  it('this year counts only the periods begun by today', () => {
    expect(meetingLines([], 2026, '2026-05-15', '2024-01-01', FREQUENCY_CONFIGS[0]).find((l) => l.kind === 'committee')?.required).toBe(5);
  });

  it.each([
    [{ appliedOn: '2025-12-31' }, 'applicant'],
    [{ appliedOn: '2025-01-01', activistOn: '2026-01-01' }, 'applicant'], // the day after the year's end
    [{ appliedOn: '2024-01-01', activistOn: '2024-03-01', candidateOn: '2025-03-01', admittedOn: '2025-12-31' }, 'probationary'],
    [{ admittedOn: '2024-01-01', fullOn: '2025-01-01' }, 'full'],
    [{ appliedOn: '2026-01-01' }, null],
  ] as [Partial<SummaryMember>, string | null][])('%o is %s on 31 December 2025', (dates, stage) => {
    expect(stageOn(member(dates), '2025-12-31')).toBe(stage);
  });

  it('counts members by stage at year end, leaving out those transferred out by then and withdrawn records', () => {
    const members = [
      member({ admittedOn: '2020-01-01', fullOn: '2021-01-01' }),
      member({ admittedOn: '2020-01-01', fullOn: '2021-01-01', status: 'transferred_out', transfers: [transfer('out', '2025-12-31')] }),
      member({ admittedOn: '2020-01-01', fullOn: '2021-01-01', status: 'transferred_out', transfers: [transfer('out', '2026-01-05')] }),
      member({ admittedOn: '2025-06-01', status: 'withdrawn' }),
      member({ admittedOn: '2025-06-01' }),
    ];
    const counts = Object.fromEntries(stagesAtYearEnd(members, 2025).map((s) => [s.stage, s.count]));
    expect(counts).toEqual({ applicant: 0, activist: 0, candidate: 0, probationary: 1, full: 2 });
  });

  it('counts the steps and transfers of the year only', () => {
    const members = [member({ development: [entry('talk', '2024-12-31'), entry('activist', '2025-01-01'), entry('admit', '2025-12-31')], transfers: [transfer('in', '2025-05-01'), transfer('within', '2026-01-01')] })];
    expect(developmentsIn(members, 2025).filter((d) => d.count).map((d) => d.key)).toEqual(['activist', 'admit']);
    expect(transfersIn(members, 2025).filter((t) => t.count).map((t) => [t.key, t.count])).toEqual([['in', 1]]);
  });

  it('writes a workbook of several sheets, each a part with its name', () => {
    const file = writeWorkbook([
      { name: '党组织信息', header: ['党组织名称'], rows: [['第一支部']] },
      { name: '党员信息', header: ['姓名'], rows: [['张三']] },
      { name: '组织生活记录', header: ['活动类型'], rows: [] },
    ]);
    const names: string[] = [];
    let workbook = '';
    for (let at = 0; file.readUInt32LE(at) === 0x04034b50; ) {
      const size = file.readUInt32LE(at + 18);
      const nameLength = file.readUInt16LE(at + 26);
      const name = file.subarray(at + 30, at + 30 + nameLength).toString('utf8');
      const start = at + 30 + nameLength + file.readUInt16LE(at + 28);
      if (name === 'xl/workbook.xml') workbook = inflateRawSync(file.subarray(start, start + size)).toString('utf8');
      names.push(name);
      at = start + size;
    }
    expect(names.filter((n) => n.startsWith('xl/worksheets/'))).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect(workbook).toMatch(/name="党组织信息" sheetId="1".*name="党员信息" sheetId="2".*name="组织生活记录" sheetId="3"/);
  });
});
