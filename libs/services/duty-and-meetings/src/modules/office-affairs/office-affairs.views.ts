import type {
  OfficeAffairsHistoryEntry,
  OfficeMeetingSnapshot,
  OfficeMeetingView,
  OfficeRuleSnapshot,
  OfficeRuleVersionView,
  OfficeRuleView,
  PublicitySnapshot,
  PublicityView,
  WorkPlanItemView,
  WorkPlanSnapshot,
} from '@gov/contracts-duty-and-meetings';
import type { OfficeMeetingRow, OfficeRuleRow, OfficeRuleVersionRow, PublicityRow, WorkPlanRow } from './office-affairs.repository.js';
import { isWorkPlanOverdue } from './office-affairs.rules.js';

// Row → view. None of these records holds personal data (names of office staff only), so nothing is masked.

const stamp = (row: { version: number; createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string }) => ({
  version: row.version,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy,
  updatedAt: new Date(row.updatedAt).toISOString(),
  updatedBy: row.updatedBy,
});

export function toOfficeMeetingView(row: OfficeMeetingRow, history: OfficeAffairsHistoryEntry[]): OfficeMeetingView {
  return {
    id: row.id,
    title: row.title,
    meetingDate: row.meetingDate,
    place: row.place,
    chairName: row.chairName,
    attendees: row.attendees,
    absentees: row.absentees,
    topics: row.topics,
    status: row.status,
    minutesNumber: row.minutesNumber,
    minutes: row.minutes,
    decisions: row.decisions,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    history,
    ...stamp(row),
  };
}

export function meetingSnapshotOf(row: OfficeMeetingRow): OfficeMeetingSnapshot {
  return { id: row.id, title: row.title, meetingDate: row.meetingDate, status: row.status, version: row.version };
}

export function toWorkPlanItemView(row: WorkPlanRow, today: string): WorkPlanItemView {
  return {
    id: row.id,
    year: row.year,
    month: row.month,
    content: row.content,
    sectionCode: row.sectionCode,
    dueDate: row.dueDate,
    status: row.status,
    overdue: isWorkPlanOverdue(row.status, row.dueDate, today),
    progress: row.progress,
    ...stamp(row),
  };
}

export function workPlanSnapshotOf(row: WorkPlanRow): WorkPlanSnapshot {
  return { id: row.id, year: row.year, sectionCode: row.sectionCode, status: row.status, version: row.version };
}

function toRuleVersionView(v: OfficeRuleVersionRow): OfficeRuleVersionView {
  return { versionNo: v.versionNo, content: v.content, effectiveDate: v.effectiveDate, documentNumber: v.documentNumber, note: v.note, createdAt: new Date(v.createdAt).toISOString(), createdBy: v.createdBy };
}

export function toOfficeRuleView(row: OfficeRuleRow, versions: OfficeRuleVersionRow[]): OfficeRuleView {
  const all = versions.map(toRuleVersionView);
  return { id: row.id, title: row.title, status: row.status, current: all[all.length - 1], versions: all, repealReason: row.repealReason, ...stamp(row) };
}

export function ruleSnapshotOf(row: OfficeRuleRow, versionNo: number): OfficeRuleSnapshot {
  return { id: row.id, title: row.title, status: row.status, versionNo, version: row.version };
}

export function toPublicityView(row: PublicityRow): PublicityView {
  return {
    id: row.id,
    publishedOn: row.publishedOn,
    title: row.title,
    outlet: row.outlet,
    level: row.level,
    kind: row.kind,
    sectionCode: row.sectionCode,
    ...(row.link ? { link: row.link } : {}),
    status: row.status,
    voidReason: row.voidReason,
    ...stamp(row),
  };
}

export function publicitySnapshotOf(row: PublicityRow): PublicitySnapshot {
  return { id: row.id, publishedOn: row.publishedOn, level: row.level, sectionCode: row.sectionCode, status: row.status, version: row.version };
}
