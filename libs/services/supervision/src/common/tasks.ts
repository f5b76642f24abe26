import { ANSWERING_ROLES, ASSIGNMENT_ROLE_LABELS } from '@gov/contracts-supervision';
import type { TaskChange, WaitingStep } from '@gov/platform';
import type { ItemRow } from '../modules/items/items.repository.js';
import type { AssignmentRow, SuggestionRow } from '../modules/suggestions/suggestions.repository.js';

/**
 * What a supervision record waits on in its state, for the 待办 list (`publishTaskChanges` of `@gov/platform` turns the
 * lists before and after a step into task opened/closed events).
 */

/** 督办事项: the lead unit signs for it (签收), reports progress until completion (报告), then 督查室 verifies (核实销号). */
export function itemTasks(item: ItemRow): WaitingStep[] {
  const common = {
    link: `/supervision/items/${item.id}`,
    clearance: item.secrecyLevel,
    deadline: { ...(item.dueDate ? { date: item.dueDate } : {}), ...(item.dueExplanation.length ? { explanation: item.dueExplanation.join('；') } : {}) },
  };
  const unit = item.leadUnitId ? { type: 'unit' as const, id: item.leadUnitId } : null;
  switch (item.status) {
    case 'assigned':
      return unit ? [{ ...common, step: 'acknowledge', kind: 'supervision_acknowledge', title: `签收督办事项：${item.title}`, assignee: unit }] : [];
    case 'acknowledged':
    case 'in_progress':
      return unit ? [{ ...common, step: 'report', kind: 'supervision_report', title: `报告督办事项办理情况：${item.title}`, assignee: unit }] : [];
    case 'completion_reported':
      return [{ ...common, step: 'verify', kind: 'supervision_verify', title: `审核督办事项办结情况：${item.title}`, assignee: { type: 'role', id: 'section_staff' }, section: 'ducha' }];
    default:
      return [];
  }
}

/** 建议提案: each unit still handling answers (主办、分办) or gives its opinion to the host unit (协办、会办). */
export function suggestionTasks(suggestion: SuggestionRow, assignments: readonly AssignmentRow[]): WaitingStep[] {
  if (suggestion.status === 'withdrawn' || suggestion.status === 'closed') return [];
  return assignments
    .filter((a) => a.status === 'handling')
    .map((a) => ({
      step: `reply-${a.round}`,
      kind: 'suggestion_reply' as const,
      title: ANSWERING_ROLES.includes(a.role)
        ? `答复${ASSIGNMENT_ROLE_LABELS[a.role]}建议提案 ${suggestion.number}：${suggestion.title}`
        : `向主办单位提交${ASSIGNMENT_ROLE_LABELS[a.role]}意见 ${suggestion.number}：${suggestion.title}`,
      assignee: { type: 'unit' as const, id: a.unitId },
      deadline: { ...(a.dueDate ? { date: a.dueDate } : {}), ...(a.dueExplanation.length ? { explanation: a.dueExplanation.join('；') } : {}) },
      link: `/suggestions/${suggestion.id}`,
    }));
}

/** The 待办 change of one step of an item (`before` null for a new one): closed tasks are returned (退回) when 督查室 sends a completion back. */
export function itemTaskChange(before: ItemRow | null, after: ItemRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : before?.status === 'completion_reported' && after.status === 'in_progress' ? 'returned' : 'done';
  return { app: 'supervision', record: { type: 'supervision-item', id: after.id }, before: before ? itemTasks(before) : [], after: itemTasks(after), version: after.version, by, outcome };
}

/** The 待办 change of one step of a suggestion, from what it waited on before the step. */
export function suggestionTaskChange(before: readonly WaitingStep[], suggestion: SuggestionRow, assignments: readonly AssignmentRow[], by?: string): TaskChange {
  const outcome = suggestion.status === 'withdrawn' ? 'withdrawn' : 'done';
  return { app: 'supervision', record: { type: 'suggestion', id: suggestion.id }, before, after: suggestionTasks(suggestion, assignments), version: suggestion.version, by, outcome };
}
