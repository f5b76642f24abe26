/**
 * The 值班室's other records as the gateway sends them (libs/contracts/duty-and-meetings): 值班批示, 舆情, 请销假 and the
 * leaders' calendars. Written by hand: the generated schema types nullable strings as `Record<string, never>`.
 */
export interface InstructionRelay {
  unitId: string;
  role: 'lead' | 'co';
  status: 'pending' | 'notified' | 'received';
  notifiedPerson: string | null;
  channel: string | null;
  notifiedAt: string | null;
  notifiedBy: string | null;
  receivedAt: string | null;
  receivedBy: string | null;
}

export interface DutyInstruction {
  id: string;
  version: number;
  sourceKind: 'duty_log' | 'urgent_matter' | 'public_opinion';
  sourceId: string;
  sourceTitle: string;
  leaderName: string;
  leaderTitle: string | null;
  text: string;
  instructedAt: string;
  dueDate: string | null;
  relays: InstructionRelay[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface OpinionItem {
  id: string;
  version: number;
  title: string;
  source: string;
  sourceDetail: string | null;
  level: string;
  summary: string;
  foundAt: string;
  status: string;
  unitId: string | null;
  assignedAt: string | null;
  responseDue: string | null;
  deadlineExplanation: string[];
  deadlineProvisional: boolean;
  response: string | null;
  respondedAt: string | null;
  respondedBy: string | null;
  reviewRemark: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  overdue: boolean;
  /** Clock-hour rules (重大舆情): the reply is due 24 hours after the report, the first response 5 hours after it. */
  responseDueAt: string | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  firstResponseOverdue: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface OpinionUnitStatistics {
  unitId: string;
  assigned: number;
  responded: number;
  onTime: number;
  overdue: number;
  averageResponseHours: number | null;
}

export interface LeaveRequest {
  id: string;
  unitId: string;
  unitName: string;
  personName: string;
  personTitle?: string | null;
  startsOn: string;
  endsOn: string;
  destination: string;
  reason: string;
  actingPersonName: string;
  status: string;
  overlapsWith: string[];
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  returnedOn: string | null;
  returnRecordedBy: string | null;
  withdrawReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface AgendaEntry {
  id: string;
  leaderUserId: string;
  leaderName: string;
  source: 'meeting' | 'activity' | 'reception' | 'leave';
  sourceId: string;
  title: string;
  location: string | null;
  startsAt: string;
  endsAt: string;
}

export interface Activity {
  id: string;
  kind: 'activity' | 'reception' | 'leave';
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  description: string | null;
  leaders: { userId: string; name: string }[];
  guests: { name: string; organization?: string; title?: string }[];
  programme: { at: string; item: string; location?: string }[];
  responsible: { name: string; duty: string; unitId?: string }[];
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  /** Scheduled by another section (外事办的外宾接待); null when 综合科 entered it. */
  source: { kind: string; kindLabel: string; id: string; version: number } | null;
  version: number;
  createdAt: string;
  createdBy: string;
}

export const INSTRUCTION_SOURCE_LABELS: Record<string, string> = { duty_log: '值班记录', urgent_matter: '紧急事项', public_opinion: '政务舆情' };
export const RELAY_STATUS_LABELS: Record<string, string> = { pending: '待传达', notified: '已传达', received: '已签收' };
export const RELAY_ROLE_LABELS: Record<string, string> = { lead: '牵头', co: '配合' };

export const OPINION_LEVEL_LABELS: Record<string, string> = { major: '重大', important: '较大', general: '一般' };
export const OPINION_SOURCE_LABELS: Record<string, string> = { online_media: '网络媒体', social_media: '社交平台', hotline: '12345 热线', superior: '上级转办', press: '报刊广电', other: '其他' };
export const OPINION_STATUS_LABELS: Record<string, string> = { collected: '已收集', assigned: '已交办', responded: '已回应', accepted: '审核通过', returned: '退回重新回应' };

export const LEAVE_STATUS_LABELS: Record<string, string> = { pending: '待审批', approved: '已批准', rejected: '未批准', returned: '已销假', withdrawn: '已撤回' };

export const AGENDA_SOURCE_LABELS: Record<string, string> = { meeting: '会议', activity: '政务活动', reception: '接待', leave: '请假外出' };
export const ACTIVITY_KIND_LABELS: Record<string, string> = { activity: '政务活动', reception: '接待', leave: '请假外出' };
export const ACTIVITY_STATUS_LABELS: Record<string, string> = { scheduled: '已安排', cancelled: '已取消' };

export const OPINION_CHANGE_LABELS: Record<string, string> = { status: '状态', unitId: '责任单位', responseDue: '回应期限', response: '回应情况', reviewRemark: '审核意见' };
export const LEAVE_CHANGE_LABELS: Record<string, string> = { status: '状态', startsOn: '离岗日期', endsOn: '结束日期', decisionComment: '审批意见', returnedOn: '返岗日期' };
export const INSTRUCTION_CHANGE_LABELS: Record<string, string> = { relays: '传达记录', text: '批示内容', dueDate: '办理期限' };
export const ACTIVITY_CHANGE_LABELS: Record<string, string> = { status: '状态', startsAt: '开始时间', endsAt: '结束时间', location: '地点', cancelReason: '取消原因' };
