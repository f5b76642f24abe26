import type { SalaryChangeKind, SalaryPosition } from '@gov/contracts-personnel-finance';

/**
 * 工资晋级晋档 (公务员工资制度, 国办发〔2006〕… implementing rules; not in RULES.md, so cited by name, [U] — to be confirmed
 * by 人事科): 年度考核称职及以上的，一般每两年可在所任级别对应的工资标准内晋升一个工资档次；受处分期间不得晋升级别
 * （警告以外的处分也不得晋升工资档次，《公务员法》第六十四条）.
 */
export const SALARY_STEP_SOURCE = '《公务员工资制度改革方案》（2006年）：年度考核称职及以上的，一般每两年可晋升一个工资档次';
/** How many years between two 正常晋升档次, and how many annual results must be 称职 or better. [U] a local setting only in the sense of the regulation's 一般. */
export const REGULAR_STEP_YEARS = 2;

/** Index of a month, to compare (year, month) pairs. */
export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
export const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** 称职 or better. */
export const PASSING_GRADES = ['excellent', 'competent'] as const;
const GRADE_LABELS: Record<string, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };

/** Whether before → after fits the kind: a 正常晋升档次 is one step up in the same 级别; a 晋升级别 raises the 级别. */
export function changeRefusal(kind: SalaryChangeKind, before: SalaryPosition, after: SalaryPosition, basis: string | undefined): { field: string; message: string } | null {
  if (kind === 'regular_step' && (after.grade !== before.grade || after.step !== before.step + 1)) {
    return { field: 'after', message: `after：正常晋升档次为同一级别内晋升一档（${before.grade} 级 ${before.step} 档 → ${before.grade} 级 ${before.step + 1} 档）` };
  }
  // 公务员级别 1–27, 一级最高: a promotion lowers the number.
  if (kind === 'grade_promotion' && after.grade >= before.grade) return { field: 'after', message: 'after：晋升级别后的级别须高于变动前（一级最高，数字越小级别越高）' };
  if (kind === 'other' && !basis?.trim()) return { field: 'basis', message: 'basis：种类为“其他”时须说明变动依据' };
  if (before.grade === after.grade && before.step === after.step && before.baseSalaryFen === after.baseSalaryFen) return { field: 'after', message: 'after：变动前后相同' };
  return null;
}

/** The annual results a 正常晋升档次 effective in `year` rests on: the two years before. */
export function qualifyingYears(year: number): number[] {
  return Array.from({ length: REGULAR_STEP_YEARS }, (_, i) => year - REGULAR_STEP_YEARS + i);
}

/**
 * Whether a 正常晋升档次 effective in (year, month) is allowed: each of the two years before graded 称职 or better in a
 * finalised annual assessment, and at least two years since the last one. Returns the refusal, or null with the note.
 */
export function regularStepCheck(input: {
  year: number;
  month: number;
  grades: ReadonlyMap<number, string | null>;
  lastRegularStep: { year: number; month: number } | null;
}): { refusal: string | null; note: string } {
  const years = qualifyingYears(input.year);
  const shown = years.map((y) => `${y} 年${input.grades.has(y) ? (GRADE_LABELS[input.grades.get(y) ?? ''] ?? '未定等次') : '无确定的考核结果'}`).join('、');
  const failing = years.filter((y) => !PASSING_GRADES.includes(input.grades.get(y) as (typeof PASSING_GRADES)[number]));
  if (failing.length) return { refusal: `正常晋升档次须前两年年度考核均为称职及以上：${shown}（${SALARY_STEP_SOURCE}）`, note: shown };
  if (input.lastRegularStep && monthIndex(input.year, input.month) - monthIndex(input.lastRegularStep.year, input.lastRegularStep.month) < REGULAR_STEP_YEARS * 12) {
    return { refusal: `距上次正常晋升档次（${monthLabel(input.lastRegularStep.year, input.lastRegularStep.month)}）不满两年（${SALARY_STEP_SOURCE}）`, note: shown };
  }
  return { refusal: null, note: `考核结果：${shown}；${SALARY_STEP_SOURCE}` };
}

/** Whether a 处分 in force bars the change (《公务员法》第六十四条): every penalty bars 级别; all but a 警告 bar 档次 too. */
export function penaltyBars(kind: SalaryChangeKind, penalty: { subKind: string | null } | null): boolean {
  if (!penalty || kind === 'other') return false;
  return kind !== 'regular_step' || penalty.subKind !== 'warning';
}
