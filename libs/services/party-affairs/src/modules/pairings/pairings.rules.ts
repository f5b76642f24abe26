import type { HelpKind, PairingGoal, PairingGoalInput, PairingHelp, PairingProgress, PairingStatus } from '@gov/contracts-party-affairs';

/*
 * 结对帮扶. RULES.md §2.11 says nothing on pairing: a pairing is kept per year with its planned visits, planned help (in 分)
 * and goals, and the year view compares them with what was recorded — what a 机关党总支 reports on its 结对共建 /
 * 结对帮扶 work at the year's end. No figure here is statutory.
 */

export type PairingStep = 'update' | 'visit' | 'help' | 'outcome' | 'withdraw';

/** Every step is allowed on an open pairing only. */
export function canTake(step: PairingStep, status: PairingStatus): boolean {
  return status === 'open' && ['update', 'visit', 'help', 'outcome', 'withdraw'].includes(step);
}

/** Goals after a change: a known id keeps its outcome; an unknown id refuses the change (`unknownId`). */
export function mergeGoals(existing: readonly PairingGoal[], inputs: readonly PairingGoalInput[], newId: () => string): { goals: PairingGoal[]; unknownId?: string } {
  const byId = new Map(existing.map((goal) => [goal.id, goal]));
  const goals: PairingGoal[] = [];
  for (const input of inputs) {
    const kept = input.id ? byId.get(input.id) : undefined;
    if (input.id && !kept) return { goals: [], unknownId: input.id };
    goals.push({ id: kept?.id ?? newId(), content: input.content.trim(), outcome: kept?.outcome ?? null, achievedOn: kept?.achievedOn ?? null });
  }
  return { goals };
}

/** A visit, help or achievement belongs to the pairing's year and has happened (not after today). */
export function dateInYear(date: string, year: number, today: string): boolean {
  return Number(date.slice(0, 4)) === year && date <= today;
}

/** The year view: planned against done, the help summed per kind in 分 (integers only). */
export function progressOf(pairing: { plannedVisits: number; plannedHelpFen: number; goals: readonly PairingGoal[]; visits: readonly unknown[]; help: readonly Pick<PairingHelp, 'kind' | 'valueFen'>[] }): PairingProgress {
  const helpByKindFen: Record<HelpKind, number> = { funds: 0, materials: 0, project: 0, other: 0 };
  for (const entry of pairing.help) helpByKindFen[entry.kind] += entry.valueFen;
  const helpFen = Object.values(helpByKindFen).reduce((a, b) => a + b, 0);
  const goalsAchieved = pairing.goals.filter((goal) => goal.achievedOn !== null).length;
  return {
    plannedVisits: pairing.plannedVisits,
    visits: pairing.visits.length,
    plannedHelpFen: pairing.plannedHelpFen,
    helpFen,
    helpByKindFen,
    goals: pairing.goals.length,
    goalsAchieved,
    met: pairing.visits.length >= pairing.plannedVisits && helpFen >= pairing.plannedHelpFen && goalsAchieved === pairing.goals.length,
  };
}
