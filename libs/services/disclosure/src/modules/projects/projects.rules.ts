import type { PerformanceGrade, ProjectStatus } from '@gov/contracts-disclosure';

/** The steps of one 信息化项目, and the states each is allowed from (a strict state machine). */
export type ProjectStep = 'update' | 'resubmit' | 'review' | 'supervise' | 'accept' | 'evaluate' | 'withdraw';

const ALLOWED: Record<ProjectStep, readonly ProjectStatus[]> = {
  update: ['submitted', 'returned'],
  resubmit: ['returned'],
  review: ['submitted'],
  supervise: ['implementing'],
  accept: ['implementing'],
  evaluate: ['accepted'],
  withdraw: ['submitted', 'returned', 'implementing'],
};

export const PROJECT_STEP_LABELS: Record<ProjectStep | 'submit', string> = {
  submit: '申报',
  update: '修改',
  resubmit: '重新报送审核',
  review: '审核',
  supervise: '实施监督',
  accept: '验收',
  evaluate: '绩效评价',
  withdraw: '撤回',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: ProjectStep, status: ProjectStatus): boolean {
  return ALLOWED[step].includes(status);
}

/**
 * The steps only the section (manage permission) takes: 审核, 实施监督, 验收, 绩效评价, and the withdrawal of a project
 * already in implementation (终止); a unit's liaison takes the others on its own unit's project.
 */
export function isSectionStep(step: ProjectStep, status: ProjectStatus): boolean {
  return step === 'review' || step === 'supervise' || step === 'accept' || step === 'evaluate' || (step === 'withdraw' && status === 'implementing');
}

/** The outcome a step carries: the review's decision, the acceptance's result. */
export type StepOutcome = 'approved' | 'returned' | 'passed' | 'failed' | null;

/** The state after `step` (a returned review goes back to the unit, a failed acceptance stays in implementation). */
export function statusAfter(step: ProjectStep, status: ProjectStatus, outcome: StepOutcome = null): ProjectStatus {
  switch (step) {
    case 'resubmit':
      return 'submitted';
    case 'review':
      return outcome === 'returned' ? 'returned' : 'implementing';
    case 'accept':
      return outcome === 'failed' ? 'implementing' : 'accepted';
    case 'evaluate':
      return 'evaluated';
    case 'withdraw':
      return 'withdrawn';
    default:
      return status;
  }
}

/** A date rule broken by a step: the field, and the Chinese message that says what to do. */
export interface DateProblem {
  field: string;
  message: string;
}

/**
 * The dates of a step in their order: never in the future, never before the step they follow (审核 after 申报,
 * 监督 and 验收 after 审核, 绩效评价 after 验收). Pure; `today` is the Beijing date.
 */
export function dateProblem(field: string, on: string, today: string, after: { on: string | null; what: string }): DateProblem | null {
  if (on > today) return { field, message: `${field}：日期不能晚于今天` };
  if (after.on && on < after.on) return { field, message: `${field}：不能早于${after.what}（${after.on}）` };
  return null;
}

/** The planned dates: completion not before the start. */
export function plannedDatesProblem(plannedStartOn: string, plannedEndOn: string): DateProblem | null {
  return plannedEndOn < plannedStartOn ? { field: 'plannedEndOn', message: 'plannedEndOn：计划完成日期不能早于计划开工日期' } : null;
}

/** Overdue: still in implementation after its planned completion day. */
export function isOverdue(row: { status: ProjectStatus; plannedEndOn: string }, today: string): boolean {
  return row.status === 'implementing' && row.plannedEndOn < today;
}

/**
 * 绩效评价等级 by score, versioned configuration (a record keeps the version it was graded under). Version 1 is the
 * four grades of 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号): 90（含）–100 优，80（含）–90 良，60（含）–80 中，
 * 60 以下 差. Not in shared/domain/RULES.md: a local figure, hence configuration with its source and effective date.
 */
export interface GradeScale {
  version: number;
  effectiveFrom: string;
  source: string;
  /** Lower bounds, highest first. */
  bands: readonly { min: number; grade: PerformanceGrade }[];
}

export const GRADE_SCALES: readonly GradeScale[] = [
  {
    version: 1,
    effectiveFrom: '2020-02-25',
    source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）',
    bands: [
      { min: 90, grade: 'excellent' },
      { min: 80, grade: 'good' },
      { min: 60, grade: 'fair' },
      { min: 0, grade: 'poor' },
    ],
  },
];

/** The scale in force on a day: the latest whose effective date is not after it (the first one before any). */
export function gradeScaleOn(on: string, scales: readonly GradeScale[] = GRADE_SCALES): GradeScale {
  const inForce = scales.filter((s) => s.effectiveFrom <= on).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return inForce[0] ?? scales[0];
}

/** The grade of a score under a scale. */
export function gradeOf(score: number, scale: GradeScale): PerformanceGrade {
  const band = scale.bands.find((b) => score >= b.min);
  return band ? band.grade : scale.bands[scale.bands.length - 1].grade;
}
