import { describe, expect, it } from '@jest/globals';
import { applicationTable, challengeTable, feesOfYear, reportDeadlines, resultCodeOf, type ReportCase } from './annual-report.rules.js';

const c = (over: Partial<ReportCase> & Pick<ReportCase, 'id'>): ReportCase => ({
  title: `案件${over.id}`,
  applicantType: 'natural_person',
  status: 'closed',
  receivedOn: '2026-03-02',
  concludedOn: '2026-03-20',
  answerCode: 'disclosed',
  feeFen: 0,
  answeredOn: '2026-03-20',
  challenges: [],
  ...over,
});
const row = (table: ReturnType<typeof applicationTable>, code: string) => table.rows.find((r) => r.code === code)!.counts;

describe('国办公开办函〔2021〕30号 表三: the 依申请公开 table from the records (第五十条)', () => {
  const cases: ReportCase[] = [
    c({ id: 'a' }),
    c({ id: 'b', applicantType: 'commercial', answerCode: 'partial' }),
    c({ id: 'c', applicantType: 'legal_service', answerCode: 'withheld_process_info' }),
    c({ id: 'd', status: 'abandoned', answerCode: 'other_overdue_correction', concludedOn: '2026-05-06', answeredOn: null }),
    c({ id: 'e', status: 'withdrawn', answerCode: null, concludedOn: '2026-04-01', answeredOn: null }),
    c({ id: 'f', status: 'processing', receivedOn: '2026-12-20', concludedOn: null, answerCode: null, answeredOn: null }),
    c({ id: 'g', receivedOn: '2025-12-25', concludedOn: '2026-01-20', answerCode: 'unavailable_not_held', applicantType: 'research' }),
    c({ id: 'h', receivedOn: '2025-06-01', concludedOn: '2025-06-20' }),
  ];
  const table = applicationTable(2026, cases);

  it('rows 一 to 四 per applicant column, each sub-row, and the cross-check 一 + 二 = 三 + 四', () => {
    expect(row(table, 'new')).toEqual([4, 1, 0, 0, 1, 0, 6]);
    expect(row(table, 'carried_in')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row(table, 'group_disclosed')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(table, 'group_partial')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row(table, 'group_withheld')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(row(table, 'withheld_process_info')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(row(table, 'unavailable_not_held')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row(table, 'other_overdue_correction')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(table, 'group_other')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(table, 'other')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(table, 'total_handled')).toEqual([3, 1, 1, 0, 1, 0, 6]);
    expect(row(table, 'carried_out')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(table).toMatchObject({ crossCheckHolds: true, offenders: [] });
    expect(table.rows.filter((r) => r.code.startsWith('withheld_'))).toHaveLength(8);
    expect(table.rows.filter((r) => r.code.startsWith('unavailable_'))).toHaveLength(3);
    expect(table.rows.filter((r) => r.code.startsWith('not_processed_'))).toHaveLength(5);
    expect(table.rows.filter((r) => r.code.startsWith('other_') || r.code === 'other')).toHaveLength(3);
  });

  it.each([
    ['a case concluded without an answer type', c({ id: 'x', answerCode: null }), '没有答复类型'],
    ['a case concluded before it was received', c({ id: 'y', receivedOn: '2027-01-05', concludedOn: '2026-12-30' }), '早于收到申请之日'],
    ['a new case concluded in the year before', c({ id: 'z', receivedOn: '2026-01-05', concludedOn: '2025-12-30' }), '未计入办理结果'],
  ])('the check refuses and names %s', (_name, bad, reason) => {
    const broken = applicationTable(2026, [...cases, bad]);
    expect(broken.crossCheckHolds).toBe(false);
    expect(broken.offenders).toEqual([expect.objectContaining({ id: bad.id, reason: expect.stringContaining(reason) })]);
  });

  it('a withdrawal counts as 其他处理·其他, an abandonment as 逾期不补正', () => {
    expect(resultCodeOf({ status: 'withdrawn', answerCode: null })).toBe('other');
    expect(resultCodeOf({ status: 'abandoned', answerCode: null })).toBe('other_overdue_correction');
    expect(resultCodeOf({ status: 'answered', answerCode: 'not_processed_repeat' })).toBe('not_processed_repeat');
  });
});

describe('表四: 复议 and 诉讼 filed in the year, with the outcome at its end', () => {
  it('counts 维持/纠正/其他/尚未审结 per kind', () => {
    const cases = [
      c({ id: 'a', challenges: [{ kind: 'review', filedOn: '2026-04-01', outcome: 'upheld', decidedOn: '2026-05-20' }] }),
      c({ id: 'b', challenges: [{ kind: 'review', filedOn: '2026-11-01', outcome: 'corrected', decidedOn: '2027-01-10' }] }),
      c({ id: 'c', challenges: [{ kind: 'litigation_direct', filedOn: '2026-06-01', outcome: 'pending', decidedOn: null }] }),
      c({ id: 'd', challenges: [{ kind: 'litigation_after_review', filedOn: '2025-06-01', outcome: 'upheld', decidedOn: '2025-09-01' }] }),
    ];
    expect(challengeTable(2026, cases)).toEqual([
      { label: '行政复议', upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      { label: '行政诉讼（未经复议直接起诉）', upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      { label: '行政诉讼（复议后起诉）', upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    ]);
  });

  it('fees of the answers of the year and the publication deadlines (第四十九条)', () => {
    expect(feesOfYear(2026, [c({ id: 'a', feeFen: 10_000 }), c({ id: 'b', feeFen: 2_000, answeredOn: '2025-12-01' })])).toBe(10_000);
    expect(reportDeadlines(2026)).toEqual({ department: '2027-01-31', government: '2027-03-31' });
  });
});
