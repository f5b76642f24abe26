import type { TaskChange, WaitingStep } from '@gov/platform';
import type { CadreSelectionRow } from './cadre-selections.repository.js';
import { STEP_LABELS, type CadreSelectionStep } from './cadre-selections.rules.js';

/** The step each status waits on, in the regulation's order (none skipped). */
const NEXT: Partial<Record<CadreSelectionRow['status'], CadreSelectionStep>> = {
  proposed: 'recommend',
  recommended: 'inspect',
  inspected: 'decide',
  decided: 'publicize',
  publicizing: 'appoint',
};

/**
 * What a 干部选拔任用 procedure waits on, in 人事科's 待办: its next step while under way; during the 任前公示 each
 * reported problem to be checked (by the day the 公示 ends), then 任职 once it has ended (not before: the task says from
 * when). Nothing once appointed or withdrawn.
 */
export function cadreSelectionTasks(row: CadreSelectionRow): WaitingStep[] {
  const step = NEXT[row.status];
  if (!step) return [];
  const link = `/personnel-finance/cadre-selections/${row.id}`;
  const common = { assignee: { type: 'role' as const, id: 'section_staff' }, section: 'renshi', link };
  const subject = `${row.title}（${row.unitName}${row.postTitle}）`;
  if (step !== 'appoint') return [{ ...common, step, kind: 'cadre_selection_step', title: `${STEP_LABELS[step]}：${subject}` }];
  const open = row.objections.filter((o) => o.outcome === null);
  const endsOn = row.publicityEndsOn;
  const deadline = endsOn ? { date: endsOn, explanation: `任前公示 ${endsOn} 期满（${row.publicity?.workingDays ?? 5} 个工作日）` } : undefined;
  if (open.length) {
    return open.map((o) => ({
      ...common,
      step: `objection-${o.id}`,
      kind: 'cadre_selection_objection' as const,
      title: `核查反映问题：${subject}，${o.source}（${o.receivedOn} 收到）`,
      ...(deadline ? { deadline } : {}),
    }));
  }
  return [{ ...common, step, kind: 'cadre_selection_step', title: `${STEP_LABELS.appoint}：${subject}${endsOn ? `（任前公示 ${endsOn} 期满后办理）` : ''}` }];
}

export function cadreSelectionTaskChange(before: CadreSelectionRow | null, after: CadreSelectionRow, by?: string): TaskChange {
  return {
    app: 'personnel-finance',
    record: { type: 'cadre-selection', id: after.id },
    before: before ? cadreSelectionTasks(before) : [],
    after: cadreSelectionTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
