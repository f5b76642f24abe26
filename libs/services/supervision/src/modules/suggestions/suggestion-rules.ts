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
