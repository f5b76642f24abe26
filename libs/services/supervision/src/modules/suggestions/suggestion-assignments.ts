import { randomUUID } from 'node:crypto';
import { ANSWERING_ROLES, SuggestionErrors, type AssignmentRole, type SuggestionRuleCode } from '@gov/contracts-supervision';
import type { PeriodUnit, WorkingCalendar } from '@gov/calendar';
import { DomainError } from '@gov/platform';
import type { CallerContext } from '@gov/contracts-common';
import { computeDue } from './due-date.js';
import type { AppliedRule, AssignmentRow, RuleRow } from './suggestions.repository.js';
import { dueRuleOf, ruleInForce } from './suggestion-rules.js';

/** 主办 and 分办 units answer; 协办/会办 units send their opinion to the 主办. */
export const isAnswering = (role: AssignmentRole) => ANSWERING_ROLES.includes(role);

/** A new assignment of a suggestion to a unit, with the deadline rules in force on the day it is assigned. */
export function newAssignment(suggestionId: string, unitId: string, role: AssignmentRole, assignedOn: string, rules: RuleRow[], calendar: WorkingCalendar, caller: CallerContext): AssignmentRow {
  const codes: SuggestionRuleCode[] = [dueRuleOf(role), 'return_days', ...(isAnswering(role) ? (['max_extended_months'] as const) : [])];
  const inForce = codes.map((code) => {
    const rule = ruleInForce(rules, code, assignedOn);
    if (!rule) throw new DomainError(SuggestionErrors.ruleMissing, `${assignedOn} 没有生效的期限规则（${code}），请先配置`);
    return rule;
  });
  const [dueRule] = inForce;
  const now = new Date();
  const assignment: AssignmentRow = {
    id: randomUUID(),
    suggestionId,
    unitId,
    role,
    status: 'handling',
    assignedOn,
    round: 1,
    dueStart: assignedOn,
    dueAmount: dueRule.amount,
    dueUnit: dueRule.unit,
    dueNote: null,
    dueDate: null,
    dueProvisional: false,
    dueExplanation: [],
    returnDueDate: null,
    returnDueProvisional: false,
    returnDueExplanation: [],
    rules: Object.fromEntries(inForce.map((r) => [r.code, applied(r)])),
    extendedMonths: null,
    extensionReason: null,
    returnReason: null,
    returnedAt: null,
    returnedBy: null,
    createdAt: now,
    createdBy: caller.username,
    updatedAt: now,
    updatedBy: caller.username,
  };
  recompute(assignment, calendar);
  return assignment;
}

/** Computes the assignment's deadlines again from what they are counted from (the engine, with explanations). */
export function recompute(assignment: AssignmentRow, calendar: WorkingCalendar): void {
  const due = computeDue(calendar, { start: assignment.dueStart, amount: assignment.dueAmount, unit: assignment.dueUnit as PeriodUnit, note: assignment.dueNote });
  assignment.dueDate = due.dueDate;
  assignment.dueProvisional = due.provisional;
  assignment.dueExplanation = due.explanation;
  const returnRule = assignment.rules.return_days;
  if (returnRule) {
    const ret = computeDue(calendar, { start: assignment.assignedOn, amount: returnRule.amount, unit: returnRule.unit as PeriodUnit });
    assignment.returnDueDate = ret.dueDate;
    assignment.returnDueProvisional = ret.provisional;
    assignment.returnDueExplanation = ret.explanation;
  }
}

export function applied(rule: RuleRow): AppliedRule {
  return { id: rule.id, ruleVersion: rule.ruleVersion, amount: rule.amount, unit: rule.unit };
}

export function unitLabel(unit: string): string {
  return unit === 'months' ? '个月' : unit === 'working_days' ? '个工作日' : '日';
}
