import { EVALUATOR_LABELS } from '@gov/contracts-disclosure';
import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { OpennessEvaluationRow } from './openness-evaluations.repository.js';

/**
 * What a 政务公开考评 waits on, for the 待办 list: while 准备中, 政务公开科's preparation and submission of the material
 * by the evaluator's deadline (the date set in the evaluator's notice, not a computed one); closed once submitted or
 * withdrawn.
 */
export function evaluationTasks(row: OpennessEvaluationRow): WaitingStep[] {
  if (row.status !== 'preparing') return [];
  return [
    {
      step: 'submission',
      kind: 'disclosure_evaluation_submission',
      title: `准备并报送${row.year}年度${EVALUATOR_LABELS[row.evaluator]}政务公开考评材料：${row.title}`,
      assignee: { type: 'role', id: 'section_staff' },
      section: DISCLOSURE_SECTION,
      deadline: { date: row.dueOn, explanation: `${EVALUATOR_LABELS[row.evaluator]}考评通知规定的材料报送截止日 ${row.dueOn}` },
      link: `/disclosure/openness-evaluations/${row.id}`,
    },
  ];
}

export function evaluationTaskChange(before: OpennessEvaluationRow | null, after: OpennessEvaluationRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'openness-evaluation', id: after.id },
    before: before ? evaluationTasks(before) : [],
    after: evaluationTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
