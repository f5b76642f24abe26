/** Chinese labels of document-secretariat's codes (the same as the contract's *_LABELS in @gov/contracts-document-secretariat). */
export const URGENCY_LABELS: Record<string, string> = { normal: '一般', urgent: '加急', very_urgent: '特急', extra_urgent_telegram: '特提', ordinary_telegram: '平急' };
export const SECRECY_LABELS: Record<string, string> = { 0: '非密', 1: '秘密', 2: '机密', 3: '绝密' };

export const SOURCE_LEVEL_LABELS: Record<string, string> = {
  central: '党中央、国务院',
  province: '省',
  city: '市',
  district_party: '区委及部门',
  other_county: '外区县',
  town_street: '镇街、开发区',
  district_department: '区直部门',
};
export const INCOMING_DOC_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要', '其他'];
export const INCOMING_STATE_LABELS: Record<string, string> = {
  registered: '已登记待初审',
  returned: '已退回',
  accepted: '待拟办',
  proposed: '待批办',
  instructed: '待分办',
  distributed: '承办中',
  completed: '已办结',
  replied: '已答复',
};
export const ROUTING_STATUS_LABELS: Record<string, string> = { pending: '待签收', signed: '已签收', read: '已阅', handling: '办理中', done: '已办结' };
export const REPLY_METHOD_LABELS: Record<string, string> = { document: '正式行文', letter: '函复', phone: '电话', email: '电子邮件', system: '系统反馈', other: '其他' };

export const LEADER_TITLES = ['区长', '常务副区长', '副区长', '区政府党组成员', '办公室主任', '办公室副主任', '其他'];
export const INSTRUCTION_SOURCE_KIND_LABELS: Record<string, string> = { incoming: '收文', request: '请示', outgoing: '发文', drafting: '文稿', other: '其他材料' };
export const FOLLOWING_SECTION_LABELS: Record<string, string> = { mishu_yi: '秘书一科', mishu_er: '秘书二科', wenmi: '文秘科' };
export const FOLLOW_STATUS_LABELS: Record<string, string> = { following: '跟踪中', done: '已落实' };

export const REQUEST_STATE_LABELS: Record<string, string> = { submitted: '待拟办', proposed: '待领导决定', decided: '待批复', replied: '已批复' };
export const REQUEST_DECISION_LABELS: Record<string, string> = { approve: '同意', reject: '不同意', other: '其他意见' };

export const OUTGOING_DOC_TYPES = ['决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'];
export const OUTGOING_STATUS_LABELS: Record<string, string> = {
  drafting: '拟稿',
  reviewing: '核稿中',
  reviewed: '核稿通过',
  countersigning: '会签中',
  signed: '已签发',
  numbered: '已编号',
  printed: '已印制',
  sealed: '已用印',
  issued: '已核发',
};
export const DISCLOSURE_LABELS: Record<string, string> = { proactive: '主动公开', on_request: '依申请公开', not_public: '不予公开' };

export const SEAL_REQUEST_STATUS_LABELS: Record<string, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回', used: '已用印' };
export const RETENTION_LABELS: Record<string, string> = { Y: '永久', D30: '定期30年', D10: '定期10年' };
export const ARCHIVE_ITEM_STATUS_LABELS: Record<string, string> = { filed: '已归档', handed_over: '已移交', voided: '已作废' };
export const DECISION_STATUS_LABELS: Record<string, string> = { planned: '已列入目录', in_progress: '程序进行中', decided: '已决定', rejected: '未通过', withdrawn: '已调出目录' };
export const DECISION_STAGE_LABELS: Record<string, string> = {
  public_participation: '公众参与',
  expert_argumentation: '专家论证',
  risk_assessment: '风险评估',
  legality_review: '合法性审查',
  collective_decision: '集体讨论决定',
  publication: '决策公布',
  post_evaluation: '决策后评估',
};
export const FILING_STATUS_LABELS: Record<string, string> = { pending: '待报备', submitted: '已报送', accepted: '已备案', returned: '被退回', withdrawn: '已撤回' };
export const GAZETTE_STATUS_LABELS: Record<string, string> = { draft: '编辑中', published: '已出版', cancelled: '已撤销' };
export const DRAFTING_STATUS_LABELS: Record<string, string> = { drafting: '起草中', in_review: '审核中', revising: '修改中', submitted: '已呈领导', finalized: '已定稿', cancelled: '已撤销' };
export const DRAFTING_KIND_LABELS: Record<string, string> = { speech: '讲话稿', work_report: '政府工作报告', press_release: '新闻发布稿', research_report: '调研报告', other: '其他文稿' };

/** Labels of the fields the stale-edit dialog compares, per record. */
export const INCOMING_CHANGE_LABELS: Record<string, string> = { state: '状态', holder: '当前持有者', proposal: '拟办意见', instructionId: '批办', routings: '分办', chases: '催办', result: '办结结果', replyContent: '答复' };
export const OUTGOING_CHANGE_LABELS: Record<string, string> = { status: '状态', title: '标题', bodyVersionNo: '正文版本', latestReview: '核稿', countersigns: '会签', signerName: '签发人', docNumber: '发文字号', disclosure: '公开属性' };
export const REQUEST_CHANGE_LABELS: Record<string, string> = { state: '状态', proposal: '拟办意见', decision: '领导决定', decisionText: '领导意见', reply: '批复' };
export const INSTRUCTION_CHANGE_LABELS: Record<string, string> = { followStatus: '跟踪状态', followNote: '跟踪情况', routings: '转达单位' };

export function options(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export function listOptions(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: value }));
}

export const secrecy = (level: number | null | undefined): string => SECRECY_LABELS[String(level ?? 0)] ?? String(level);
