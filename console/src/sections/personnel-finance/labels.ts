export const STAFF_STATUS_LABELS: Record<string, string> = { active: '在职', retired: '已退休', withdrawn: '已撤回' };
export const CATEGORY_LABELS: Record<string, string> = { civil_servant: '公务员', managed: '参照公务员法管理', institution: '事业编制', worker: '工勤编制' };
export const GENDER_LABELS: Record<string, string> = { male: '男', female: '女' };
export const ASSESSMENT_STATUS_LABELS: Record<string, string> = { open: '评定中', finalized: '已定等次', withdrawn: '已撤回' };
export const GRADE_LABELS: Record<string, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };
export const CLAIM_STATUS_LABELS: Record<string, string> = { draft: '待提交', submitted: '审批中', returned: '已退回', approved: '已审批', paid: '已支付', withdrawn: '已撤回' };
export const EXPENSE_KIND_LABELS: Record<string, string> = {
  office: '办公费',
  printing: '印刷费',
  consulting: '咨询费',
  handling_fee: '手续费',
  water_power: '水电费',
  post_telecom: '邮电费',
  property_management: '物业管理费',
  travel: '差旅费',
  maintenance: '维修（护）费',
  rental: '租赁费',
  meeting: '会议费',
  training: '培训费',
  reception: '公务接待费',
  special_materials: '专用材料费',
  vehicle_operation: '公务用车运行维护费',
  other_transport: '其他交通费用',
  other_labour: '劳务费',
  other: '其他',
};
/** The 16 kinds of the 公务卡 compulsory-settlement list (财库〔2011〕160号): the form warns before the service refuses. */
export const OFFICIAL_CARD_KINDS = Object.keys(EXPENSE_KIND_LABELS).filter((k) => k !== 'other_labour' && k !== 'other');
export const PAYMENT_METHOD_LABELS: Record<string, string> = { official_card: '公务卡', transfer: '银行转账', cash: '现金' };
export const APPROVAL_LEVEL_LABELS: Record<string, string> = { section_chief: '财务科科长审核', deputy_director: '分管副主任审批', director: '办公室主任审批' };
export const PAYSLIP_STATUS_LABELS: Record<string, string> = { computed: '待确认', confirmed: '已确认', withdrawn: '已撤回' };

export function options(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** 分 → ¥ with two decimals (integers only, no float arithmetic on money). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥ typed in a form (e.g. "1234.5") → 分, exactly, from the text (never through a float multiplication). */
export function fenOf(text: unknown): number | null {
  const match = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(String(text ?? ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
export const MEETING_KIND_LABELS: Record<string, string> = { party_group: '党组会', director_office: '主任办公会' };
export const MEETING_STATUS_LABELS: Record<string, string> = { planned: '议题征集', notified: '已通知', held: '已召开', published: '已发布', withdrawn: '已撤回' };
export const ESTABLISHMENT_KIND_LABELS: Record<string, string> = { administrative: '行政编制', managed: '参照公务员法管理', institution: '事业编制', worker: '工勤编制' };
export const ESTABLISHMENT_LEVEL_LABELS: Record<string, string> = { principal_section: '正科级', deputy_section: '副科级', unit_chief: '股级', general: '一般工作人员' };
export const ESTABLISHMENT_STATUS_LABELS: Record<string, string> = { in_force: '有效', withdrawn: '已撤回' };
export const CADRE_SELECTION_STATUS_LABELS: Record<string, string> = {
  proposed: '已动议',
  recommended: '已民主推荐',
  inspected: '已考察',
  decided: '已讨论决定',
  publicizing: '任前公示中',
  appointed: '已任职',
  withdrawn: '已撤回',
};
export const OBJECTION_OUTCOME_LABELS: Record<string, string> = { unfounded: '经核查不属实', not_affecting: '属实但不影响任职', blocking: '属实且影响任职' };
export const GROUP_SESSION_KIND_LABELS: Record<string, string> = { central_group_study: '中心组学习', democratic_life: '民主生活会' };
export const GROUP_SESSION_STATUS_LABELS: Record<string, string> = { planned: '筹备中', held: '已召开', rectified: '整改完成', withdrawn: '已撤回' };
export const PREPARATION_STEP_LABELS: Record<string, string> = { study: '会前学习研讨', solicit: '广泛征求意见', talks: '开展谈心谈话', materials: '撰写对照检查材料' };
