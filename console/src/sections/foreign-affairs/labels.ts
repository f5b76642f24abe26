export const TRIP_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已报送',
  reviewed: '外事科已审核',
  approved: '已批准',
  publicized: '公示中',
  departed: '已出访',
  returned: '已回国',
  reported: '已报告',
  withdrawn: '已撤回',
};
export const REGION_LABELS: Record<string, string> = { latin_america: '拉美', africa: '非洲', other: '其他地区' };
export const MEMBER_ROLE_LABELS: Record<string, string> = { delegate: '团员', interpreter: '翻译', spouse: '配偶', child: '子女' };
export const RECEPTION_STATUS_LABELS: Record<string, string> = { planned: '计划中', scheduled: '已安排', held: '已接待', withdrawn: '已撤回' };
export const PROTOCOL_LEVEL_LABELS: Record<string, string> = { party: '党宾', state: '国宾', important: '重要外宾', general: '一般外宾' };
export const INCIDENT_STATUS_LABELS: Record<string, string> = { open: '处置中', closed: '已结案', withdrawn: '已撤回' };
export const INCIDENT_KIND_LABELS: Record<string, string> = { incident: '涉外案事件', consular: '领事保护' };
export const INCIDENT_LEVEL_LABELS: Record<string, string> = { especially_major: '特别重大', major: '重大', large: '较大', general: '一般' };
export const REPORT_STAGE_LABELS: Record<string, string> = { initial: '初报', follow_up: '续报', final: '终报' };

/** Label map → select options. */
export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 分 → "1,234.56 元" (integers only). */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100).toLocaleString('zh-CN');
  return `${whole}.${String(fen % 100).padStart(2, '0')} 元`;
}

/** The labels of the record-change messages (useRecord). */
export const TRIP_CHANGE_LABELS: Record<string, string> = { status: '状态', title: '团组名称', departureDate: '出境日期', returnDate: '入境日期', publicityEndsOn: '公示期满日', reportDueOn: '报告期限' };
export const RECEPTION_CHANGE_LABELS: Record<string, string> = { status: '状态', title: '接待名称', startsAt: '开始时间', endsAt: '结束时间', location: '地点' };
export const INCIDENT_CHANGE_LABELS: Record<string, string> = { status: '状态', title: '事件名称', level: '等级' };
