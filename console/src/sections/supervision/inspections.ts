/** 督查 and 上级督查事项 as the gateway sends them (libs/contracts/supervision/src/inspections.ts): written by hand, see types.ts. */
export interface InspectionMember {
  name: string;
  identity: string;
  organisation?: string;
}

export interface InspectionConclusion {
  unitId: string;
  unitName: string | null;
  facts: string;
  conclusion: string;
  requirements?: string;
  fedBackAt: string;
  fedBackBy: string;
}

export interface InspectionTimelineEntry {
  action: string;
  note: string;
  at: string;
  by: string;
}

export interface Inspection {
  id: string;
  subject: string;
  scope: string;
  periodStart: string;
  periodEnd: string;
  basis: string;
  unitIds: string[];
  leaderName: string;
  members: InspectionMember[];
  status: string;
  approvedBy: string | null;
  approvedAt: string | null;
  conductedOn: string | null;
  withdrawalReason: string | null;
  conclusions: InspectionConclusion[];
  timeline: InspectionTimelineEntry[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface HigherInspection {
  id: string;
  level: string;
  title: string;
  reference: string | null;
  requirement: string;
  receivedOn: string;
  replyWorkingDays: number;
  due: { dueDate: string | null; provisional: boolean; explanation: string[] };
  light: string;
  lightReason: string;
  status: string;
  replyContent: string | null;
  draftedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  sentOn: string | null;
  sentBy: string | null;
  withdrawalReason: string | null;
  timeline: InspectionTimelineEntry[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export const INSPECTION_STATUS_LABELS: Record<string, string> = { draft: '方案拟定', approved: '方案已批准', conducted: '已实施', concluded: '已反馈结论', withdrawn: '已撤回' };
export const INSPECTION_MEMBER_IDENTITY_LABELS: Record<string, string> = { staff: '工作人员', npc_deputy: '人大代表', cppcc_member: '政协委员', counsellor: '参事', expert: '专家' };
export const HIGHER_INSPECTION_STATUS_LABELS: Record<string, string> = { received: '已接收', drafted: '答复已拟', approved: '答复已审定', sent: '已上报', withdrawn: '已撤回' };
export const HIGHER_LEVEL_LABELS: Record<string, string> = { state_council: '国务院', province: '省', city: '市' };

/** The services' timeline actions (their `action` codes) in Chinese; an unknown code is shown as it is. */
export const INSPECTION_TIMELINE_LABELS: Record<string, string> = {
  drafted: '拟定方案',
  updated: '修改方案',
  approved: '批准方案',
  conducted: '实施完毕',
  concluded: '反馈结论',
  withdrawn: '撤回',
  received: '接收',
  reply_drafted: '拟定答复',
  reply_approved: '审定答复',
  reply_sent: '上报答复',
  redated: '期限重新计算',
};

export const INSPECTION_CHANGE_LABELS: Record<string, string> = { status: '状态', subject: '督查事项', scope: '督查范围与内容', unitIds: '被督查单位', members: '督查组成员', conclusions: '督查结论', timeline: '办理过程' };
export const HIGHER_INSPECTION_CHANGE_LABELS: Record<string, string> = { status: '状态', replyContent: '答复内容', due: '答复期限', light: '灯色', timeline: '办理过程' };

/** "张三，人大代表，区人大常委会" per line → the 督查组 members (identity by its Chinese label; 工作人员 when left out). */
export function parseMembers(text: unknown): InspectionMember[] {
  const byLabel = Object.fromEntries(Object.entries(INSPECTION_MEMBER_IDENTITY_LABELS).map(([code, label]) => [label, code]));
  return String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, identity, organisation] = line.split(/[，,、\s]+/);
      return { name, identity: byLabel[identity ?? ''] ?? (identity || 'staff'), ...(organisation ? { organisation } : {}) };
    });
}
