export const APPLICATION_STATUS_LABELS: Record<string, string> = {
  processing: '办理中',
  awaiting_correction: '待补正',
  consulting: '征求意见中',
  answered: '已答复待送达',
  closed: '已送达办结',
  abandoned: '视为放弃申请',
  withdrawn: '申请人撤回',
};
export const CHANNEL_LABELS: Record<string, string> = { in_person: '当面提交', registered_post: '挂号信、特快专递', ordinary_letter: '平常信函', online: '互联网渠道', fax: '传真' };
export const APPLICANT_TYPE_LABELS: Record<string, string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other_organization: '其他组织',
};
export const ANSWER_LABELS: Record<string, string> = {
  disclosed_already_public: '予以公开·已主动公开',
  disclosed: '予以公开',
  partial: '部分公开',
  withheld_state_secret: '不予公开·国家秘密',
  withheld_law_prohibited: '不予公开·法律行政法规禁止',
  withheld_three_safety: '不予公开·危及"三安全一稳定"',
  withheld_third_party: '不予公开·保护第三方合法权益',
  withheld_internal_affairs: '不予公开·三类内部事务信息',
  withheld_process_info: '不予公开·四类过程性信息',
  withheld_enforcement_file: '不予公开·行政执法案卷',
  withheld_inquiry: '不予公开·行政查询事项',
  unavailable_not_held: '无法提供·本机关不掌握',
  unavailable_needs_creation: '无法提供·需另行制作',
  unavailable_unclear_after_correction: '无法提供·补正后仍不明确',
  not_processed_petition: '不予处理·信访举报投诉类',
  not_processed_repeat: '不予处理·重复申请',
  not_processed_publication: '不予处理·要求提供公开出版物',
  not_processed_excessive: '不予处理·无正当理由大量反复申请',
  not_processed_confirmation: '不予处理·要求确认或重新出具已获取信息',
  other_overdue_fee: '其他处理·逾期未缴费',
  other: '其他处理·其他',
};
export const CONSULTATION_KIND_LABELS: Record<string, string> = { third_party: '征求第三方意见', other_body: '征求其他机关意见' };
export const OPINION_LABELS: Record<string, string> = { agree: '同意公开', object: '不同意公开', no_reply: '逾期未提出意见' };
export const FEE_METHOD_LABELS: Record<string, string> = { none: '不收费', by_count: '按件计收', by_pages: '按量计收' };
export const DELIVERY_LABELS: Record<string, string> = { in_person: '当面领取', post: '邮寄', email: '电子邮件', online: '网上平台', fax: '传真' };
export const CHALLENGE_KIND_LABELS: Record<string, string> = { review: '行政复议', litigation_direct: '行政诉讼（直接起诉）', litigation_after_review: '行政诉讼（复议后起诉）' };
export const CHALLENGE_OUTCOME_LABELS: Record<string, string> = { pending: '尚未审结', upheld: '结果维持', corrected: '结果纠正', other: '其他结果' };
export const PUBLICATION_STATUS_LABELS: Record<string, string> = { queued: '待保密审查', cleared: '待发布', published: '已公开', held: '经审查不予发布', withdrawn: '已撤回' };
export const CATEGORY_LABELS: Record<string, string> = {
  policy_document: '政策文件',
  normative_document: '行政规范性文件',
  plan: '规划计划',
  finance: '财政信息',
  personnel: '人事信息',
  announcement: '通知公告',
  other: '其他',
};

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
export const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
export const PROJECT_STATUS_LABELS: Record<string, string> = { submitted: '待审核', returned: '已退回修改', implementing: '实施中', accepted: '已验收', evaluated: '已评估', withdrawn: '已撤回' };
export const PROJECT_KIND_LABELS: Record<string, string> = { e_government: '电子政务', smart_city: '智慧城市', data: '政务数据' };
export const ACCEPTANCE_RESULT_LABELS: Record<string, string> = { passed: '验收通过', failed: '验收不通过' };
export const INSPECTION_STATUS_LABELS: Record<string, string> = { rectifying: '整改中', rectified: '已整改', passed: '未发现问题', withdrawn: '已撤回' };
export const DATA_RESOURCE_STATUS_LABELS: Record<string, string> = { draft: '草稿', submitted: '已报送', returned: '已退回', published: '已发布', withdrawn: '已撤销' };
export const DATA_RESOURCE_CATEGORY_LABELS: Record<string, string> = { basic: '基础', thematic: '主题', departmental: '部门' };
export const DATA_RESOURCE_FORMAT_LABELS: Record<string, string> = { database: '数据库', file: '文件', api: '接口' };
export const UPDATE_CYCLE_LABELS: Record<string, string> = { realtime: '实时', daily: '每日', monthly: '每月', yearly: '每年', irregular: '不定期' };
export const SHARING_TYPE_LABELS: Record<string, string> = { unconditional: '无条件共享', conditional: '有条件共享', none: '不予共享' };
export const OPEN_TYPE_LABELS: Record<string, string> = { open: '开放', conditional: '有条件开放', closed: '不开放' };
export const DATA_ITEM_TYPE_LABELS: Record<string, string> = { string: '字符型', number: '数值型', date: '日期型', datetime: '日期时间型', boolean: '布尔型', binary: '二进制' };
export const EVALUATION_STATUS_LABELS: Record<string, string> = { preparing: '准备中', submitted: '已报送', resulted: '结果已录入', withdrawn: '已撤销' };
export const EVALUATOR_LABELS: Record<string, string> = { province: '省', city: '市' };
export const EVIDENCE_LINK_KIND_LABELS: Record<string, string> = { publication: '主动公开信息', 'annual-report': '政府信息公开工作年度报告', guide: '政府信息公开指南', inspection: '公开巡查', 'data-resource': '数据资源' };
export const ASSISTANCE_REQUEST_STATUS_LABELS: Record<string, string> = { received: '待答复', replied: '已答复', withdrawn: '已撤回' };
export const REQUESTER_KIND_LABELS: Record<string, string> = { review_body: '行政复议机关', court: '人民法院', superior: '上级机关', other_agency: '其他行政机关' };
export const DEPARTMENT_REPORT_STATUS_LABELS: Record<string, string> = { submitted: '待审核', returned: '已退回', passed: '已通过', published: '已发布' };
export const DEPARTMENT_REPORT_FIGURE_LABELS: Record<string, string> = {
  newApplications: '一、本年新收申请',
  carriedOver: '二、上年结转',
  concluded: '三、办理结果总计',
  carriedForward: '四、结转下年度',
  reviews: '行政复议（总计）',
  lawsuits: '行政诉讼（总计）',
};

export const MANUSCRIPT_STATUS_LABELS: Record<string, string> = { pending: '待报送', submitted: '已报送', adopted: '已采用', not_adopted: '未采用', withdrawn: '已撤回' };
export const MANUSCRIPT_TARGET_LABELS: Record<string, string> = { exchange: '《政务公开工作交流》', provincial: '省级政务公开栏目', city: '市级政务公开栏目' };
export const WORK_ITEM_STATUS_LABELS: Record<string, string> = { in_progress: '进行中', completion_reported: '报完成待确认', completed: '已完成', returned: '退回补充', withdrawn: '已撤销' };
