/** Chinese labels of supervision's codes (the same as the contract's *_LABELS). */
export const ITEM_KIND_LABELS: Record<string, string> = {
  leader_instruction: '领导批示',
  meeting_decision: '会议议定事项',
  work_report_task: '政府工作报告任务',
  higher_assignment: '上级交办',
  special_inspection: '专项督查',
  duty_instruction: '值班批示',
};

export const ITEM_STATUS_LABELS: Record<string, string> = {
  needs_unit_resolution: '待确认责任单位',
  assigned: '已交办待签收',
  acknowledged: '已签收',
  in_progress: '办理中',
  completion_reported: '已报办结待审核',
  closed: '已销号',
  withdrawn: '已撤销',
};

export const TIMELINE_LABELS: Record<string, string> = {
  registered: '立项',
  assigned: '交办',
  acknowledged: '签收',
  feedback: '反馈进展',
  co_input: '配合单位意见',
  extension_requested: '申请延期',
  extension_approved: '同意延期',
  extension_rejected: '不同意延期',
  completion_reported: '报办结',
  closed: '审核销号',
  sent_back: '退回',
  light_changed: '灯色变化',
  withdrawn: '撤销',
  units_resolved: '确认责任单位',
};

export const LIGHT_OPTIONS = [
  { value: 'red', label: '红灯' },
  { value: 'yellow', label: '黄灯' },
  { value: 'green', label: '绿灯' },
  { value: 'none', label: '不预警' },
];

export const EXTENSION_STATUS_LABELS: Record<string, string> = { pending: '待审批', approved: '已同意', rejected: '不同意' };

/** Labels of the fields a stale-edit dialog compares. */
export const ITEM_CHANGE_LABELS: Record<string, string> = {
  status: '状态',
  light: '灯色',
  title: '事项名称',
  content: '内容和要求',
  leadUnitId: '主责单位',
  coUnitIds: '配合单位',
  due: '办理期限',
  feedback: '反馈',
  extensions: '延期申请',
  timeline: '办理过程',
};

export function options(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
