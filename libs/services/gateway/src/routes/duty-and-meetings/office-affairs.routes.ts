import {
  CountPublicity,
  CreateOfficeMeeting,
  CreateOfficeRule,
  CreatePublicity,
  CreateWorkPlanItem,
  GetOfficeMeeting,
  GetOfficeRule,
  GetPublicity,
  GetWorkPlanItem,
  HoldOfficeMeeting,
  ListOfficeMeetings,
  ListOfficeRules,
  ListPublicity,
  ListWorkPlanItems,
  OfficeMeetingSubjects,
  OfficeMeetingView,
  OfficeRuleSubjects,
  OfficeRuleView,
  PublicitySubjects,
  PublicityView,
  PublishOfficeMeeting,
  RepealOfficeRule,
  ReportWorkPlanProgress,
  ReviseOfficeRule,
  VoidPublicity,
  WithdrawOfficeMeeting,
  WorkPlanItemView,
  WorkPlanSubjects,
  DutyAndMeetingsPermissions as P,
} from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.officeAffairsRead, P.officeAffairsManage] as const;
const WRITERS = [P.officeAffairsManage] as const;

const meetings = { tag: '室务会', service: 'duty-and-meetings' } as const;
const workPlan = { tag: '办公室工作计划', service: 'duty-and-meetings' } as const;
const rules = { tag: '办公室规章制度', service: 'duty-and-meetings' } as const;
const publicity = { tag: '宣传报道', service: 'duty-and-meetings' } as const;
const id = { id: { format: 'uuid' } } as const;
const BASE = 'api/duty-and-meetings/office-affairs';
const MEETINGS = `${BASE}/meetings`;
const WORK_PLAN = `${BASE}/work-plan`;
const RULES = `${BASE}/rules`;
const PUBLICITY = `${BASE}/publicity`;

/** 综合科's own office affairs, owned by duty-and-meetings: kept by 综合科, read by the office's leaders and sections; no unit liaison sees them. */
export const officeAffairsRoutes: Record<string, RouteTable> = {
  DutyAndMeetingsOfficeMeetingsController: [
    { ...meetings, name: 'list', method: 'GET', path: MEETINGS, permission: READERS, subject: OfficeMeetingSubjects.list, convention: 'read', request: ListOfficeMeetings.Request, query: ListOfficeMeetings.Request, reply: ListOfficeMeetings.Reply, summary: '室务会列表（按年度、状态筛选，会议名称模糊搜索）', problems: [403] },
    { ...meetings, name: 'get', method: 'GET', path: `${MEETINGS}/:id`, permission: READERS, subject: OfficeMeetingSubjects.get, convention: 'record-read', request: GetOfficeMeeting.Request, params: id, reply: OfficeMeetingView, summary: '室务会详情：议题、出席与缺席、纪要、议定事项、办理过程（ETag 为版本号）', problems: [404] },
    { ...meetings, name: 'create', method: 'POST', path: MEETINGS, permission: WRITERS, subject: OfficeMeetingSubjects.create, convention: 'create', request: CreateOfficeMeeting.Request, reply: OfficeMeetingView, summary: '安排室务会（日期、地点、主持人、出席人员、议题）；须带 Idempotency-Key', problems: [403, 422] },
    { ...meetings, name: 'hold', method: 'POST', path: `${MEETINGS}/:id/hold`, permission: WRITERS, subject: OfficeMeetingSubjects.hold, convention: 'change', request: HoldOfficeMeeting.Request, body: HoldOfficeMeeting.Body, params: id, reply: OfficeMeetingView, summary: '登记召开：纪要、出席与缺席、议定事项（牵头、配合单位与期限）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'publish', method: 'POST', path: `${MEETINGS}/:id/publish`, permission: WRITERS, subject: OfficeMeetingSubjects.publish, convention: 'change', request: PublishOfficeMeeting.Request, params: id, reply: OfficeMeetingView, summary: '发布议定事项（每项一条事件，由督查室立项督办）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'withdraw', method: 'POST', path: `${MEETINGS}/:id/withdraw`, permission: WRITERS, subject: OfficeMeetingSubjects.withdraw, convention: 'change', request: WithdrawOfficeMeeting.Request, body: WithdrawOfficeMeeting.Body, params: id, reply: OfficeMeetingView, summary: '撤回未召开的室务会（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
  DutyAndMeetingsWorkPlanController: [
    { ...workPlan, name: 'list', method: 'GET', path: WORK_PLAN, permission: READERS, subject: WorkPlanSubjects.list, convention: 'read', request: ListWorkPlanItems.Request, query: ListWorkPlanItems.Request, reply: ListWorkPlanItems.Reply, summary: '工作计划（按年度、月份、责任科室、状态筛选；标出逾期）', problems: [403] },
    { ...workPlan, name: 'get', method: 'GET', path: `${WORK_PLAN}/:id`, permission: READERS, subject: WorkPlanSubjects.get, convention: 'record-read', request: GetWorkPlanItem.Request, params: id, reply: WorkPlanItemView, summary: '工作计划事项详情与进展记录（ETag 为版本号）', problems: [404] },
    { ...workPlan, name: 'create', method: 'POST', path: WORK_PLAN, permission: WRITERS, subject: WorkPlanSubjects.create, convention: 'create', request: CreateWorkPlanItem.Request, reply: WorkPlanItemView, summary: '登记年度或月度工作计划事项；须带 Idempotency-Key', problems: [403, 422] },
    { ...workPlan, name: 'progress', method: 'POST', path: `${WORK_PLAN}/:id/progress`, permission: WRITERS, subject: WorkPlanSubjects.progress, convention: 'change', request: ReportWorkPlanProgress.Request, body: ReportWorkPlanProgress.Body, params: id, reply: WorkPlanItemView, summary: '登记进展（推进中、已完成）；须带 If-Match', problems: [403, 404, 422] },
  ],
  DutyAndMeetingsOfficeRulesController: [
    { ...rules, name: 'list', method: 'GET', path: RULES, permission: READERS, subject: OfficeRuleSubjects.list, convention: 'read', request: ListOfficeRules.Request, query: ListOfficeRules.Request, reply: ListOfficeRules.Reply, summary: '办公室规章制度列表（现行、已废止）', problems: [403] },
    { ...rules, name: 'get', method: 'GET', path: `${RULES}/:id`, permission: READERS, subject: OfficeRuleSubjects.get, convention: 'record-read', request: GetOfficeRule.Request, params: id, reply: OfficeRuleView, summary: '规章制度详情与全部版本（ETag 为版本号）', problems: [404] },
    { ...rules, name: 'create', method: 'POST', path: RULES, permission: WRITERS, subject: OfficeRuleSubjects.create, convention: 'create', request: CreateOfficeRule.Request, reply: OfficeRuleView, summary: '制定规章制度（第 1 版）；须带 Idempotency-Key', problems: [403, 422] },
    { ...rules, name: 'revise', method: 'POST', path: `${RULES}/:id/revise`, permission: WRITERS, subject: OfficeRuleSubjects.revise, convention: 'change', request: ReviseOfficeRule.Request, body: ReviseOfficeRule.Body, params: id, reply: OfficeRuleView, summary: '修订为新版本（旧版本保留）；须带 If-Match', problems: [403, 404, 422] },
    { ...rules, name: 'repeal', method: 'POST', path: `${RULES}/:id/repeal`, permission: WRITERS, subject: OfficeRuleSubjects.repeal, convention: 'change', request: RepealOfficeRule.Request, body: RepealOfficeRule.Body, params: id, reply: OfficeRuleView, summary: '废止规章制度（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
  DutyAndMeetingsPublicityController: [
    { ...publicity, name: 'list', method: 'GET', path: PUBLICITY, permission: READERS, subject: PublicitySubjects.list, convention: 'read', request: ListPublicity.Request, query: ListPublicity.Request, reply: ListPublicity.Reply, summary: '宣传报道记录（按年度、科室、级别、类型筛选，标题或媒体模糊搜索）', problems: [403] },
    { ...publicity, name: 'counts', method: 'GET', path: `${BASE}/publicity-counts`, permission: READERS, subject: PublicitySubjects.counts, convention: 'read', request: CountPublicity.Request, query: CountPublicity.Request, reply: CountPublicity.Reply, summary: '宣传报道年度统计（各科室按国家级、省级、市级、区级篇数）', problems: [403] },
    { ...publicity, name: 'get', method: 'GET', path: `${PUBLICITY}/:id`, permission: READERS, subject: PublicitySubjects.get, convention: 'record-read', request: GetPublicity.Request, params: id, reply: PublicityView, summary: '宣传报道记录详情（ETag 为版本号）', problems: [404] },
    { ...publicity, name: 'create', method: 'POST', path: PUBLICITY, permission: WRITERS, subject: PublicitySubjects.create, convention: 'create', request: CreatePublicity.Request, reply: PublicityView, summary: '登记宣传报道；须带 Idempotency-Key', problems: [403, 422] },
    { ...publicity, name: 'void', method: 'POST', path: `${PUBLICITY}/:id/void`, permission: WRITERS, subject: PublicitySubjects.void, convention: 'change', request: VoidPublicity.Request, body: VoidPublicity.Body, params: id, reply: PublicityView, summary: '作废宣传报道记录（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
