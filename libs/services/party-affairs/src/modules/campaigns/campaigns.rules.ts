import type { CampaignBranch, CampaignBranchProgress, CampaignCompletion, CampaignStatus, CampaignTask, CampaignTaskInput } from '@gov/contracts-party-affairs';
import { percent } from '../integrity/integrity.rules.js';

/*
 * 主题教育. RULES.md §2.11 says nothing on 主题教育: a campaign is run under the basis document the higher committee
 * issues (its 实施方案), whose tasks fall to branches with due dates; a task a branch has not completed by its due date
 * is overdue (flagged, not blocked). No figure here is statutory.
 */

export type CampaignStep = 'update' | 'complete' | 'withdraw';

export function canTake(step: CampaignStep, status: CampaignStatus): boolean {
  return status === 'open' && ['update', 'complete', 'withdraw'].includes(step);
}

/** Tasks after a change: a known id is kept (with its completions); an unknown id refuses the change. */
export function mergeTasks(existing: readonly CampaignTask[], inputs: readonly CampaignTaskInput[], newId: () => string): { tasks: CampaignTask[]; unknownId?: string } {
  const known = new Set(existing.map((task) => task.id));
  const tasks: CampaignTask[] = [];
  for (const input of inputs) {
    if (input.id && !known.has(input.id)) return { tasks: [], unknownId: input.id };
    tasks.push({ id: input.id ?? newId(), content: input.content.trim(), branchIds: [...new Set(input.branchIds)], dueOn: input.dueOn });
  }
  return { tasks };
}

/** The first task due outside the campaign's period, or null. */
export function dueOutsidePeriod(tasks: readonly { dueOn: string }[], startsOn: string, endsOn: string): string | null {
  return tasks.find((task) => task.dueOn < startsOn || task.dueOn > endsOn)?.dueOn ?? null;
}

/** Completions still meaningful after a change: of a task that remains, by a branch it still falls to. */
export function keptCompletions(completions: readonly CampaignCompletion[], tasks: readonly CampaignTask[]): CampaignCompletion[] {
  return completions.filter((c) => tasks.some((task) => task.id === c.taskId && task.branchIds.includes(c.branchId)));
}

/** Records (or corrects) one branch's completion of one task. */
export function withCompletion(completions: readonly CampaignCompletion[], completion: CampaignCompletion): CampaignCompletion[] {
  return [...completions.filter((c) => !(c.taskId === completion.taskId && c.branchId === completion.branchId)), completion];
}

/** Progress per branch as of `today`: tasks assigned, done, overdue (not done and due before today), the rate. */
export function progressOf(tasks: readonly CampaignTask[], completions: readonly CampaignCompletion[], branches: readonly CampaignBranch[], today: string): CampaignBranchProgress[] {
  return branches.map((branch) => {
    const assigned = tasks.filter((task) => task.branchIds.includes(branch.id));
    const doneIds = new Set(completions.filter((c) => c.branchId === branch.id).map((c) => c.taskId));
    const done = assigned.filter((task) => doneIds.has(task.id)).length;
    const overdueTaskIds = assigned.filter((task) => !doneIds.has(task.id) && task.dueOn < today).map((task) => task.id);
    return { branchId: branch.id, branchName: branch.name, unitId: branch.unitId, assigned: assigned.length, done, overdue: overdueTaskIds.length, overdueTaskIds, completionRate: percent(done, assigned.length) };
  });
}

/** A completion's date: within the campaign's period start and today. */
export function completionDateOk(completedOn: string, startsOn: string, today: string): boolean {
  return completedOn >= startsOn && completedOn <= today;
}
