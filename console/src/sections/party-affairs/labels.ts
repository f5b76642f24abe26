export const BRANCH_KIND_LABELS: Record<string, string> = { general: '党总支', branch: '党支部' };
export const BRANCH_STATUS_LABELS: Record<string, string> = { active: '正常', withdrawn: '已撤销' };
export const TERM_STATE_LABELS: Record<string, string> = { normal: '任期内', reminder: '换届提醒', expired: '任期已满' };
export const TERM_LIGHT: Record<string, string> = { normal: 'green', reminder: 'yellow', expired: 'red' };
export const ELECTION_STAGE_LABELS: Record<string, string> = { requested: '已请示待批复', approved: '已批复待选举', elected: '已选举待报告', reported: '已报告' };
export const ELECTION_ENTRY_LABELS: Record<string, string> = { request: '换届请示', approval: '上级批复', election: '换届选举', report: '选举结果报告', extension: '延期换届' };
export const POST_LABELS: Record<string, string> = { secretary: '书记', deputy_secretary: '副书记', organisation: '组织委员', publicity: '宣传委员', discipline: '纪检委员', youth: '青年委员', member: '委员' };
export const STAGE_LABELS: Record<string, string> = { applicant: '入党申请人', activist: '入党积极分子', candidate: '发展对象', probationary: '预备党员', full: '正式党员' };
export const MEMBER_STATUS_LABELS: Record<string, string> = { active: '在册', transferred_out: '已转出', withdrawn: '已撤销' };
export const GENDER_LABELS: Record<string, string> = { male: '男', female: '女' };
export const DUES_CATEGORY_LABELS: Record<string, string> = { in_service: '在职', retired: '离退休', student: '学生', low_income: '生活困难' };
export const STEP_LABELS: Record<string, string> = {
  talk: '同入党申请人谈话',
  activist: '确定为入党积极分子',
  candidate: '列为发展对象',
  admit: '支部大会接收为预备党员',
  approve: '上级党委审批',
  extend: '延长预备期',
  full: '预备党员转正',
};
export const MEETING_KIND_LABELS: Record<string, string> = {
  party_congress: '党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
  life_meeting: '组织生活会',
  appraisal: '民主评议党员',
  heart_talk: '谈心谈话',
};
export const MEETING_STATUS_LABELS: Record<string, string> = { recorded: '已登记', withdrawn: '已撤回' };
export const COMPLIANCE_LIGHT_LABELS: Record<string, string> = { green: '已召开', yellow: '本期待召开', red: '逾期未召开', grey: '未到期' };

export function options(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** 分 → "81.00". */
export function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** "5400" or "5400.5" (元) → 分; undefined when not a money amount. */
export function fenOf(value: unknown): number | undefined {
  const text = String(value ?? '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole, part = ''] = text.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

export const REDUCTION_KIND_LABELS: Record<string, string> = { reduce: '减交', exempt: '免交' };
export const REDUCTION_STATUS_LABELS: Record<string, string> = { requested: '已申请', branch_decided: '支部已研究', in_force: '已批准生效', refused: '未批准', withdrawn: '已撤回' };
export const TALK_KIND_LABELS: Record<string, string> = { reminder: '提醒谈话', admonition: '诫勉谈话', integrity: '廉政谈话' };
export const CLUE_STATUS_LABELS: Record<string, string> = { registered: '已登记', checking: '初核中', disposed: '已处置', closed: '已办结' };
export const CLUE_DISPOSITION_LABELS: Record<string, string> = { concluded: '予以了结', inquiry: '谈话函询', verification: '初步核实', transferred: '立案移送' };
export const HELP_KIND_LABELS: Record<string, string> = { funds: '资金', materials: '物资', project: '项目', other: '其他' };
export const PAIRING_TARGET_KIND_LABELS: Record<string, string> = { village: '村', community: '社区', household: '户' };
