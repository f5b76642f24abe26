/** Chinese labels of the administrators' codes (the same as libs/contracts/gateway's and contracts-common's). */
export const ROLE_LABELS: Record<string, string> = {
  sys_admin: '系统管理员',
  sec_admin: '安全保密管理员',
  audit_admin: '安全审计员',
  district_leader: '区政府领导',
  office_leader: '办公室领导',
  section_chief: '科长',
  section_staff: '科室工作人员',
  unit_liaison: '单位联络员',
};

/** The roles the security administrator may assign (BUSINESS_ROLES): never the three administrators. */
export const BUSINESS_ROLES = ['district_leader', 'office_leader', 'section_chief', 'section_staff', 'unit_liaison'] as const;

export const CLEARANCE_LABELS: Record<number, string> = { 0: '非密', 1: '秘密', 2: '机密', 3: '绝密' };

export const ACCOUNT_STATUS_LABELS: Record<string, string> = { active: '正常', disabled: '已停用' };

export const AUDIT_OUTCOME_LABELS: Record<string, string> = { success: '成功', failure: '失败', pending: '操作意图' };

export const DEAD_LETTER_STATUS_LABELS: Record<string, string> = { open: '待处理', replayed: '已重放' };

export const WEBHOOK_STATE_LABELS: Record<string, string> = { active: '启用', paused: '已暂停', retired: '已停用' };

/** The services (SERVICE_NAMES) with the section each serves. */
export const SERVICE_LABELS: Record<string, string> = {
  'duty-and-meetings': '值班与会务（综合科）',
  'document-secretariat': '公文办理（文秘科）',
  supervision: '督查督办（督查室）',
  information: '信息（信息科）',
  disclosure: '政务公开（政务公开科）',
  'foreign-affairs': '外事（外事科）',
  'facilities-and-vehicles': '机关事务与公务用车',
  'personnel-finance': '人事与财务',
  'party-affairs': '机关党建（机关党总支）',
};

export function options(labels: Record<string | number, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
