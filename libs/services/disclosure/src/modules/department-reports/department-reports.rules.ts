import type { DepartmentReportFigures, DepartmentReportStatus, UnitSubmissionState } from '@gov/contracts-disclosure';

/** The steps of one unit's report, and the states each is allowed from. */
export type DepartmentReportStep = 'resubmit' | 'pass' | 'return' | 'publish';

const ALLOWED: Record<DepartmentReportStep, readonly DepartmentReportStatus[]> = {
  // Changed by its unit before the check, or re-submitted once returned.
  resubmit: ['submitted', 'returned'],
  pass: ['submitted'],
  return: ['submitted'],
  publish: ['passed'],
};

export const DEPARTMENT_REPORT_STEP_LABELS: Record<DepartmentReportStep | 'submit', string> = { submit: '报送', resubmit: '重新报送', pass: '审核通过', return: '退回', publish: '统一发布' };

export function canTake(step: DepartmentReportStep, status: DepartmentReportStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: DepartmentReportStep): DepartmentReportStatus {
  return step === 'resubmit' ? 'submitted' : step === 'pass' ? 'passed' : step === 'return' ? 'returned' : 'published';
}

/**
 * The departments' deadline (第四十九条): each department of the district government submits its report on the previous year
 * to the 政府信息公开工作主管部门 and publishes it by 31 January. A fixed day of the calendar, not a period.
 */
export function submissionDeadline(year: number): { dueDate: string; explanation: string[] } {
  return {
    dueDate: `${year + 1}-01-31`,
    explanation: [`《中华人民共和国政府信息公开条例》第四十九条：各级人民政府部门应当于每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布`, `${year}年度报告的报送截止日：${year + 1}-01-31`],
  };
}

/** The district's report (第四十九条): the 政府信息公开工作主管部门 publishes the government's report by 31 March. */
export function publicationDeadline(year: number): { dueDate: string; explanation: string[] } {
  return {
    dueDate: `${year + 1}-03-31`,
    explanation: [`《中华人民共和国政府信息公开条例》第四十九条：县级以上地方人民政府的政府信息公开工作主管部门应当于每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告`, `${year}年度报告的公布截止日：${year + 1}-03-31`],
  };
}

/** Late: first submitted after the deadline (a re-submission after a return does not make it late). */
export function isLate(firstSubmittedOn: string | null, dueDate: string, today: string): boolean {
  return firstSubmittedOn === null ? today > dueDate : firstSubmittedOn > dueDate;
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** A report has its text or an attachment. */
export function contentProblems(content: { text?: string | null; attachments?: readonly string[] | null }): FieldProblem[] {
  const hasText = (content.text ?? '').trim().length > 0;
  const hasFile = (content.attachments ?? []).some((a) => a.trim().length > 0);
  return hasText || hasFile ? [] : [{ field: 'text', code: 'required', message: 'text：请填写报告正文或上传报告附件' }];
}

/** The key figures hold the template's cross-check 一 + 二 = 三 + 四 (国办公开办函〔2021〕30号 表三). */
export function figuresProblems(figures: DepartmentReportFigures | null | undefined): FieldProblem[] {
  if (!figures) return [];
  const left = figures.newApplications + figures.carriedOver;
  const right = figures.concluded + figures.carriedForward;
  if (left === right) return [];
  return [
    {
      field: 'figures',
      code: 'crossCheck',
      message: `figures：本年新收（${figures.newApplications}）+ 上年结转（${figures.carriedOver}）= ${left}，办理结果总计（${figures.concluded}）+ 结转下年度（${figures.carriedForward}）= ${right}，勾稽关系 一+二=三+四 不成立（国办公开办函〔2021〕30号）`,
    },
  ];
}

/** A year's collection may be opened for a year that has begun (its reports are due the following 31 January). */
export function roundYearProblem(year: number, today: string): string | null {
  const current = Number(today.slice(0, 4));
  return year > current ? `${year}年尚未开始，不能启动该年度报告的收集（报告于次年1月31日前报送）` : null;
}

/** The 统一发布: not before the year's end, not in the future; no report awaiting its check; at least one passed. */
export function publishProblem(year: number, publishedOn: string, today: string, statuses: readonly DepartmentReportStatus[]): { code: 'dateOrder' | 'unchecked' | 'nothingToPublish'; message: string } | null {
  if (publishedOn > today) return { code: 'dateOrder', message: '发布之日不能晚于今天' };
  if (publishedOn < `${year + 1}-01-01`) return { code: 'dateOrder', message: `${year}年度报告不能早于 ${year + 1}-01-01 发布` };
  const unchecked = statuses.filter((s) => s === 'submitted').length;
  if (unchecked > 0) return { code: 'unchecked', message: `尚有 ${unchecked} 份报告待审核，请先审核（通过或退回）再统一发布` };
  if (!statuses.includes('passed')) return { code: 'nothingToPublish', message: '没有审核通过且尚未发布的报告' };
  return null;
}

export const UNIT_STATE_LABELS: Record<UnitSubmissionState, string> = { missing: '未报送', submitted: '待审核', returned: '已退回', passed: '已通过', published: '已发布' };

export interface UnitSubmission {
  unitId: string;
  expected: boolean;
  state: UnitSubmissionState;
  reportId: string | null;
  firstSubmittedOn: string | null;
  late: boolean;
}

/**
 * The year's list: every expected unit (missing while it has no report; late when the deadline passed without it), then the
 * reports of units not on the list, each with its state and whether it came late.
 */
export function unitSubmissions(round: { unitIds: readonly string[]; dueDate: string }, reports: readonly { id: string; unitId: string; status: DepartmentReportStatus; firstSubmittedOn: string }[], today: string): UnitSubmission[] {
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const rows: UnitSubmission[] = round.unitIds.map((unitId) => {
    const r = byUnit.get(unitId);
    return { unitId, expected: true, state: r ? r.status : 'missing', reportId: r?.id ?? null, firstSubmittedOn: r?.firstSubmittedOn ?? null, late: isLate(r?.firstSubmittedOn ?? null, round.dueDate, today) };
  });
  const expected = new Set(round.unitIds);
  for (const r of reports.filter((x) => !expected.has(x.unitId))) {
    rows.push({ unitId: r.unitId, expected: false, state: r.status, reportId: r.id, firstSubmittedOn: r.firstSubmittedOn, late: isLate(r.firstSubmittedOn, round.dueDate, today) });
  }
  return rows;
}
