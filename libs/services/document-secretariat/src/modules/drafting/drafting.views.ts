import type { CallerContext } from '@gov/contracts-common';
import {
  DRAFTING_STATUS_LABELS,
  RESEARCH_TOPIC_STATUS_LABELS,
  type DraftingTaskChanged,
  type DraftingTaskSummary,
  type ResearchTopicChanged,
  type ResearchTopicView,
} from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import type { TaskRow, TopicRow } from './drafting.repository.js';

export type Actor = Pick<CallerContext, 'userId' | 'username' | 'displayName'>;

export function uniqueReviewers(reviewers: { userId: string; name: string }[]): { userId: string; name: string }[] {
  const seen = new Set<string>();
  return reviewers.filter((r) => !seen.has(r.userId) && seen.add(r.userId)).map((r) => ({ userId: r.userId, name: r.name.trim() }));
}

export function taskSummary(row: TaskRow): DraftingTaskSummary {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    title: row.title,
    section: row.section,
    authorName: row.author_name,
    leaderName: row.leader_name,
    status: row.status,
    statusLabel: DRAFTING_STATUS_LABELS[row.status],
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    overdue: row.overdue,
    secrecyLevel: row.secrecy_level,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function taskChanged(row: TaskRow, action: string, actor: Actor): DraftingTaskChanged.Event {
  return {
    taskId: row.id,
    action,
    kind: row.kind,
    title: row.title,
    section: row.section,
    status: row.status,
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    overdue: row.overdue,
    secrecyLevel: row.secrecy_level,
    version: row.version,
    changedBy: actor.username,
  };
}

export function topicView(row: TopicRow): ResearchTopicView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    leadLeader: { userId: row.lead_leader_user_id, name: row.lead_leader_name, title: row.lead_leader_title },
    section: row.section,
    responsible: { userId: row.responsible_user_id, name: row.responsible_name },
    plannedQuarter: row.planned_quarter,
    status: row.status,
    statusLabel: RESEARCH_TOPIC_STATUS_LABELS[row.status],
    ...(row.report_task_id ? { reportTaskId: row.report_task_id } : {}),
    secrecyLevel: row.secrecy_level,
    ...auditOf(row),
  };
}

export function topicChanged(row: TopicRow, actor: Actor): ResearchTopicChanged.Event {
  return {
    topicId: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    ...(row.report_task_id ? { reportTaskId: row.report_task_id } : {}),
    version: row.version,
    changedBy: actor.username,
  };
}
