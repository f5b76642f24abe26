import {
  CreateEducationSession,
  CreateRegulation,
  EducationSessionSubjects,
  EducationSessionView,
  GetEducationSession,
  GetRegulation,
  ListEducationSessions,
  ListRegulationRevisions,
  ListRegulations,
  PersonEducationHistory,
  RegulationSubjects,
  RegulationView,
  RepealRegulation,
  ReviseRegulation,
  UpdateEducationSession,
  WithdrawEducationSession,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

/** The rule documents are the district's: liaisons read them too. */
const READERS = [P.regulationsRead, P.regulationsManage, P.regulationsOwn] as const;
/** The education records name people of many units: the office only. */
const OFFICE = [P.regulationsRead, P.regulationsManage] as const;
const SECTION = [P.regulationsManage] as const;

const regulations = { tag: '外事制度规则', service: 'foreign-affairs' } as const;
const education = { tag: '外事教育', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 外事制度规则 and 外事教育, owned by foreign-affairs. */
export const regulationsRoutes: Record<string, RouteTable> = {
  ForeignAffairsRegulationsController: [
    { ...regulations, name: 'list', method: 'GET', path: 'api/foreign-affairs/regulations', permission: READERS, subject: RegulationSubjects.list, convention: 'read', request: ListRegulations.Request, query: ListRegulations.Request, reply: ListRegulations.Reply, summary: '外事制度规则列表（分页、按状态/类别筛选、标题文号模糊搜索）' },
    { ...regulations, name: 'get', method: 'GET', path: 'api/foreign-affairs/regulations/:id', permission: READERS, subject: RegulationSubjects.get, convention: 'record-read', request: GetRegulation.Request, params: id, reply: RegulationView, summary: '外事制度规则现行文本（ETag 为版本号）', problems: [404] },
    { ...regulations, name: 'revisions', method: 'GET', path: 'api/foreign-affairs/regulations/:id/revisions', permission: READERS, subject: RegulationSubjects.revisions, convention: 'read', request: ListRegulationRevisions.Request, params: id, reply: ListRegulationRevisions.Reply, summary: '外事制度规则的版本历史（从新到旧）', problems: [404] },
    { ...regulations, name: 'create', method: 'POST', path: 'api/foreign-affairs/regulations', permission: SECTION, subject: RegulationSubjects.create, convention: 'create', request: CreateRegulation.Request, reply: RegulationView, summary: '登记外事制度规则（第 1 版）；须带 Idempotency-Key', problems: [422] },
    { ...regulations, name: 'revise', method: 'POST', path: 'api/foreign-affairs/regulations/:id/revisions', permission: SECTION, subject: RegulationSubjects.revise, convention: 'change', request: ReviseRegulation.Request, body: ReviseRegulation.Body, params: id, reply: RegulationView, summary: '修订：登记新版本（原版本保留在历史中）；须带 If-Match', problems: [404, 422] },
    { ...regulations, name: 'repeal', method: 'POST', path: 'api/foreign-affairs/regulations/:id/repeal', permission: SECTION, subject: RegulationSubjects.repeal, convention: 'change', request: RepealRegulation.Request, body: RepealRegulation.Body, params: id, reply: RegulationView, summary: '废止（须说明理由和日期，不删除）；须带 If-Match', problems: [404, 422] },
  ],
  ForeignAffairsEducationController: [
    { ...education, name: 'list', method: 'GET', path: 'api/foreign-affairs/education-sessions', permission: OFFICE, subject: EducationSessionSubjects.list, convention: 'read', request: ListEducationSessions.Request, query: ListEducationSessions.Request, reply: ListEducationSessions.Reply, summary: '外事教育记录列表（分页、按类别/日期筛选）' },
    { ...education, name: 'get', method: 'GET', path: 'api/foreign-affairs/education-sessions/:id', permission: OFFICE, subject: EducationSessionSubjects.get, convention: 'record-read', request: GetEducationSession.Request, params: id, reply: EducationSessionView, summary: '外事教育记录详情（含出勤；ETag 为版本号）', problems: [404] },
    { ...education, name: 'create', method: 'POST', path: 'api/foreign-affairs/education-sessions', permission: SECTION, subject: EducationSessionSubjects.create, convention: 'create', request: CreateEducationSession.Request, reply: EducationSessionView, summary: '登记外事教育（主题、类别、主讲人、出勤与缺席理由）；须带 Idempotency-Key', problems: [422] },
    { ...education, name: 'update', method: 'PUT', path: 'api/foreign-affairs/education-sessions/:id', permission: SECTION, subject: EducationSessionSubjects.update, convention: 'change', request: UpdateEducationSession.Request, body: UpdateEducationSession.Body, params: id, reply: EducationSessionView, summary: '修改外事教育记录；须带 If-Match', problems: [404, 422] },
    { ...education, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/education-sessions/:id/withdraw', permission: SECTION, subject: EducationSessionSubjects.withdraw, convention: 'change', request: WithdrawEducationSession.Request, body: WithdrawEducationSession.Body, params: id, reply: EducationSessionView, summary: '撤回外事教育记录（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
    { ...education, name: 'personHistory', method: 'GET', path: 'api/foreign-affairs/education-history', permission: OFFICE, subject: EducationSessionSubjects.personHistory, convention: 'read', request: PersonEducationHistory.Request, query: PersonEducationHistory.Request, reply: PersonEducationHistory.Reply, summary: '个人外事教育记录（按姓名，可加单位区分同名）' },
  ],
};
