/**
 * The authorization policy of every route, as data: which record rule applies to the record a route names, and whether
 * the matrix test (../authorization-matrix.e2e-spec.ts) can build that record. The permission a route needs is not here:
 * it is the route's declaration (libs/services/gateway/src/routes/, or a gateway controller's own `@Permission(...)`), and
 * who holds it is the gateway's role and section tables.
 *
 * Every route of the OpenAPI document must match exactly one entry, and every entry at least one route; the matrix test
 * fails listing the routes without an entry, the routes with several and the entries with none. A new route therefore
 * cannot ship without a decision here.
 *
 * Patterns: `METHODS PATH`. METHODS is `*` or a comma list (`GET,POST`); PATH is an OpenAPI path, literal (`{id}` matches
 * only `{id}`), with `{a,b}` alternatives (expanded before matching) and an optional trailing `/**` (the path itself
 * and everything below it).
 */

/**
 * - `none`: no record rule beyond the permission (collections, system routes, office resources such as rooms).
 * - `unit-scoped`: office staff holding one of `officeReaders` (or, without `officeReaders`, the route's permission)
 *   see every record; a liaison (联络员) only the records concerning their unit — another unit's is 404, as if absent.
 * - `office-only`: as `unit-scoped` for office staff, but no liaison sees the record (404).
 */
export type RecordScope = 'none' | 'unit-scoped' | 'office-only';

/** The records the matrix test creates once, each in the cases it names (see `FIXTURE_CASES`). */
export type FixtureKind = 'unit' | 'supervision-item' | 'supervision-plan' | 'unit-request' | 'incoming' | 'meeting';

/**
 * The record cases, named from liaison A's side: `own` concerns liaison A's unit, `other` liaison B's (so it is liaison
 * B's own), `office` no unit at all; `secret` is `own` (or `office`) at 秘密 (1), the business callers' own clearance
 * but above the low-clearance staff member's (非密); `above` is `own` (or `office`) at 机密 (2), above every caller's.
 */
export type RecordCase = 'own' | 'other' | 'office' | 'secret' | 'above';

export const FIXTURE_CASES: Record<FixtureKind, RecordCase[]> = {
  unit: ['own', 'other'],
  'supervision-item': ['own', 'other', 'secret', 'above'],
  'supervision-plan': ['own', 'other'],
  'unit-request': ['own', 'other', 'secret', 'above'],
  incoming: ['office', 'secret', 'above'],
  meeting: ['office', 'secret', 'above'],
};

/** The 密级 of a case's record. */
export function levelOfCase(recordCase: RecordCase): number {
  return recordCase === 'above' ? 2 : recordCase === 'secret' ? 1 : 0;
}

/** The unit a case's record concerns (liaison A's `a`, liaison B's `b`), none for the kinds that concern no unit. */
export function unitOfCase(kind: FixtureKind, recordCase: RecordCase): 'a' | 'b' | null {
  if (recordCase === 'office' || ((kind === 'incoming' || kind === 'meeting') && recordCase !== 'other')) return null;
  return recordCase === 'other' ? 'b' : 'a';
}

export interface PolicyEntry {
  routes: string;
  scope: RecordScope;
  /** Nobody sees the record above their clearance (密级 > 涉密等级): 404. */
  clearance?: boolean;
  /** For office staff: the permissions that show every record (documents:read for documents); others see none (404). */
  officeReaders?: string[];
  /** The record the test builds for the route's `{id}`. */
  fixture?: FixtureKind;
  /** Why the test cannot build the record: it then sends a random id (404 for a caller allowed, 403 for one without). */
  noFixture?: string;
  /** The service refuses liaison staff (403) although the gateway's permission lets them through; `note` says why. */
  liaisons?: 'forbidden';
  note?: string;
}

const DOCUMENT_READERS = ['documents:read'];
const LIFECYCLE = '需经多步流程（登记、审批、分发）才能产生，造价高；以随机 id 检查 403 与 404';

export const POLICY: PolicyEntry[] = [
  // ---- sign-in, accounts, audit, operations ----
  { routes: '* /api/auth/**', scope: 'none' },
  { routes: '* /api/admin/users/**', scope: 'none' },
  { routes: '* /api/admin/dead-letters/**', scope: 'none' },
  { routes: 'GET /api/admin/tasks', scope: 'none' },
  { routes: 'GET /api/admin/units', scope: 'none' },
  // Webhooks: the system administrator's own configuration, no business record behind them.
  { routes: 'GET,POST /api/admin/webhooks', scope: 'none' },
  { routes: '* /api/admin/webhooks/{id}/**', scope: 'none', noFixture: 'Webhook 订阅由系统管理员登记，与业务记录无关；以随机 id 检查 403 与 404' },
  { routes: 'GET /api/sections', scope: 'none' },
  { routes: 'GET /api/leaders', scope: 'none', liaisons: 'forbidden', note: '领导名录只给办公室安排日程、会议和办理公文的人员；联络员即使持有公文权限也不可读（403）' },
  // 待办, notifications, search: each caller's own (the read model resolves whose a task is; search asks each list with
  // the caller's own permissions and record rules).
  { routes: 'GET /api/tasks/**', scope: 'none' },
  { routes: 'GET /api/notifications', scope: 'none' },
  { routes: 'GET /api/notifications/{unread-count,stream}', scope: 'none', note: '无 Accept: text/event-stream 的推送请求得到 400' },
  { routes: 'POST /api/notifications/read-all', scope: 'none' },
  { routes: 'POST /api/notifications/{id}/read', scope: 'none', noFixture: '通知只属于收件人本人；以随机 id 检查 404（他人的通知同样为 404）' },
  { routes: 'GET /api/search', scope: 'none' },
  { routes: '* /api/audit/**', scope: 'none' },
  { routes: 'GET /api/system/ping/{service}', scope: 'none' },
  { routes: 'GET /health/{live,ready}', scope: 'none' },
  { routes: '* /api/calendar/**', scope: 'none' },

  // ---- duty-and-meetings ----
  { routes: 'GET,POST /api/units', scope: 'none' },
  { routes: '* /api/units/{id}/**', scope: 'unit-scoped', fixture: 'unit' },
  {
    routes: '* /api/meetings/classes/**',
    scope: 'none',
    liaisons: 'forbidden',
    note: 'meetings:read lets a liaison past the gateway, but the rules of meeting classes are office configuration: the service refuses unit callers (MeetingsService.assertReader)',
  },
  { routes: 'GET,POST /api/meetings', scope: 'none' },
  // A liaison sees only the meetings their unit was notified of; the fixture is a draft, so no liaison sees it.
  { routes: '* /api/meetings/{id}/**', scope: 'office-only', clearance: true, officeReaders: ['meetings:read', 'meetings:manage', 'meetings:approve'], fixture: 'meeting' },
  { routes: '* /api/{rooms,room-bookings}/**', scope: 'none' },
  { routes: 'GET /api/leader-calendar', scope: 'none' },
  { routes: 'GET,POST /api/activities', scope: 'none' },
  { routes: '* /api/activities/{id}/**', scope: 'office-only', noFixture: '政务活动须先有领导日程，造价高；以随机 id 检查' },
  { routes: 'GET,POST /api/leave', scope: 'none' },
  { routes: 'GET /api/leave/away', scope: 'none' },
  { routes: '* /api/leave/{id}/**', scope: 'unit-scoped', noFixture: '请销假由单位领导本人经联络员提出，需单位领导档案；以随机 id 检查' },
  { routes: '* /api/duty/{roster,swaps,handovers,log,urgent-rules,urgent-matters,instructions,unit-rosters}', scope: 'none' },
  { routes: '* /api/duty/{roster,log,urgent-matters}/{id}/**', scope: 'office-only', noFixture: '值班记录依赖排班与值班日志，造价高；以随机 id 检查' },
  { routes: '* /api/duty/swaps/{id}/decision', scope: 'office-only', noFixture: '调班申请需先有排班；以随机 id 检查' },
  { routes: 'GET /api/duty/history/{recordKind}/{id}', scope: 'office-only', noFixture: '历史版本需先有值班记录；以随机 id 检查' },
  { routes: '* /api/duty/{instructions,unit-rosters}/{id}/**', scope: 'unit-scoped', noFixture: '值班批示与单位排班需先有值班事项或单位值班表；以随机 id 检查' },
  { routes: '* /api/opinion/{items,statistics,rules}', scope: 'none' },
  { routes: '* /api/opinion/items/{id}/**', scope: 'unit-scoped', noFixture: '舆情须先登记并交办；以随机 id 检查' },
  { routes: 'GET,POST /api/upward-reports', scope: 'none' },
  { routes: '* /api/upward-reports/{id}/**', scope: 'office-only', noFixture: '报送记录依赖值班事项；以随机 id 检查' },

  // ---- document-secretariat ----
  { routes: 'POST /api/documents/files', scope: 'none' },
  { routes: 'GET /api/documents/files/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, noFixture: '文件须以 multipart 上传；以随机 id 检查' },
  { routes: 'GET /api/documents/search', scope: 'none' },
  { routes: 'GET /api/documents/{timeline,versions}/{kind}/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, noFixture: '按记录类别取时间线与版本，类别与记录须配对；以随机 id 检查' },
  { routes: 'GET,POST /api/decisions', scope: 'none' },
  { routes: '* /api/decisions/catalogues/{year}/**', scope: 'none' },
  { routes: '* /api/decisions/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, noFixture: LIFECYCLE },
  { routes: 'GET,POST /api/drafting/tasks', scope: 'none' },
  { routes: '* /api/drafting/tasks/{id}/**', scope: 'office-only', clearance: true, noFixture: LIFECYCLE },
  { routes: 'GET /api/drafting/research-plans/{year}', scope: 'none' },
  { routes: 'POST /api/drafting/research-topics', scope: 'none' },
  { routes: '* /api/drafting/research-topics/{id}', scope: 'office-only', noFixture: LIFECYCLE },
  { routes: 'GET,POST /api/documents/{incoming,instructions,requests,confidential-deliveries}', scope: 'none' },
  { routes: '* /api/documents/incoming/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, fixture: 'incoming' },
  { routes: '* /api/documents/requests/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, fixture: 'unit-request' },
  { routes: '* /api/documents/{instructions,confidential-deliveries}/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, noFixture: LIFECYCLE },
  { routes: 'GET /api/documents/routings/mine', scope: 'none' },
  { routes: 'POST /api/documents/routings/{id}/{action}', scope: 'unit-scoped', clearance: true, noFixture: '分办/传阅副本须先分发收文；以随机 id 检查' },
  { routes: 'GET,POST /api/documents/outgoing', scope: 'none' },
  { routes: '* /api/documents/outgoing/agency-codes/**', scope: 'none' },
  // 人民来信 (issue 21 §3): 文秘科 sees every letter, a liaison only those handed to their unit.
  { routes: 'GET,POST /api/documents/letters', scope: 'none' },
  { routes: '* /api/documents/letters/{id}/**', scope: 'unit-scoped', noFixture: '人民来信须先登记并转办；以随机 id 检查' },
  // The 汇编 of the documents in force (issue 21): a list of issued documents, for whoever may read 发文.
  { routes: 'GET /api/documents/outgoing/compilation.xlsx', scope: 'none' },
  { routes: '* /api/documents/outgoing/{id}/**', scope: 'unit-scoped', clearance: true, officeReaders: DOCUMENT_READERS, noFixture: LIFECYCLE },
  { routes: '* /api/documents/{seals,seal-requests,seal-uses,archive-legal-rules}', scope: 'none' },
  { routes: '* /api/documents/{seals,seal-requests}/{id}/**', scope: 'office-only', noFixture: '印鉴与用印申请需先登记印鉴；以随机 id 检查' },
  { routes: '* /api/documents/archives/{items,handovers,catalogue.xlsx}', scope: 'none' },
  { routes: '* /api/documents/archives/{items,handovers}/{id}/**', scope: 'office-only', clearance: true, noFixture: '归档需先有办结的公文；以随机 id 检查' },
  { routes: '* /api/documents/{gazette/issues,filings,agreement-reviews}', scope: 'none' },
  { routes: '* /api/documents/{gazette/issues,filings}/{id}/**', scope: 'office-only', noFixture: LIFECYCLE },
  { routes: '* /api/documents/agreement-reviews/{id}/**', scope: 'unit-scoped', noFixture: LIFECYCLE },

  // ---- supervision ----
  { routes: '* /api/suggestions', scope: 'none' },
  { routes: '* /api/suggestions/{statistics,rules,answer-categories}', scope: 'none' },
  { routes: '* /api/suggestions/{id}/**', scope: 'unit-scoped', noFixture: '建议提案须先登记再交办到单位；以随机 id 检查' },
  { routes: 'GET,POST /api/supervision-plans', scope: 'none' },
  {
    routes: '* /api/supervision-plans/{id}/**',
    scope: 'unit-scoped',
    officeReaders: ['supervision-plans:read', 'supervision-plans:manage'],
    fixture: 'supervision-plan',
  },
  { routes: '* /api/reform/{tasks,inspections,problems,evaluations,approval-items}', scope: 'none' },
  // The yearly assessment: office readers see every unit's line, a liaison their own (filtered by the service).
  { routes: 'GET /api/reform/assessment', scope: 'none' },
  { routes: '* /api/reform/{tasks,inspections,problems,approval-items}/{id}/**', scope: 'unit-scoped', noFixture: '放管服台账需先有任务与检查；以随机 id 检查' },
  { routes: 'GET,POST /api/supervision/items', scope: 'none' },
  // 督查 (issue 21 §3): 方案, 督查组 and 结论 per unit; 上级督查事项 are 督查室's own.
  { routes: 'GET,POST /api/supervision/{inspections,higher-inspections}', scope: 'none' },
  { routes: '* /api/supervision/inspections/{id}/**', scope: 'unit-scoped', officeReaders: ['supervision:read', 'supervision:manage'], noFixture: '督查须先拟定并批准方案；以随机 id 检查' },
  { routes: '* /api/supervision/higher-inspections/{id}/**', scope: 'office-only', officeReaders: ['supervision:read', 'supervision:manage'], noFixture: '上级督查事项为督查室自有业务；以随机 id 检查' },
  {
    routes: '* /api/supervision/items/{id}/**',
    scope: 'unit-scoped',
    clearance: true,
    officeReaders: ['supervision:read', 'supervision:manage'],
    fixture: 'supervision-item',
  },
  { routes: '* /api/supervision/{settings,warnings/by-unit,warnings/by-leader,warnings/overdue-trend,warnings/recompute,assessment/periods}', scope: 'none' },
  { routes: '* /api/supervision/assessment/periods/{periodId}/**', scope: 'none' },
  { routes: 'POST /api/supervision/assessment/periods/{id}/finalize', scope: 'none' },
  // ---- disclosure: 依申请公开申请 ----
  { routes: 'GET,POST /api/disclosure/applications', scope: 'none' },
  { routes: '* /api/disclosure/applications/{id}/**', scope: 'unit-scoped', officeReaders: ['applications:read', 'applications:manage'], noFixture: '依申请公开案卷须经登记、补正、征求意见、答复等多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  { routes: 'GET /api/disclosure/annual-reports/{year}/**', scope: 'none' },
  { routes: 'POST /api/disclosure/annual-reports', scope: 'none' },
  { routes: '* /api/disclosure/annual-reports/{id}/**', scope: 'office-only', officeReaders: ['applications:read', 'applications:manage'], noFixture: '年度报告每年一份，由大数据科建立、录入并由科室负责人定稿，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- information: 报送信息 ----
  { routes: 'GET,POST /api/information/submissions', scope: 'none' },
  { routes: 'POST /api/information/submissions/merge', scope: 'none' },
  { routes: 'GET /api/information/{score-weights,monthly-report,monthly-report.xlsx}', scope: 'none' },
  { routes: 'POST /api/information/score-weights', scope: 'none', note: '新版计分标准，仅信息科科长（submissions:manage 且为科长）' },
  { routes: '* /api/information/submissions/{id}/**', scope: 'unit-scoped', officeReaders: ['submissions:read', 'submissions:manage'], noFixture: '报送信息由联络员报送产生，矩阵测试不建此记录；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 工作人员 ----
  { routes: 'GET,POST /api/personnel-finance/staff-members', scope: 'none' },
  { routes: '* /api/personnel-finance/staff-members/{id}/**', scope: 'office-only', officeReaders: ['staff-members:read', 'staff-members:manage'], noFixture: '工作人员记录含加密的个人信息，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 公务用车 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/vehicles', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/{vehicle-register.xlsx,vehicle-quotas,vehicle-caps}', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/vehicles/{id}/**', scope: 'unit-scoped', officeReaders: ['vehicles:read', 'vehicles:manage'], noFixture: '公务用车须先核定编制才能申请购置，矩阵测试不建此夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 因公临时出国 ----
  { routes: 'GET,POST /api/foreign-affairs/trips', scope: 'none' },
  { routes: 'POST /api/foreign-affairs/trips/check', scope: 'none' },
  { routes: 'GET /api/foreign-affairs/trips/{register.xlsx,statistics}', scope: 'none' },
  { routes: 'GET,POST /api/foreign-affairs/trip-rules', scope: 'none' },
  { routes: '* /api/foreign-affairs/trips/{id}/**', scope: 'unit-scoped', officeReaders: ['trips:read', 'trips:manage', 'trips:approve'], noFixture: '须经填报、报送、审核、审批、公示等多步流程才能产生，造价高；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 党支部 ----
  { routes: 'GET,POST /api/party-affairs/branches', scope: 'none' },
  { routes: '* /api/party-affairs/branches/{id}/**', scope: 'unit-scoped', officeReaders: ['branches:read', 'branches:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 党员 ----
  { routes: 'GET,POST /api/party-affairs/members', scope: 'none' },
  { routes: '* /api/party-affairs/members/{id}/**', scope: 'unit-scoped', officeReaders: ['members:read', 'members:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 用车申请 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/bookings', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/{dispatch-board,drivers}', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/bookings/{id}/**', scope: 'unit-scoped', officeReaders: ['bookings:read', 'bookings:manage'], noFixture: '矩阵测试不建用车申请夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 年度考核 ----
  { routes: 'GET,POST /api/personnel-finance/assessments', scope: 'none' },
  { routes: '* /api/personnel-finance/assessments/{id}/**', scope: 'office-only', officeReaders: ['assessments:read', 'assessments:manage'], noFixture: '年度考核须先登记工作人员才能开始，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 报销单 ----
  { routes: 'GET,POST /api/personnel-finance/claims', scope: 'none' },
  { routes: 'GET /api/personnel-finance/claim-vouchers.xlsx', scope: 'none' },
  { routes: '* /api/personnel-finance/claims/{id}/**', scope: 'office-only', officeReaders: ['claims:read', 'claims:manage', 'claims:approve'], noFixture: '报销单须经登记、提交、审批多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 工资扣缴 ----
  { routes: 'GET,POST /api/personnel-finance/payslips', scope: 'none' },
  { routes: 'GET /api/personnel-finance/payroll-sheet.xlsx', scope: 'none' },
  { routes: '* /api/personnel-finance/payslips/{id}/**', scope: 'office-only', officeReaders: ['payslips:read', 'payslips:manage'], noFixture: '工资扣缴须先登记工作人员，金额加密，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 组织生活 ----
  { routes: 'GET,POST /api/party-affairs/life-meetings', scope: 'none' },
  { routes: '* /api/party-affairs/life-meetings/{id}/**', scope: 'unit-scoped', officeReaders: ['life-meetings:read', 'life-meetings:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  { routes: 'GET /api/party-affairs/compliance', scope: 'none', note: '联络员只得到本单位党支部的落实情况' },
  { routes: 'GET /api/party-affairs/dues-arrears', scope: 'none', note: '联络员只得到本单位党支部的欠缴名单' },
  // ---- information: 约稿 ----
  { routes: 'GET,POST /api/information/solicitations', scope: 'none' },
  { routes: '* /api/information/solicitations/{id}/**', scope: 'unit-scoped', officeReaders: ['solicitations:read', 'solicitations:manage'], noFixture: '约稿由信息科登记并分派单位，矩阵测试不建此记录；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 外宾接待 ----
  { routes: 'GET,POST /api/foreign-affairs/receptions', scope: 'none' },
  { routes: '* /api/foreign-affairs/receptions/{id}/**', scope: 'unit-scoped', officeReaders: ['receptions:read', 'receptions:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 涉外案事件 ----
  { routes: 'GET,POST /api/foreign-affairs/incidents', scope: 'none' },
  { routes: '* /api/foreign-affairs/incidents/{id}/**', scope: 'unit-scoped', officeReaders: ['incidents:read', 'incidents:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 后勤服务申请 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/logistics-requests', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/{logistics-statistics,logistics-statistics.xlsx,logistics-rules}', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/logistics-requests/{id}/**', scope: 'unit-scoped', officeReaders: ['logistics-requests:read', 'logistics-requests:manage'], noFixture: '矩阵测试不建后勤服务申请夹具；以随机 id 检查 403 与 404' },
  // ---- disclosure: 主动公开信息 ----
  { routes: 'GET,POST /api/disclosure/publications', scope: 'none' },
  { routes: '* /api/disclosure/publications/{id}/**', scope: 'office-only', officeReaders: ['publications:read', 'publications:manage'], noFixture: '主动公开信息由发文核发事件产生，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- information: 《博山政务信息》期刊 ----
  { routes: 'GET,POST /api/information/bulletins', scope: 'none' },
  { routes: 'GET /api/information/bulletins/catalogue.xlsx', scope: 'none' },
  { routes: '* /api/information/bulletins/{id}/**', scope: 'office-only', officeReaders: ['bulletins:read', 'bulletins:manage', 'bulletins:sign'], noFixture: '期刊由信息科从已采纳的信息编成，矩阵测试不建此记录；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 来访登记 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/visitors', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/visitors/{id}/**', scope: 'none' },
  // ---- facilities-and-vehicles: 办公用房 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/office-rooms', scope: 'none' },
  { routes: 'GET /api/facilities-and-vehicles/office-space/**', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/office-rooms/{id}/**', scope: 'unit-scoped', officeReaders: ['office-rooms:read', 'office-rooms:manage'], noFixture: '矩阵测试不建办公用房夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 党组会议 ----
  { routes: 'GET,POST /api/personnel-finance/leading-group-meetings', scope: 'none' },
  { routes: '* /api/personnel-finance/leading-group-meetings/{id}/**', scope: 'office-only', officeReaders: ['leading-group-meetings:read', 'leading-group-meetings:manage'], noFixture: '会议须经征集议题、通知、召开多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 外国人来华邀请 ----
  { routes: 'GET,POST /api/foreign-affairs/invitations', scope: 'none' },
  { routes: '* /api/foreign-affairs/invitations/{id}/**', scope: 'unit-scoped', officeReaders: ['invitations:read', 'invitations:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 国际友好关系 ----
  { routes: 'GET,POST /api/foreign-affairs/friendships', scope: 'none' },
  { routes: '* /api/foreign-affairs/friendships/{id}/**', scope: 'unit-scoped', officeReaders: ['friendships:read', 'friendships:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  { routes: 'GET,POST /api/foreign-affairs/honorary-titles', scope: 'none' },
  { routes: '* /api/foreign-affairs/honorary-titles/{id}/**', scope: 'unit-scoped', officeReaders: ['friendships:read', 'friendships:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 外事制度规则 ----
  { routes: 'GET,POST /api/foreign-affairs/regulations', scope: 'none' },
  { routes: '* /api/foreign-affairs/regulations/{id}/**', scope: 'none', noFixture: '全区的制度文件，不属某一单位（联络员亦可阅读）；以随机 id 检查 403 与 404' },
  { routes: 'GET,POST /api/foreign-affairs/education-sessions', scope: 'none' },
  { routes: 'GET /api/foreign-affairs/education-history', scope: 'none' },
  { routes: '* /api/foreign-affairs/education-sessions/{id}/**', scope: 'none', noFixture: '外事教育记录涉及多个单位，仅科室与领导可读（联络员无此权限，403）；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 党风廉政 ----
  { routes: 'GET,POST /api/party-affairs/integrity', scope: 'none' },
  { routes: '* /api/party-affairs/integrity/{id}/**', scope: 'unit-scoped', officeReaders: ['integrity:read', 'integrity:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  { routes: 'GET /api/party-affairs/integrity-year', scope: 'none' },
  { routes: 'GET,POST /api/party-affairs/{integrity-talks,integrity-clues}', scope: 'none' },
  { routes: '* /api/party-affairs/integrity-talks/{id}/**', scope: 'office-only', officeReaders: ['integrity:read', 'integrity:manage', 'integrity-confidential:read'], noFixture: '谈话记录保密，须纪检委员权限登记；以随机 id 检查 403 与 404' },
  { routes: '* /api/party-affairs/integrity-clues/{id}/**', scope: 'office-only', clearance: true, officeReaders: ['integrity-confidential:read'], noFixture: '问题线索保密（机密以上），须纪检委员权限登记；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 结对帮扶 ----
  { routes: 'GET,POST /api/party-affairs/pairings', scope: 'none' },
  { routes: '* /api/party-affairs/pairings/{id}/**', scope: 'unit-scoped', officeReaders: ['pairings:read', 'pairings:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- party-affairs: 主题教育 ----
  { routes: 'GET,POST /api/party-affairs/campaigns', scope: 'none' },
  { routes: '* /api/party-affairs/campaigns/{id}/**', scope: 'unit-scoped', officeReaders: ['campaigns:read', 'campaigns:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- foreign-affairs: 外事委会议、外事委报告 ----
  { routes: 'GET,POST /api/foreign-affairs/committee/{meetings,reports}', scope: 'none' },
  { routes: '* /api/foreign-affairs/committee/{meetings,reports}/{id}/**', scope: 'office-only', officeReaders: ['committee:read', 'committee:manage'], noFixture: '会议须经征集议题、通知、召开多步才有各状态，报告须经起草、审定；矩阵测试不建夹具，以随机 id 检查 403 与 404' },
  // ---- party-affairs: 党费减免 ----
  { routes: 'GET,POST /api/party-affairs/dues-reductions', scope: 'none' },
  { routes: '* /api/party-affairs/dues-reductions/{id}/**', scope: 'unit-scoped', officeReaders: ['dues:read', 'dues:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  { routes: 'GET /api/party-affairs/{dues-receipts,dues-receipts.xlsx,dues-statement,dues-statement.xlsx}', scope: 'none', note: '按党支部查询；联络员只能查看本单位党支部（他单位的为 404）' },
  { routes: 'GET /api/party-affairs/{yearly-summary,yearly-summary.xlsx}', scope: 'none', note: '按党支部查询；联络员只能查看本单位党支部（他单位的为 404）' },
  { routes: 'POST /api/party-affairs/dengta-export.xlsx', scope: 'none', note: '含个人信息的导出，仅机关党总支（members:manage）' },
  // ---- information: 业绩考评 ----
  { routes: 'GET,POST /api/information/evaluations', scope: 'none' },
  { routes: '* /api/information/evaluations/{id}/**', scope: 'office-only', officeReaders: ['evaluations:read', 'evaluations:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- information: 培训 ----
  { routes: 'GET,POST /api/information/trainings', scope: 'none' },
  { routes: '* /api/information/trainings/{id}/**', scope: 'office-only', officeReaders: ['trainings:read', 'trainings:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- information: 上报登记 ----
  { routes: 'GET,POST /api/information/upward-reports', scope: 'none' },
  { routes: '* /api/information/upward-reports/{id}/**', scope: 'office-only', officeReaders: ['upward-reports:read', 'upward-reports:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },
  // ---- duty-and-meetings: 室务会 ----
  { routes: 'GET,POST /api/duty-and-meetings/office-affairs/{meetings,work-plan,rules,publicity}', scope: 'none' },
  { routes: 'GET /api/duty-and-meetings/office-affairs/publicity-counts', scope: 'none' },
  { routes: '* /api/duty-and-meetings/office-affairs/{meetings,work-plan,rules,publicity}/{id}/**', scope: 'office-only', officeReaders: ['office-affairs:read', 'office-affairs:manage'], noFixture: '办公室内部事务（室务会须经安排、召开、发布多步）；矩阵测试不建夹具，以随机 id 检查 403 与 404' },
  // ---- disclosure: 信息化项目 ----
  { routes: 'GET,POST /api/disclosure/projects', scope: 'none' },
  { routes: '* /api/disclosure/projects/{id}/**', scope: 'unit-scoped', officeReaders: ['projects:read', 'projects:manage'], noFixture: '信息化项目须经申报、审核、实施监督、验收多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404（审核、监督、验收、评价仅大数据科持有权限，联络员为 403）' },
  // ---- personnel-finance: 机构编制 ----
  { routes: 'GET,POST /api/personnel-finance/establishment-posts', scope: 'none' },
  { routes: '* /api/personnel-finance/establishment-posts/{id}/**', scope: 'office-only', officeReaders: ['establishment-posts:read', 'establishment-posts:manage'], noFixture: '机构编制为本办人事科所有，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 安全事件 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/security-incidents', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/security-incidents/{id}/**', scope: 'none' },
  // ---- personnel-finance: 干部选拔任用 ----
  { routes: 'GET,POST /api/personnel-finance/cadre-selections', scope: 'none' },
  { routes: '* /api/personnel-finance/cadre-selections/{id}/**', scope: 'office-only', officeReaders: ['cadre-selections:read', 'cadre-selections:manage'], noFixture: '干部选拔任用须先登记机构编制并逐步办理，含加密的个人信息，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 门卫排班 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/guard-shifts', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/guard-shifts/{id}/**', scope: 'none' },
  // ---- facilities-and-vehicles: 巡逻记录 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/patrols', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/patrols/{id}/**', scope: 'none' },
  // ---- disclosure: 公开巡查 ----
  { routes: 'GET,POST /api/disclosure/inspections', scope: 'none' },
  { routes: '* /api/disclosure/inspections/{id}/**', scope: 'unit-scoped', officeReaders: ['inspections:read', 'inspections:manage'], noFixture: '公开巡查由大数据科针对单位登记，矩阵测试不建夹具；以随机 id 检查 403 与 404（登记、撤回仅大数据科持有权限）' },
  // ---- facilities-and-vehicles: 办公用品 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/office-supplies', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/office-supplies/{id}/**', scope: 'none' },
  { routes: 'GET,POST /api/facilities-and-vehicles/supply-requests', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/supply-requests/{id}/**', scope: 'none' },
  // ---- personnel-finance: 中心组学习和民主生活会 ----
  { routes: 'GET,POST /api/personnel-finance/group-sessions', scope: 'none' },
  { routes: '* /api/personnel-finance/group-sessions/{id}/**', scope: 'office-only', officeReaders: ['group-sessions:read', 'group-sessions:manage'], noFixture: '中心组学习和民主生活会须经筹备、召开多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- disclosure: 政府信息公开指南 ----
  { routes: 'GET,POST /api/disclosure/guides', scope: 'none' },
  { routes: '* /api/disclosure/guides/{id}/**', scope: 'unit-scoped', officeReaders: ['guides:read', 'guides:manage'], noFixture: '政府信息公开指南由科室或单位联络员登记，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 车辆运行费用 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/vehicle-costs', scope: 'none' },
  { routes: 'GET /api/facilities-and-vehicles/vehicle-cost-report', scope: 'none' },
  { routes: 'GET /api/facilities-and-vehicles/vehicle-cost-report.xlsx', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/vehicle-costs/{id}/**', scope: 'unit-scoped', officeReaders: ['vehicle-costs:read', 'vehicle-costs:manage'], noFixture: '费用记录须先有台账中在用的车辆（编制、购置、审批）；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 到期提醒 ----
  { routes: '* /api/facilities-and-vehicles/{reminder-rules,reminders/run}', scope: 'none' },
  // ---- facilities-and-vehicles: 周转住房 (机关事务管理科's, no liaison holds its permissions) ----
  { routes: 'GET,POST /api/facilities-and-vehicles/{housing-units,housing-tenancies}', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/{housing-units,housing-tenancies}/{id}/**', scope: 'none' },
  // ---- information: 月度通报 ----
  { routes: 'GET,POST /api/information/monthly-notices', scope: 'none' },
  { routes: '* /api/information/monthly-notices/{id}/**', scope: 'office-only', officeReaders: ['monthly-notices:read', 'monthly-notices:manage', 'monthly-notices:sign'], noFixture: '月度通报由信息科按已结束月份起草（每月一份），矩阵测试不建此记录；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 国有资产 ----
  { routes: 'GET /api/personnel-finance/{assets,asset-report,asset-report.xlsx}', scope: 'none' },
  { routes: 'GET,POST /api/personnel-finance/{asset-purchases,asset-inventories}', scope: 'none' },
  { routes: '* /api/personnel-finance/{assets,asset-purchases,asset-inventories}/{id}/**', scope: 'office-only', officeReaders: ['assets:read', 'assets:manage', 'assets:approve'], noFixture: '国有资产为本办财务科所有，卡片须经采购申请、审批、采购、验收多步才建立，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 预算/决算 ----
  { routes: 'GET,POST /api/personnel-finance/budgets', scope: 'none' },
  { routes: '* /api/personnel-finance/budgets/{id}/**', scope: 'office-only', officeReaders: ['budgets:read', 'budgets:manage'], noFixture: '年度预算每年一份，须经编制、批复方可执行，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 内部审计 ----
  { routes: 'GET,POST /api/personnel-finance/internal-audits', scope: 'none' },
  { routes: '* /api/personnel-finance/internal-audits/{id}/**', scope: 'office-only', officeReaders: ['internal-audits:read', 'internal-audits:manage'], noFixture: '内部审计须经计划、进场、发现问题、整改、核查多步才有各状态，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- personnel-finance: 培训 ----
  { routes: 'GET,POST /api/personnel-finance/{training-plans,training-sessions}', scope: 'none' },
  { routes: 'GET /api/personnel-finance/training-hours', scope: 'none' },
  { routes: '* /api/personnel-finance/{training-plans,training-sessions}/{id}/**', scope: 'office-only', officeReaders: ['staff-trainings:read', 'staff-trainings:manage'], noFixture: '培训班次须先登记工作人员和培训计划，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 镇街办公用房报送 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/town-space-reports', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/town-space-reports/{id}/**', scope: 'unit-scoped', officeReaders: ['town-space-reports:read', 'town-space-reports:manage'], noFixture: '报送须由镇（街道）联络员按年度报送，每单位每年一份，矩阵测试不建夹具（本单位可见、他单位 404 由 facilities-and-vehicles-town-space-reports 端到端测试验证）；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 指导检查 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/guidance-visits', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/guidance-visits/{id}/**', scope: 'unit-scoped', officeReaders: ['guidance-visits:read', 'guidance-visits:manage'], noFixture: '指导检查由科室对镇（街道）登记，矩阵测试不建夹具（本单位可见、他单位 404 由 facilities-and-vehicles-guidance-visits 端到端测试验证）；以随机 id 检查 403 与 404' },
  // ---- facilities-and-vehicles: 公务用车年度统计 ----
  { routes: 'GET /api/facilities-and-vehicles/vehicle-statistics', scope: 'none' },
  { routes: 'GET /api/facilities-and-vehicles/vehicle-statistics.xlsx', scope: 'none' },
  // ---- personnel-finance: 事业单位绩效考核 ----
  { routes: 'GET,POST /api/personnel-finance/institution-assessments', scope: 'none' },
  { routes: '* /api/personnel-finance/institution-assessments/{id}/**', scope: 'unit-scoped', officeReaders: ['institution-assessments:read', 'institution-assessments:manage'], noFixture: '考核方案的参加单位须在单位名录中，矩阵测试不建夹具；以随机 id 检查 403 与 404（联络员只见本单位参加的考核，见端到端测试）' },
  // ---- personnel-finance: 工资晋级晋档 ----
  { routes: 'GET,POST /api/personnel-finance/salary-changes', scope: 'none' },
  { routes: 'GET /api/personnel-finance/salary-steps-due', scope: 'none' },
  { routes: '* /api/personnel-finance/salary-changes/{id}/**', scope: 'office-only', officeReaders: ['salary-changes:read', 'salary-changes:manage'], noFixture: '工资变动须先登记工作人员，矩阵测试不建夹具；以随机 id 检查 403 与 404' },
  // ---- disclosure: 数据资源 ----
  { routes: 'GET,POST /api/disclosure/data-resources', scope: 'none' },
  { routes: 'GET /api/disclosure/data-resource-catalogue', scope: 'none', note: '已发布目录：大数据科与领导可读；联络员无读全部的权限（403）' },
  { routes: '* /api/disclosure/data-resources/{id}/**', scope: 'unit-scoped', officeReaders: ['data-resources:read', 'data-resources:manage'], noFixture: '数据资源由单位联络员或大数据科登记（提供单位须在单位通讯录中），矩阵测试不建夹具；以随机 id 检查 403 与 404（审核仅大数据科持有权限）' },
  // ---- disclosure: 协助调查件 ----
  { routes: 'GET,POST /api/disclosure/assistance-requests', scope: 'none' },
  { routes: '* /api/disclosure/assistance-requests/{id}/**', scope: 'office-only', officeReaders: ['assistance-requests:read', 'assistance-requests:manage'], noFixture: '协助调查件由政务公开科依来文登记，矩阵测试不建夹具；以随机 id 检查 403 与 404（单位联络员无权限）' },
  // ---- disclosure: 政务公开稿件 ----
  { routes: 'GET,POST /api/disclosure/manuscripts', scope: 'none' },
  { routes: 'GET /api/disclosure/manuscripts/years/{year}', scope: 'none', note: '年度统计：联络员只得到本单位的' },
  { routes: '* /api/disclosure/manuscripts/{id}/**', scope: 'unit-scoped', officeReaders: ['manuscripts:read', 'manuscripts:manage'], noFixture: '政务公开稿件由单位联络员或政务公开科登记，矩阵测试不建夹具；以随机 id 检查 403 与 404（报送、采用登记仅政务公开科持有权限）' },
  // ---- disclosure: 部门年度报告 ----
  { routes: 'GET,POST /api/disclosure/department-reports', scope: 'none' },
  { routes: 'GET,POST /api/disclosure/department-report-rounds', scope: 'none' },
  { routes: '* /api/disclosure/department-report-rounds/{id}/**', scope: 'office-only', officeReaders: ['department-reports:read', 'department-reports:manage'], noFixture: '每年一次的收集由政务公开科启动，矩阵测试不建夹具；以随机 id 检查 403 与 404（联络员无权限）' },
  { routes: '* /api/disclosure/department-reports/{id}/**', scope: 'unit-scoped', officeReaders: ['department-reports:read', 'department-reports:manage'], noFixture: '部门年度报告由单位联络员报送，矩阵测试不建夹具；以随机 id 检查 403 与 404（审核仅政务公开科持有权限）' },
  // ---- disclosure: 政务公开考评 ----
  { routes: 'GET,POST /api/disclosure/openness-evaluations', scope: 'none' },
  { routes: '* /api/disclosure/openness-evaluations/{id}/**', scope: 'office-only', officeReaders: ['openness-evaluations:read', 'openness-evaluations:manage'], noFixture: '政务公开考评每年由政务公开科建立并准备材料，矩阵测试不建夹具；以随机 id 检查 403 与 404（单位联络员无权限）' },
  // ---- disclosure: 领导小组工作事项 ----
  { routes: 'GET,POST /api/disclosure/work-items', scope: 'none' },
  { routes: '* /api/disclosure/work-items/{id}/**', scope: 'unit-scoped', officeReaders: ['work-items:read', 'work-items:manage'], noFixture: '工作事项由领导小组办公室（政务公开科）向单位交办，矩阵测试不建夹具；以随机 id 检查 403 与 404（交办、修改、确认、退回、撤销仅政务公开科持有权限，进展报送仅联络员）' },
  // ---- facilities-and-vehicles: 办公用房楼宇 ----
  { routes: 'GET,POST /api/facilities-and-vehicles/office-buildings', scope: 'none' },
  { routes: '* /api/facilities-and-vehicles/office-buildings/{id}/**', scope: 'office-only', officeReaders: ['office-buildings:read', 'office-buildings:manage'], noFixture: '楼宇由机关事务管理科登记，联络员不可见；矩阵测试不建楼宇夹具，以随机 id 检查 403 与 404' },
];

/** The route keys (`METHOD /path`) a pattern names, as a matcher. */
export function matcherOf(pattern: string): (route: string) => boolean {
  const [methods, path] = pattern.split(' ');
  const expand = (text: string): string[] => {
    const match = /\{([^{}]*,[^{}]*)\}/.exec(text);
    if (!match) return [text];
    return match[1].split(',').flatMap((choice) => expand(text.slice(0, match.index) + choice + text.slice(match.index + match[0].length)));
  };
  const paths = expand(path);
  const allowed = methods === '*' ? null : new Set(methods.split(','));
  return (route) => {
    const [method, routePath] = route.split(' ');
    if (allowed && !allowed.has(method)) return false;
    return paths.some((p) => (p.endsWith('/**') ? routePath === p.slice(0, -3) || routePath.startsWith(p.slice(0, -2)) : routePath === p));
  };
}

/** Each route's one entry, and what is wrong with the table: routes without an entry, routes with several, entries with none. */
export function resolvePolicy(routes: string[], policy: PolicyEntry[] = POLICY) {
  const matchers = policy.map((entry) => ({ entry, matches: matcherOf(entry.routes) }));
  const byRoute = new Map<string, PolicyEntry>();
  const missing: string[] = [];
  const ambiguous: string[] = [];
  const used = new Set<PolicyEntry>();
  for (const route of routes) {
    const found = matchers.filter((m) => m.matches(route));
    found.forEach((m) => used.add(m.entry));
    if (!found.length) missing.push(route);
    else if (found.length > 1) ambiguous.push(`${route} ← ${found.map((m) => m.entry.routes).join(' | ')}`);
    else byRoute.set(route, found[0].entry);
  }
  const unused = policy.filter((entry) => !used.has(entry)).map((entry) => entry.routes);
  const incomplete = policy
    .filter((entry) => entry.scope !== 'none' && !entry.fixture === !entry.noFixture)
    .map((entry) => `${entry.routes}: a record rule needs exactly one of fixture or noFixture`);
  return { byRoute, missing, ambiguous, unused, incomplete };
}
