import type { MeetingClassRuleView, MeetingView } from '@gov/contracts-duty-and-meetings';
import type { SourceItemView } from '@gov/contracts-supervision';
import type { AttendanceRow, ClassRuleRow, DecisionRow, MeetingRow, NoticeRow, TopicRow } from './meetings.repository.js';

/** What `MeetingsRepository.findChildren` reads of some meetings. */
export interface MeetingChildren {
  notices: NoticeRow[];
  topics: TopicRow[];
  attendance: AttendanceRow[];
  decisions: DecisionRow[];
}

/** A meeting with its notices, topics, attendance and decided items (`children` may hold other meetings' too). */
export function meetingView(row: MeetingRow, { notices, topics, attendance, decisions }: MeetingChildren, items: ReadonlyMap<string, SourceItemView> = new Map()): MeetingView {
  return {
    id: row.id,
    kind: row.kind,
    classCode: row.class_code,
    classRuleId: row.class_rule_id,
    requiresApproval: row.requires_approval,
    approverRole: row.approver_role,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    ...(row.location ? { location: row.location } : {}),
    ...(row.room_id ? { roomId: row.room_id } : {}),
    roomBookingId: row.room_booking_id,
    ...(row.chair ? { chair: row.chair } : {}),
    leaders: row.leaders,
    attendeeUnitIds: row.attendee_unit_ids,
    secrecyLevel: row.secrecy_level,
    status: row.status,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvalComment: row.approval_comment,
    noticeText: row.notice_text,
    notifiedAt: row.notified_at?.toISOString() ?? null,
    minutesNumber: row.minutes_number,
    minutesSummary: row.minutes_summary,
    minutesPublishedAt: row.minutes_published_at?.toISOString() ?? null,
    cancelReason: row.cancel_reason,
    notices: notices
      .filter((n) => n.meeting_id === row.id)
      .map((n) => ({
        revision: n.revision,
        text: n.text,
        unitIds: n.unit_ids,
        removedUnitIds: n.removed_unit_ids,
        reason: n.reason,
        sentAt: n.sent_at.toISOString(),
        sentBy: n.sent_by,
      })),
    topics: topics
      .filter((t) => t.meeting_id === row.id)
      .map((t) => ({ id: t.id, sequence: t.sequence, title: t.title, presenterName: t.presenter_name, presenterUnitId: t.presenter_unit_id })),
    attendance: attendance
      .filter((a) => a.meeting_id === row.id)
      .map((a) => ({
        name: a.name,
        unitId: a.unit_id,
        status: a.status,
        absenceReason: a.absence_reason,
        substituteName: a.substitute_name,
        recordedAt: a.recorded_at.toISOString(),
        recordedBy: a.recorded_by,
      })),
    decisions: decisions
      .filter((d) => d.meeting_id === row.id)
      .map((d) => ({
        id: d.id,
        sequence: d.sequence,
        content: d.content,
        leadUnitId: d.lead_unit_id,
        coUnitIds: d.co_unit_ids,
        dueDate: d.due_date,
        dueWorkingDays: d.due_working_days,
        dueExplanation: d.due_explanation,
        dueProvisional: d.due_provisional,
        publishedAt: d.published_at?.toISOString() ?? null,
        ...(items.has(d.id) ? { supervision: items.get(d.id) } : {}),
      })),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

export function classView(row: ClassRuleRow): MeetingClassRuleView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    requiresApproval: row.requires_approval,
    approverRole: row.approver_role,
    effectiveFrom: row.effective_from,
    source: row.source,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}
