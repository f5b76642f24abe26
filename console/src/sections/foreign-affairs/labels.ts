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
export const COMMITTEE_LABELS = { meetingStatus: { planned: '议题征集', notified: '已通知', held: '已召开', published: '已发布', withdrawn: '已撤回' }, meetingKind: { plenary: '全体会议', director: '主任会议', office: '办公室会议' }, reportStatus: { drafted: '起草中', approved: '已审定', sent: '已报送', withdrawn: '已撤回' }, reportKind: { work: '工作报告', special: '专题报告' }, recipient: { city_foreign_affairs_office: '市委外办', district_committee: '区委' } } as const satisfies Record<string, Record<string, string>>;

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

// 国际友好关系, 荣誉称号, 外事制度规则, 外事教育 (the views carry their own statusLabel/kindLabel; these are for filters and forms).
export const FRIENDSHIP_STATUS_LABELS: Record<string, string> = { intent: '意向', signed: '已签约', terminated: '已终止' };
export const FRIENDSHIP_KIND_LABELS: Record<string, string> = { sister_city: '友好城市', exchange_city: '友好交流城市', cooperation: '友好合作关系' };
export const PARTNER_TYPE_LABELS: Record<string, string> = { city: '城市', province: '省/州', organization: '组织' };
export const EXCHANGE_DIRECTION_LABELS: Record<string, string> = { outbound: '出访', inbound: '来访' };
export const HONORARY_TITLE_STATUS_LABELS: Record<string, string> = { proposed: '已提名', reviewed: '外事科已审核', approved: '已批准', conferred: '已授予', revoked: '已撤销', withdrawn: '已撤回' };
export const REGULATION_STATUS_LABELS: Record<string, string> = { in_force: '现行有效', repealed: '已废止' };
export const REGULATION_KIND_LABELS: Record<string, string> = { system: '制度', provision: '规定', measures: '办法' };
export const EDUCATION_KIND_LABELS: Record<string, string> = { discipline: '外事纪律教育', pre_departure: '行前教育', confidentiality: '保密教育' };
export const EDUCATION_STATUS_LABELS: Record<string, string> = { recorded: '已登记', withdrawn: '已撤回' };
export const FRIENDSHIP_CHANGE_LABELS: Record<string, string> = { status: '状态', partnerName: '友好方', kind: '关系类型', responsibleUnitName: '责任单位' };
export const HONORARY_TITLE_CHANGE_LABELS: Record<string, string> = { status: '状态', titleName: '称号', nomineeName: '被提名人' };
export const REGULATION_CHANGE_LABELS: Record<string, string> = { status: '状态', title: '标题', documentNumber: '文号', revision: '版次' };
export const EDUCATION_CHANGE_LABELS: Record<string, string> = { status: '状态', topic: '主题', heldOn: '日期' };
