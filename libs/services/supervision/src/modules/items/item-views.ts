import { sourceKindLabel, type SupervisionItemDetail, type SupervisionItemSnapshot, type SupervisionItemView } from '@gov/contracts-supervision';
import { stricterLinkedDeadline } from '../warnings/traffic-light.js';
import type { ExtensionRow, FeedbackRow, ItemRow, MilestoneRow, RoutingDeadlineRow, TimelineRow } from './items.repository.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function snapshotOf(item: ItemRow): SupervisionItemSnapshot {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    status: item.status,
    sourceKind: item.sourceKind,
    sourceId: item.sourceId,
    leadUnitId: item.leadUnitId,
    coUnitIds: item.coUnitIds,
    dueDate: item.dueDate,
    light: item.light,
    leaderName: item.leaderName,
    version: item.version,
  };
}

export function itemView(item: ItemRow): SupervisionItemView {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    content: item.content,
    year: item.year,
    source: {
      kind: item.sourceKind,
      kindLabel: sourceKindLabel(item.sourceKind),
      id: item.sourceId,
      parentKind: item.sourceParentKind,
      parentId: item.sourceParentId,
      title: item.sourceTitle,
      reference: item.sourceReference,
    },
    leaderName: item.leaderName,
    leaderTitle: item.leaderTitle,
    leadUnitId: item.leadUnitId,
    coUnitIds: item.coUnitIds,
    unresolvedUnitIds: item.unresolvedUnitIds,
    status: item.status,
    secrecyLevel: item.secrecyLevel,
    due: { dueDate: item.dueDate, basis: item.dueBasis, provisional: item.dueProvisional, explanation: item.dueExplanation },
    light: item.light,
    lightReason: item.lightReason,
    lightChangedAt: iso(item.lightChangedAt),
    registeredAt: item.registeredAt.toISOString(),
    assignedAt: iso(item.assignedAt),
    acknowledgedAt: iso(item.acknowledgedAt),
    lastFeedbackAt: iso(item.lastFeedbackAt),
    completionReportedAt: iso(item.completionReportedAt),
    closedAt: iso(item.closedAt),
    withdrawnAt: iso(item.withdrawnAt),
    withdrawnBy: item.withdrawnBy,
    withdrawalReason: item.withdrawalReason,
    sentBackCount: item.sentBackCount,
    version: item.version,
    createdAt: item.createdAt.toISOString(),
    createdBy: item.createdBy,
    updatedAt: item.updatedAt.toISOString(),
    updatedBy: item.updatedBy,
  };
}

export function itemDetail(
  item: ItemRow,
  milestones: MilestoneRow[],
  feedback: FeedbackRow[],
  extensions: ExtensionRow[],
  timeline: TimelineRow[],
  routings: RoutingDeadlineRow[],
): SupervisionItemDetail {
  const dated = routings.flatMap((r) => (r.routingDueDate ? [{ unitName: r.unitName, dueDate: r.routingDueDate, routingId: r.routingId }] : []));
  const stricter = stricterLinkedDeadline(item.dueDate, dated) as (typeof dated)[number] | null;
  return {
    ...itemView(item),
    linkedRoutings: routings.map((r) => ({
      routingId: r.routingId,
      incomingId: r.incomingId,
      incomingTitle: r.incomingTitle,
      unitId: r.unitId,
      unitName: r.unitName,
      routingDueDate: r.routingDueDate,
      stricter: stricter?.routingId === r.routingId,
      explanation: r.explanation,
    })),
    milestones: milestones.map((m) => ({ id: m.id, sequence: m.sequence, quarter: m.quarter, target: m.target, dueDate: m.dueDate, dueExplanation: m.dueExplanation, reportedAt: iso(m.reportedAt) })),
    // A completion report is kept with the feedback; clients see it as progress of the lead unit.
    feedback: feedback.map((f) => ({ id: f.id, kind: f.kind === 'co_input' ? 'co_input' : 'progress', milestoneId: f.milestoneId, unitId: f.unitId, content: f.content, reportedBy: f.reportedBy, reportedAt: f.reportedAt.toISOString() })),
    extensions: extensions.map((e) => ({
      id: e.id,
      unitId: e.unitId,
      workingDays: e.workingDays,
      reason: e.reason,
      status: e.status,
      requestedBy: e.requestedBy,
      requestedAt: e.requestedAt.toISOString(),
      decidedBy: e.decidedBy,
      decidedAt: iso(e.decidedAt),
      decisionNote: e.decisionNote,
      dueBefore: e.dueBefore,
      dueAfter: e.dueAfter,
    })),
    timeline: timeline.map((t) => ({ action: t.action, fromStatus: t.fromStatus, toStatus: t.toStatus, note: t.note, actor: t.actor, at: t.at.toISOString() })),
  };
}
