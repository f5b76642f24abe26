import {
  ApproveDuesReduction,
  CreateDuesReduction,
  DecideDuesReduction,
  DuesLedgerSubjects,
  DuesReceiptsXlsx,
  DuesReductionSubjects,
  DuesReductionView,
  DuesStatement,
  DuesStatementXlsx,
  GetDuesReduction,
  ListDues,
  ListDuesReceipts,
  RefuseDuesReduction,
  WithdrawDuesReduction,
  PartyAffairsPermissions as P,
} from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.duesRead, P.duesManage, P.duesOwn] as const;
const WRITERS = [P.duesManage] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dues = { tag: '党费', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 党费减免, 党费收据 and 党费收缴年度报表, owned by party-affairs. */
export const duesRoutes: Record<string, RouteTable> = {
  PartyAffairsDuesController: [
    { ...dues, name: 'list', method: 'GET', path: 'api/party-affairs/dues-reductions', permission: READERS, subject: DuesReductionSubjects.list, convention: 'read', request: ListDues.Request, query: ListDues.Request, reply: ListDues.Reply, summary: '党费减免列表（分页、筛选、按党员姓名搜索）', description: '单位联络员只能看到本单位党支部的记录。' },
    { ...dues, name: 'get', method: 'GET', path: 'api/party-affairs/dues-reductions/:id', permission: READERS, subject: DuesReductionSubjects.get, convention: 'record-read', request: GetDuesReduction.Request, params: id, reply: DuesReductionView, summary: '党费减免详情（ETag 为版本号）', problems: [404] },
    { ...dues, name: 'create', method: 'POST', path: 'api/party-affairs/dues-reductions', permission: WRITERS, subject: DuesReductionSubjects.create, convention: 'create', request: CreateDuesReduction.Request, reply: DuesReductionView, summary: '登记党费减免申请（减交或免交，起止月份，理由）；须带 Idempotency-Key', problems: [409, 422] },
    { ...dues, name: 'decide', method: 'POST', path: 'api/party-affairs/dues-reductions/:id/decide', permission: WRITERS, subject: DuesReductionSubjects.decide, convention: 'change', request: DecideDuesReduction.Request, body: DecideDuesReduction.Body, params: id, reply: DuesReductionView, summary: '登记支部委员会研究（日期、会议）；须带 If-Match', problems: [404, 422] },
    { ...dues, name: 'approve', method: 'POST', path: 'api/party-affairs/dues-reductions/:id/approve', permission: WRITERS, subject: DuesReductionSubjects.approve, convention: 'change', request: ApproveDuesReduction.Request, body: ApproveDuesReduction.Body, params: id, reply: DuesReductionView, summary: '党总支批准（审批人、日期），自此生效；须带 If-Match', problems: [404, 422] },
    { ...dues, name: 'refuse', method: 'POST', path: 'api/party-affairs/dues-reductions/:id/refuse', permission: WRITERS, subject: DuesReductionSubjects.refuse, convention: 'change', request: RefuseDuesReduction.Request, body: RefuseDuesReduction.Body, params: id, reply: DuesReductionView, summary: '不予批准（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...dues, name: 'withdraw', method: 'POST', path: 'api/party-affairs/dues-reductions/:id/withdraw', permission: WRITERS, subject: DuesReductionSubjects.withdraw, convention: 'change', request: WithdrawDuesReduction.Request, body: WithdrawDuesReduction.Body, params: id, reply: DuesReductionView, summary: '撤回党费减免（生效中的亦可，须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...dues, name: 'receipts', method: 'GET', path: 'api/party-affairs/dues-receipts', permission: READERS, subject: DuesLedgerSubjects.receipts, convention: 'read', request: ListDuesReceipts.Request, query: ListDuesReceipts.Request, reply: ListDuesReceipts.Reply, summary: '党费收据（某党支部某月交纳的，含作废的）', description: '收据编号每个党支部每年一个序列，连续、不重复使用；作废的保留编号。联络员只能查看本单位党支部。', problems: [404] },
    { ...dues, name: 'receiptsXlsx', method: 'GET', path: 'api/party-affairs/dues-receipts.xlsx', permission: READERS, subject: DuesLedgerSubjects.receiptsXlsx, convention: 'download', request: DuesReceiptsXlsx.Request, query: DuesReceiptsXlsx.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出（打印）党费收据（.xlsx）', description: '列：收据编号、党员、所属月份、金额、交纳日期、经办人、状态（作废注明理由）。', problems: [404] },
    { ...dues, name: 'statement', method: 'GET', path: 'api/party-affairs/dues-statement', permission: READERS, subject: DuesLedgerSubjects.statement, convention: 'read', request: DuesStatement.Request, query: DuesStatement.Request, reply: DuesStatement.Reply, summary: '党费收缴年度报表（按党支部、年度；由收缴和减免记录计算）', problems: [404] },
    { ...dues, name: 'statementXlsx', method: 'GET', path: 'api/party-affairs/dues-statement.xlsx', permission: READERS, subject: DuesLedgerSubjects.statementXlsx, convention: 'download', request: DuesStatementXlsx.Request, query: DuesStatementXlsx.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出党费收缴年度报表（.xlsx）', description: '每名党员每月应交、实交、减免（元），合计与欠缴。', problems: [404] },
  ],
};
