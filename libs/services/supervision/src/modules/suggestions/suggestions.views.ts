import {
  type AnswerCategoryView,
  type AssignmentView,
  type SuggestionPeriodUnit,
  type SuggestionRuleCode,
  type SuggestionRuleView,
  type SuggestionSnapshot,
  type SuggestionSummary,
  type SuggestionUnitStatistics,
  type SuggestionView,
} from '@gov/contracts-supervision';
import type { HistoryLine } from '../../common/schema.repository.js';
import { dueView } from './due-date.js';
import type { SuggestionAccess } from './suggestions.policy.js';
import type { AssignmentRow, CategoryRow, RuleRow, StatisticsRow, SuggestionChildren, SuggestionRow } from './suggestions.repository.js';
import { pendingSignersOf, rate, signersOf } from './suggestion-rules.js';
import { isAnswering } from './suggestion-assignments.js';

export function summaryOf(s: SuggestionRow): SuggestionSummary {
  return {
    id: s.id,
    kind: s.kind,
    session: s.session,
    meeting: s.meeting,
    number: s.number,
    proposer: s.proposer,
    coSigners: s.coSigners,
    title: s.title,
    content: s.content,
    handlingMode: s.handlingMode,
    status: s.status,
    mergedIntoId: s.mergedIntoId,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    createdBy: s.createdBy,
    updatedAt: s.updatedAt.toISOString(),
    updatedBy: s.updatedBy,
  };
}


export function ruleView(rule: RuleRow): SuggestionRuleView {
  return {
    id: rule.id,
    code: rule.code as SuggestionRuleCode,
    amount: rule.amount,
    unit: rule.unit as SuggestionPeriodUnit,
    effectiveFrom: rule.effectiveFrom,
    source: rule.source,
    ruleVersion: rule.ruleVersion,
    createdAt: rule.createdAt.toISOString(),
    createdBy: rule.createdBy,
  };
}

export function categoryView(c: CategoryRow): AnswerCategoryView {
  return { id: c.id, code: c.code, label: c.label, description: c.description, effectiveFrom: c.effectiveFrom, effectiveTo: c.effectiveTo, source: c.source, sortOrder: c.sortOrder, version: c.version };
}

export function emptyStatistics(): StatisticsRow {
  return { unitId: null, unitName: null, assigned: 0, replied: 0, feedbackReceived: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, categories: {} };
}

export function statisticsView(row: StatisticsRow): SuggestionUnitStatistics {
  return {
    ...row,
    replyRate: rate(row.replied, row.assigned),
    satisfactionRate: rate(row.satisfied + row.basicallySatisfied, row.feedbackReceived),
  };
}

/** The detail of a suggestion as its reader may see it. */
export function suggestionView(
  suggestion: SuggestionRow,
  assignments: AssignmentRow[],
  { children, history, names, merged }: { children: SuggestionChildren; history: HistoryLine[]; names: Map<string, string>; merged: SuggestionRow[] },
  access: SuggestionAccess,
  today: string,
): SuggestionView {
  const hostUnit = assignments.find((a) => a.role === 'host' && a.status !== 'returned')?.unitId;
  // 协办/会办 opinions go to the 主办: a liaison sees them when their unit is the 主办, or their own.
  const opinions = access.kind === 'unit' && access.unitId !== hostUnit ? children.opinions.filter((o) => o.unitId === access.unitId) : children.opinions;
  return {
    ...summaryOf(suggestion),
    assignments: assignments.map((a): AssignmentView => ({
      id: a.id,
      unitId: a.unitId,
      unitName: names.get(a.unitId) ?? null,
      role: a.role,
      status: a.status,
      assignedOn: a.assignedOn,
      round: a.round,
      due: dueView({ dueDate: a.dueDate, provisional: a.dueProvisional, explanation: a.dueExplanation }, today, a.status === 'handling'),
      returnDue: dueView({ dueDate: a.returnDueDate, provisional: a.returnDueProvisional, explanation: a.returnDueExplanation }, today, false),
      extendedMonths: a.extendedMonths,
      extensionReason: a.extensionReason,
      returnReason: a.returnReason,
      rules: a.rules,
    })),
    opinions,
    replies: children.replies.map(({ assignmentId: _assignment, ...reply }) => reply),
    contacts: children.contacts,
    feedback: children.feedback.map(({ assignmentId: _assignment, ...feedback }) => feedback),
    signerAnswers: children.signerAnswers.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      round: a.round,
      signer: a.signer,
      answeredOn: a.answeredOn,
      answeredBy: a.answeredBy,
      method: a.method,
      satisfaction: a.satisfaction,
      satisfactionOn: a.satisfactionOn,
      satisfactionRecordedBy: a.satisfactionRecordedBy,
      createdAt: a.createdAt.toISOString(),
      createdBy: a.createdBy,
    })),
    pendingSigners: pendingSignersOf(
      signersOf(suggestion),
      assignments.filter((a) => a.status !== 'returned').map((a) => ({ id: a.id, unitId: a.unitId, round: a.round, status: a.status, answering: isAnswering(a.role) })),
      children.signerAnswers,
    ),
    mergedItems: merged.map((m) => ({ id: m.id, number: m.number, title: m.title, proposer: m.proposer, status: m.status })),
    timeline: history.map((h) => ({ action: h.action, note: h.note, at: new Date(h.at).toISOString(), by: h.by })),
  };
}

export function snapshotOf(s: SuggestionRow, unitIds: string[], action: string, unitId?: string): SuggestionSnapshot {
  return { id: s.id, kind: s.kind, number: s.number, title: s.title, status: s.status, unitIds, action, ...(unitId ? { unitId } : {}), version: s.version };
}
