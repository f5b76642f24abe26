import {
  AppointCadreSelection,
  CadreSelectionSubjects,
  CadreSelectionView,
  CreateCadreSelection,
  DecideCadreSelection,
  GetCadreSelection,
  InspectCadreSelection,
  ListCadreSelections,
  PublicizeCadreSelection,
  RecommendCadreSelection,
  RecordCadreSelectionObjection,
  ResolveCadreSelectionObjection,
  WithdrawCadreSelection,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.cadreSelectionsRead, P.cadreSelectionsManage] as const;
const WRITERS = [P.cadreSelectionsManage] as const;

const selections = { tag: '干部选拔任用', service: 'personnel-finance' } as const;

/** 干部选拔任用, owned by personnel-finance: one route per step of the procedure. */
export const cadreSelectionsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceCadreSelectionsController: [
    { ...selections, name: 'list', method: 'GET', path: 'api/personnel-finance/cadre-selections', permission: READERS, subject: CadreSelectionSubjects.list, convention: 'read', request: ListCadreSelections.Request, query: ListCadreSelections.Request, reply: ListCadreSelections.Reply, summary: '干部选拔任用列表（分页、按状态筛选、中文模糊搜索；考察对象身份证号脱敏）', problems: [403] },
    { ...selections, name: 'get', method: 'GET', path: 'api/personnel-finance/cadre-selections/:id', permission: READERS, subject: CadreSelectionSubjects.get, convention: 'record-read', request: GetCadreSelection.Request, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '干部选拔任用详情（各步骤、公示期及计算说明、反映问题；ETag 为版本号）', problems: [404] },
    { ...selections, name: 'create', method: 'POST', path: 'api/personnel-finance/cadre-selections', permission: WRITERS, subject: CadreSelectionSubjects.create, convention: 'create', request: CreateCadreSelection.Request, reply: CadreSelectionView, summary: '动议（拟任岗位须在机构编制中且有空缺）；须带 Idempotency-Key', problems: [403, 422] },
    { ...selections, name: 'recommend', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/recommend', permission: WRITERS, subject: CadreSelectionSubjects.recommend, convention: 'change', request: RecommendCadreSelection.Request, body: RecommendCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '民主推荐（参加人数、得票）；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'inspect', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/inspect', permission: WRITERS, subject: CadreSelectionSubjects.inspect, convention: 'change', request: InspectCadreSelection.Request, body: InspectCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '考察（考察对象须为被推荐人；身份证号加密存储）；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'decide', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/decide', permission: WRITERS, subject: CadreSelectionSubjects.decide, convention: 'change', request: DecideCadreSelection.Request, body: DecideCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '讨论决定（三分之二以上成员到会，超过应到会成员半数同意）；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'publicize', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/publicize', permission: WRITERS, subject: CadreSelectionSubjects.publicize, convention: 'change', request: PublicizeCadreSelection.Request, body: PublicizeCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '任前公示（不少于 5 个工作日，期满日由工作日历计算）；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'recordObjection', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/objections', permission: WRITERS, subject: CadreSelectionSubjects.recordObjection, convention: 'change', request: RecordCadreSelectionObjection.Request, body: RecordCadreSelectionObjection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '登记公示期间反映的问题；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'resolveObjection', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/objections/resolve', permission: WRITERS, subject: CadreSelectionSubjects.resolveObjection, convention: 'change', request: ResolveCadreSelectionObjection.Request, body: ResolveCadreSelectionObjection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '登记反映问题的核查结论；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'appoint', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/appoint', permission: WRITERS, subject: CadreSelectionSubjects.appoint, convention: 'change', request: AppointCadreSelection.Request, body: AppointCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '任职（公示期满、反映问题核查完毕后；含试用期）；须带 If-Match', problems: [403, 404, 422] },
    { ...selections, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/cadre-selections/:id/withdraw', permission: WRITERS, subject: CadreSelectionSubjects.withdraw, convention: 'change', request: WithdrawCadreSelection.Request, body: WithdrawCadreSelection.Body, params: { id: { format: 'uuid' } }, reply: CadreSelectionView, summary: '撤回干部选拔任用（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
