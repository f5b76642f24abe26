import { ASSISTANCE_REQUEST_STATUS_LABELS, REQUESTER_KIND_LABELS, type AssistanceRequestSnapshot, type AssistanceRequestView } from '@gov/contracts-disclosure';
import type { AssistanceRequestRow } from './assistance-requests.repository.js';
import { isOverdue } from './assistance-requests.rules.js';

/** Row → view (a 协助调查件 holds no personal data of its own: the applicant's stays in the linked case). */
export function toAssistanceRequestView(row: AssistanceRequestRow, today: string): AssistanceRequestView {
  return {
    id: row.id,
    requesterKind: row.requesterKind,
    requesterKindLabel: REQUESTER_KIND_LABELS[row.requesterKind],
    requester: row.requester,
    documentNumber: row.documentNumber,
    receivedOn: row.receivedOn,
    title: row.title,
    matter: row.matter,
    applicationId: row.applicationId,
    handler: row.handler,
    statedDueOn: row.statedDueOn,
    workingDays: row.workingDays,
    dueDate: row.dueDate,
    dueExplanation: row.dueExplanation,
    status: row.status,
    statusLabel: ASSISTANCE_REQUEST_STATUS_LABELS[row.status],
    repliedOn: row.repliedOn,
    replyText: row.replyText,
    replyAttachments: row.replyAttachments,
    repliedBy: row.repliedBy,
    overdue: isOverdue(row, today),
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: AssistanceRequestRow): AssistanceRequestSnapshot {
  return { id: row.id, requesterKind: row.requesterKind, title: row.title, status: row.status, dueDate: row.dueDate, version: row.version };
}
