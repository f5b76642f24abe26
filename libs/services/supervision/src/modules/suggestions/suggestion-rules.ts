import type { AssignmentRole, HandlingMode, SuggestionRuleCode } from '@gov/contracts-supervision';

/**
 * The rules of 交办 (山东省政府办公厅《办理人大代表建议和政协提案办法》; RULES.md 2.5):
 * - 主办 mode: exactly one 主办, who answers; any number of 协办/会办 units send their opinion to the 主办;
 * - 分办 mode: every unit answers its own part; no 主办, 协办 or 会办 beside them;
 * - a unit is assigned once.
 * Returns the handling mode, or a Chinese explanation of what is wrong.
 */
export function handlingModeOf(targets: readonly { unitId: string; role: AssignmentRole }[]): { mode: HandlingMode } | { error: string } {
  if (!targets.length) return { error: '至少交办一个承办单位' };
  const units = new Set(targets.map((t) => t.unitId));
  if (units.size !== targets.length) return { error: '同一单位不能重复交办' };
  const separate = targets.filter((t) => t.role === 'separate').length;
  if (separate) {
    return separate === targets.length ? { mode: 'separate' } : { error: '分办时每个单位各自答复，不能同时指定主办、协办或会办' };
  }
  const hosts = targets.filter((t) => t.role === 'host').length;
  if (hosts !== 1) return { error: hosts ? '只能指定一个主办单位' : '须指定一个主办单位（协办、会办单位向主办单位提出意见）' };
  return { mode: 'lead' };
}

/** The role may join a suggestion already handled in `mode`, next to the live assignments. */
export function canAddRole(mode: HandlingMode, role: AssignmentRole, liveRoles: readonly AssignmentRole[]): string | null {
  if (mode === 'separate') return role === 'separate' ? null : '该件为分办，只能增加分办单位';
  if (role === 'separate') return '该件为主办办理，不能增加分办单位';
  if (role === 'host' && liveRoles.includes('host')) return '该件已有主办单位';
  return null;
}

/** Which deadline rule governs an assignment's own deadline: 主办/分办 answer, 协办/会办 give an opinion. */
export function dueRuleOf(role: AssignmentRole): SuggestionRuleCode {
  return role === 'host' || role === 'separate' ? 'reply_months' : 'co_opinion_months';
}

export interface RuleVersion {
  id: string;
  code: string;
  amount: number;
  unit: string;
  effectiveFrom: string;
  ruleVersion: number;
}

/** The version of a rule in force on `date`: the latest effective date not after it, then the highest version. */
export function ruleInForce<T extends RuleVersion>(rules: readonly T[], code: string, date: string): T | undefined {
  return rules
    .filter((r) => r.code === code && r.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.ruleVersion - a.ruleVersion : a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/** 办复率 = replied / assigned; 满意率 = (满意 + 基本满意) / feedback received; null when nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000;
}

/** The version of a category usable on `date`: effective then, not yet retired; the newest version wins. */
export function categoryInForce<T extends CategoryVersion>(categories: readonly T[], code: string, date: string): T | undefined {
  const latest = categories.filter((c) => c.code === code && c.effectiveFrom <= date).sort((a, b) => b.version - a.version)[0];
  return latest && (!latest.effectiveTo || latest.effectiveTo > date) ? latest : undefined;
}

/** What `categoryInForce` reads of a category version. */
export interface CategoryVersion {
  code: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  version: number;
}

/**
 * 联名件逐人答复 (RULES.md 2.5, after the provincial 办法: jointly signed items are answered to each signer): the people
 * an answer goes to are the 领衔 and every 联名 signer, each once, in the order they signed.
 */
export function signersOf(suggestion: { proposer: string; coSigners: readonly string[] }): string[] {
  return [...new Set([suggestion.proposer, ...suggestion.coSigners].map((name) => name.trim()).filter(Boolean))];
}

/**
 * The signers still waiting for the answer of an answering unit's current round: once the unit has replied
 * (status `replied`), every signer it has not yet recorded as answered in that round.
 */
export function pendingSignersOf(
  signers: readonly string[],
  assignments: readonly { id: string; unitId: string; round: number; status: string; answering: boolean }[],
  answers: readonly { assignmentId: string; round: number; signer: string }[],
): { unitId: string; round: number; signer: string }[] {
  return assignments
    .filter((a) => a.answering && a.status === 'replied')
    .flatMap((a) => signers.filter((signer) => !answers.some((x) => x.assignmentId === a.id && x.round === a.round && x.signer === signer)).map((signer) => ({ unitId: a.unitId, round: a.round, signer })));
}

/**
 * 并案 (RULES.md 2.5: identical items may be merged but are answered separately): why `suggestion` may not be merged
 * into `into`, or null. Merging is one level deep, so each original keeps its own answer and the main item lists them.
 */
export function mergeProblem(
  suggestion: { id: string; mergedIntoId: string | null; status: string },
  into: { id: string; mergedIntoId: string | null; status: string } | null,
  mergedIntoSuggestion: number,
): string | null {
  if (!into || into.status === 'withdrawn') return '并入的主件不存在或已撤销';
  if (into.id === suggestion.id) return '不能并入本件';
  if (suggestion.mergedIntoId) return '该件已并案，不能再次并入';
  if (into.mergedIntoId) return '并入的主件本身已并入其他件，请并入最终的主件';
  if (mergedIntoSuggestion > 0) return '已有其他件并入本件，本件只能作为主件';
  if (suggestion.status === 'closed') return '该件已办结，不能并案';
  return null;
}
