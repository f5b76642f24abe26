import {
  ChangeDepartmentReportRoundUnits,
  DepartmentReportRoundView,
  DepartmentReportSubjects,
  DepartmentReportView,
  GetDepartmentReport,
  GetDepartmentReportRound,
  ListDepartmentReportRounds,
  ListDepartmentReports,
  OpenDepartmentReportRound,
  PublishDepartmentReportRound,
  ResubmitDepartmentReport,
  ReviewDepartmentReport,
  SubmitDepartmentReport,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.departmentReportsRead, P.departmentReportsManage, P.departmentReportsOwn] as const;
const OFFICE_READERS = [P.departmentReportsRead, P.departmentReportsManage] as const;
const SECTION = [P.departmentReportsManage] as const;
const LIAISONS = [P.departmentReportsOwn] as const;

const reports = { tag: '部门政府信息公开年度报告', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** The departments' 政府信息公开工作年度报告 (第四十九条) and the year's collection, owned by disclosure. */
export const departmentReportsRoutes: Record<string, RouteTable> = {
  DisclosureDepartmentReportsController: [
    { ...reports, name: 'list', method: 'GET', path: 'api/disclosure/department-reports', permission: READERS, subject: DepartmentReportSubjects.list, convention: 'read', request: ListDepartmentReports.Request, query: ListDepartmentReports.Request, reply: ListDepartmentReports.Reply, summary: '部门年度报告列表（分页、按年度、状态、单位筛选）', description: '单位联络员只能看到本单位的报告。' },
    { ...reports, name: 'get', method: 'GET', path: 'api/disclosure/department-reports/:id', permission: READERS, subject: DepartmentReportSubjects.get, convention: 'record-read', request: GetDepartmentReport.Request, params: id, reply: DepartmentReportView, summary: '部门年度报告详情（正文、附件、主要数据、办理记录；ETag 为版本号）', problems: [404] },
    { ...reports, name: 'submit', method: 'POST', path: 'api/disclosure/department-reports', permission: LIAISONS, subject: DepartmentReportSubjects.submit, convention: 'create', request: SubmitDepartmentReport.Request, reply: DepartmentReportView, summary: '报送本单位上一年度政府信息公开工作年度报告（单位联络员；正文或附件，主要数据须满足 一+二=三+四）；须带 Idempotency-Key', description: '须在政务公开科启动该年度收集之后；截止日为次年 1 月 31 日（第四十九条），晚于截止日的标为逾期报送。', problems: [403, 422] },
    { ...reports, name: 'resubmit', method: 'PUT', path: 'api/disclosure/department-reports/:id', permission: LIAISONS, subject: DepartmentReportSubjects.resubmit, convention: 'change', request: ResubmitDepartmentReport.Request, body: ResubmitDepartmentReport.Body, params: id, reply: DepartmentReportView, summary: '修改后重新报送本单位的年度报告（待审核或已退回时）；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'review', method: 'POST', path: 'api/disclosure/department-reports/:id/review', permission: SECTION, subject: DepartmentReportSubjects.review, convention: 'change', request: ReviewDepartmentReport.Request, body: ReviewDepartmentReport.Body, params: id, reply: DepartmentReportView, summary: '审核部门年度报告（政务公开科）：通过，或退回并说明理由；须带 If-Match', problems: [403, 404, 422] },
  ],
  DisclosureDepartmentReportRoundsController: [
    { ...reports, name: 'listRounds', method: 'GET', path: 'api/disclosure/department-report-rounds', permission: OFFICE_READERS, subject: DepartmentReportSubjects.listRounds, convention: 'read', request: ListDepartmentReportRounds.Request, query: ListDepartmentReportRounds.Request, reply: ListDepartmentReportRounds.Reply, summary: '各年度部门年度报告收集情况（已报送、逾期、未报送单位数）' },
    { ...reports, name: 'getRound', method: 'GET', path: 'api/disclosure/department-report-rounds/:id', permission: OFFICE_READERS, subject: DepartmentReportSubjects.getRound, convention: 'record-read', request: GetDepartmentReportRound.Request, params: id, reply: DepartmentReportRoundView, summary: '某年度收集详情：各单位报送情况（已报送、逾期报送、未报送）；ETag 为版本号', problems: [404] },
    { ...reports, name: 'openRound', method: 'POST', path: 'api/disclosure/department-report-rounds', permission: SECTION, subject: DepartmentReportSubjects.openRound, convention: 'create', request: OpenDepartmentReportRound.Request, reply: DepartmentReportRoundView, summary: '启动某年度部门年度报告的收集（应报送单位；各单位待办截止次年 1 月 31 日，本级年度报告待办截止 3 月 31 日）；须带 Idempotency-Key', problems: [403, 422] },
    { ...reports, name: 'changeRoundUnits', method: 'PUT', path: 'api/disclosure/department-report-rounds/:id/units', permission: SECTION, subject: DepartmentReportSubjects.changeRoundUnits, convention: 'change', request: ChangeDepartmentReportRoundUnits.Request, body: ChangeDepartmentReportRoundUnits.Body, params: id, reply: DepartmentReportRoundView, summary: '调整应报送单位；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'publishRound', method: 'POST', path: 'api/disclosure/department-report-rounds/:id/publish', permission: SECTION, subject: DepartmentReportSubjects.publishRound, convention: 'change', request: PublishDepartmentReportRound.Request, body: PublishDepartmentReportRound.Body, params: id, reply: DepartmentReportRoundView, summary: '统一发布审核通过的部门年度报告（记录发布之日；尚有待审核的报告时拒绝）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
