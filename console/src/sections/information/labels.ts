export const SUBMISSION_STATUS_LABELS: Record<string, string> = { submitted: '待筛选', accepted: '已采纳', returned: '已退回', merged: '已综合', withdrawn: '已撤回' };
export const CATEGORY_LABELS: Record<string, string> = { trend: '动态', practice: '经验做法', problem: '问题建议', urgent: '紧急信息', other: '其他' };
export const ADOPTION_LEVEL_LABELS: Record<string, string> = { district_bulletin: '区刊', reported_city: '报市', city: '市采用', province: '省采用', state_council: '国办采用' };
export const INSTRUCTION_LEVEL_LABELS: Record<string, string> = { district: '区领导批示', city: '市领导批示', province: '省领导批示' };
export const SOLICITATION_STATUS_LABELS: Record<string, string> = { open: '征集中', replied: '已上报', withdrawn: '已撤回' };
export const BULLETIN_STATUS_LABELS: Record<string, string> = { draft: '编辑中', reviewing: '待审核', approved: '已审核', released: '已签发', withdrawn: '已撤回' };
export const BULLETIN_KIND_LABELS: Record<string, string> = { regular: '常规期', special: '专刊', supplement: '增刊' };
export const STEP_LABELS: Record<string, string> = { submit: '报送', revise: '修改', accept: '采纳', return: '退回', merge: '综合', withdraw: '撤回', adopt: '采用', instruct: '批示' };
export const MONTHLY_NOTICE_STATUS_LABELS: Record<string, string> = { draft: '草稿', reviewing: '待审核', approved: '已审核', signed: '已签发', withdrawn: '已撤回' };
export const EVALUATION_STATUS_LABELS: Record<string, string> = { draft: '草稿', final: '已定稿' };
export const TRAINING_STATUS_LABELS: Record<string, string> = { recorded: '已登记', withdrawn: '已撤回' };
export const UPWARD_STATUS_LABELS: Record<string, string> = { sent: '已报送', withdrawn: '已撤回' };
export const UPWARD_OFFICE_LABELS: Record<string, string> = { city_info: '市委、市政府信息科', province_office: '省政府办公厅', state_council: '国务院办公厅' };
export const UPWARD_CHANNEL_LABELS: Record<string, string> = { system: '政务信息报送系统', secure_network: '政务专网', fax: '传真', email: '电子邮件', paper: '纸质报送' };
export const UPWARD_FEEDBACK_LABELS: Record<string, string> = { adopted: '采用', instructed: '领导批示' };

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
