import {
  ApproveTrip,
  BriefTrip,
  CheckTrip,
  CreateTrip,
  CreateTripRule,
  DepartTrip,
  ExportTripRegister,
  GetTrip,
  ListTripRules,
  ListTrips,
  PublicizeTrip,
  ReportTrip,
  ReturnTrip,
  ReturnTripPassports,
  ReviewTrip,
  SubmitTrip,
  TripCheckView,
  TripRuleVersionView,
  TripStatistics,
  TripSubjects,
  TripView,
  UpdateTrip,
  WithdrawTrip,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.tripsRead, P.tripsManage, P.tripsOwn, P.tripsApprove] as const;
const APPLICANTS = [P.tripsManage, P.tripsOwn] as const;
const SECTION = [P.tripsManage] as const;
const LEADERS = [P.tripsApprove] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const trips = { tag: '因公临时出国', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 因公临时出国, owned by foreign-affairs. */
export const tripsRoutes: Record<string, RouteTable> = {
  ForeignAffairsTripsController: [
    { ...trips, name: 'list', method: 'GET', path: 'api/foreign-affairs/trips', permission: READERS, subject: TripSubjects.list, convention: 'read', request: ListTrips.Request, query: ListTrips.Request, reply: ListTrips.Reply, summary: '因公临时出国列表（分页、按状态和年度筛选、中文模糊搜索；身份证号、护照号遮盖）', description: '单位联络员只能看到本单位的团组。' },
    { ...trips, name: 'check', method: 'POST', path: 'api/foreign-affairs/trips/check', permission: [...APPLICANTS], subject: TripSubjects.check, convention: 'read', request: CheckTrip.Request, reply: TripCheckView, summary: '出访申请规则检查（不保存）：列出违反的每条规定及其依据', description: '天数与国家数、出访国家数、团组人数、公务活动比例、领导班子成员同团、配偶子女随访、出访频次，按现行规则版本检查。', problems: [422] },
    { ...trips, name: 'exportRegister', method: 'GET', path: 'api/foreign-affairs/trips/register.xlsx', permission: READERS, subject: TripSubjects.exportRegister, convention: 'download', request: ExportTripRegister.Request, query: ExportTripRegister.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出因公临时出国台账（.xlsx）', description: '按出境年度：编号、团组、组团单位、国家、日期、天数、人数、成员、邀请方、经费、计划、状态、公示期、出入境、报告与护照情况。联络员只导出本单位。' },
    { ...trips, name: 'statistics', method: 'GET', path: 'api/foreign-affairs/trips/statistics', permission: READERS, subject: TripSubjects.statistics, convention: 'read', request: TripStatistics.Request, query: TripStatistics.Request, reply: TripStatistics.Reply, summary: '因公临时出国统计：按单位、人员和年度计划执行情况' },
    { ...trips, name: 'get', method: 'GET', path: 'api/foreign-affairs/trips/:id', permission: READERS, subject: TripSubjects.get, convention: 'record-read', request: GetTrip.Request, params: id, reply: TripView, summary: '因公临时出国详情（含规则检查、公示、期限和办理记录；ETag 为版本号）', problems: [404] },
    { ...trips, name: 'create', method: 'POST', path: 'api/foreign-affairs/trips', permission: APPLICANTS, subject: TripSubjects.create, convention: 'create', request: CreateTrip.Request, reply: TripView, summary: '填报因公临时出国申请（草稿；联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...trips, name: 'update', method: 'PUT', path: 'api/foreign-affairs/trips/:id', permission: APPLICANTS, subject: TripSubjects.update, convention: 'change', request: UpdateTrip.Request, body: UpdateTrip.Body, params: id, reply: TripView, summary: '修改出访申请（仅草稿）；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'submit', method: 'POST', path: 'api/foreign-affairs/trips/:id/submit', permission: APPLICANTS, subject: TripSubjects.submit, convention: 'change', request: SubmitTrip.Request, params: id, reply: TripView, summary: '报送外事科：违反任何一条规定的不能报送（逐条列出依据）；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'review', method: 'POST', path: 'api/foreign-affairs/trips/:id/review', permission: SECTION, subject: TripSubjects.review, convention: 'change', request: ReviewTrip.Request, body: ReviewTrip.Body, params: id, reply: TripView, summary: '外事科审核：同意或退回修改；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'approve', method: 'POST', path: 'api/foreign-affairs/trips/:id/approve', permission: LEADERS, subject: TripSubjects.approve, convention: 'change', request: ApproveTrip.Request, body: ApproveTrip.Body, params: id, reply: TripView, summary: '区领导审批：批准或退回修改；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'publicize', method: 'POST', path: 'api/foreign-affairs/trips/:id/publicize', permission: SECTION, subject: TripSubjects.publicize, convention: 'change', request: PublicizeTrip.Request, body: PublicizeTrip.Body, params: id, reply: TripView, summary: '发布出访前公示（不少于 5 个工作日，由工作日历计算期满日）；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'brief', method: 'POST', path: 'api/foreign-affairs/trips/:id/briefings', permission: SECTION, subject: TripSubjects.brief, convention: 'change', request: BriefTrip.Request, body: BriefTrip.Body, params: id, reply: TripView, summary: '登记团组成员的行前教育（出境前每人必须完成）；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'depart', method: 'POST', path: 'api/foreign-affairs/trips/:id/depart', permission: APPLICANTS, subject: TripSubjects.depart, convention: 'change', request: DepartTrip.Request, body: DepartTrip.Body, params: id, reply: TripView, summary: '登记出境：公示未满期或有成员未参加行前教育的不能出境；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'return', method: 'POST', path: 'api/foreign-affairs/trips/:id/return', permission: APPLICANTS, subject: TripSubjects.return, convention: 'change', request: ReturnTrip.Request, body: ReturnTrip.Body, params: id, reply: TripView, summary: '登记回国：计算出访报告（1 个月）和护照交回（7 日）期限；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'returnPassports', method: 'POST', path: 'api/foreign-affairs/trips/:id/passports', permission: SECTION, subject: TripSubjects.returnPassports, convention: 'change', request: ReturnTripPassports.Request, body: ReturnTripPassports.Body, params: id, reply: TripView, summary: '登记护照交回；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'report', method: 'POST', path: 'api/foreign-affairs/trips/:id/report', permission: APPLICANTS, subject: TripSubjects.report, convention: 'change', request: ReportTrip.Request, body: ReportTrip.Body, params: id, reply: TripView, summary: '提交出访报告并公开出访情况；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/trips/:id/withdraw', permission: APPLICANTS, subject: TripSubjects.withdraw, convention: 'change', request: WithdrawTrip.Request, body: WithdrawTrip.Body, params: id, reply: TripView, summary: '撤回出访申请（出境前，须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  ForeignAffairsTripRulesController: [
    { ...trips, name: 'listRules', method: 'GET', path: 'api/foreign-affairs/trip-rules', permission: READERS, subject: TripSubjects.listRules, convention: 'read', request: ListTripRules.Request, reply: ListTripRules.Reply, summary: '因公临时出国规则版本（限额、生效日期、依据）' },
    { ...trips, name: 'createRule', method: 'POST', path: 'api/foreign-affairs/trip-rules', permission: SECTION, subject: TripSubjects.createRule, convention: 'create-unversioned', request: CreateTripRule.Request, reply: TripRuleVersionView, summary: '新增规则版本（自生效日期起适用；已报送的团组仍按原版本）；须带 Idempotency-Key', problems: [422] },
  ],
};
