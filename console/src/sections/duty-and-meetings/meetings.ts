/** The meeting as the gateway sends it (hand-written, see labels.ts), with its labels and timeline. */
import type { TimelineEntry } from '@/kit/types';

export const MEETING_STATUS_LABELS: Record<string, string> = {
  draft: '拟办',
  pending_approval: '报批中',
  approved: '已批准',
  rejected: '未获批准',
  notified: '已通知',
  held: '已召开',
  minutes_published: '纪要已印发',
  cancelled: '已取消',
};
export const MEETING_KIND_LABELS: Record<string, string> = { plenary: '区政府全体会议', executive: '区政府常务会议', mayor_office: '区长办公会议', special_topic: '专题会议', other: '其他会议' };
export const MEETING_CLASS_LABELS: Record<string, string> = { class_one: '一类会议', class_two: '二类会议', video: '视频会议', ordinary: '一般会议' };
export const APPROVER_LABELS: Record<string, string> = { district_leader: '区政府领导', office_leader: '办公室领导' };
export const ATTENDANCE_LABELS: Record<string, string> = { present: '出席', absent: '缺席', substitute: '代会' };
export const MEETING_CHANGE_LABELS: Record<string, string> = { status: '状态', startsAt: '开始时间', endsAt: '结束时间', topics: '议题', decisions: '议定事项', notices: '会议通知', attendance: '签到' };

export interface Meeting {
  id: string;
  kind: string;
  classCode: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  roomId: string | null;
  chair: { userId: string; name: string } | null;
  leaders: { userId: string; name: string }[];
  attendeeUnitIds: string[];
  status: string;
  requiresApproval: boolean;
  approverRole: string;
  approvedBy: string | null;
  approvedAt: string | null;
  approvalComment: string | null;
  noticeText: string | null;
  notifiedAt: string | null;
  minutesNumber: string | null;
  minutesSummary: string | null;
  minutesPublishedAt: string | null;
  cancelReason: string | null;
  notices: { revision: number; text: string; unitIds: string[]; removedUnitIds: string[]; reason: string | null; sentAt: string; sentBy: string }[];
  topics: { id: string; sequence: number; title: string; presenterName: string; presenterUnitId: string | null }[];
  attendance: { name: string; unitId: string | null; status: string; absenceReason: string | null; substituteName: string | null; recordedAt: string; recordedBy: string }[];
  decisions: { id: string; sequence: number; content: string; leadUnitId: string; coUnitIds: string[]; dueDate: string | null; dueWorkingDays: number | null; dueExplanation: string[]; dueProvisional: boolean; publishedAt: string | null }[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** 办理过程 of a meeting from its own dates (拟办 → 报批/审批 → 通知 → 纪要), newest first. */
export function meetingTimeline(m: Meeting): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ at: m.createdAt, title: '拟办（新建会议）', actor: m.createdBy, type: 'primary' }];
  if (m.approvedAt) entries.push({ at: m.approvedAt, title: m.status === 'rejected' ? '审批：不批准' : '审批：批准', actor: m.approvedBy, note: m.approvalComment, type: m.status === 'rejected' ? 'danger' : 'success' });
  for (const notice of m.notices) entries.push({ at: notice.sentAt, title: notice.revision === 1 ? '发会议通知' : `发变更通知（第 ${notice.revision} 次）`, actor: notice.sentBy, note: notice.reason ?? notice.text, type: 'primary' });
  if (m.minutesPublishedAt) entries.push({ at: m.minutesPublishedAt, title: `印发会议纪要${m.minutesNumber ? ` ${m.minutesNumber}` : ''}`, note: `议定事项 ${m.decisions.length} 项已推送督查立项`, type: 'success' });
  if (m.status === 'cancelled') entries.push({ at: m.updatedAt, title: '取消会议', actor: m.updatedBy, note: m.cancelReason, type: 'warning' });
  if (m.status === 'pending_approval' && !m.approvedAt) entries.push({ at: m.updatedAt, title: '报批', actor: m.updatedBy, note: `待${APPROVER_LABELS[m.approverRole] ?? ''}审批`, type: 'warning' });
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
