import {
  ApproveClaim,
  ClaimSubjects,
  ClaimView,
  CreateClaim,
  ExportClaimVouchers,
  GetClaim,
  ListClaims,
  PayClaim,
  ReturnClaim,
  SubmitClaim,
  UpdateClaim,
  WithdrawClaim,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.claimsRead, P.claimsManage, P.claimsApprove] as const;
const WRITERS = [P.claimsManage] as const;
const APPROVERS = [P.claimsApprove] as const;

const claims = { tag: '报销', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 报销单, owned by personnel-finance. */
export const claimsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceClaimsController: [
    { ...claims, name: 'list', method: 'GET', path: 'api/personnel-finance/claims', permission: READERS, subject: ClaimSubjects.list, convention: 'read', request: ListClaims.Request, query: ListClaims.Request, reply: ListClaims.Reply, summary: '报销单列表（按状态、支出类别筛选，事由、报销人、单号模糊搜索）', problems: [403] },
    { ...claims, name: 'exportVouchers', method: 'GET', path: 'api/personnel-finance/claim-vouchers.xlsx', permission: READERS, subject: ClaimSubjects.exportVouchers, convention: 'download', request: ExportClaimVouchers.Request, query: ExportClaimVouchers.Request, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出期间内已支付报销单的记账凭证（.xlsx，供总账导入）', description: '每张报销单两行：借记支出科目，贷记结算科目（零余额账户用款额度或库存现金）。', problems: [403, 422] },
    { ...claims, name: 'get', method: 'GET', path: 'api/personnel-finance/claims/:id', permission: READERS, subject: ClaimSubjects.get, convention: 'record-read', request: GetClaim.Request, params: id, reply: ClaimView, summary: '报销单详情：明细、审批层级与意见、凭证号、过程记录（ETag 为版本号）', problems: [404] },
    { ...claims, name: 'create', method: 'POST', path: 'api/personnel-finance/claims', permission: WRITERS, subject: ClaimSubjects.create, convention: 'create', request: CreateClaim.Request, reply: ClaimView, summary: '登记报销单（待提交）；公务卡强制结算目录内的支出以现金报销被拒绝；须带 Idempotency-Key', problems: [403, 422] },
    { ...claims, name: 'update', method: 'PUT', path: 'api/personnel-finance/claims/:id', permission: WRITERS, subject: ClaimSubjects.update, convention: 'change', request: UpdateClaim.Request, body: UpdateClaim.Body, params: id, reply: ClaimView, summary: '修改待提交或已退回的报销单；须带 If-Match', problems: [403, 404, 422] },
    { ...claims, name: 'submit', method: 'POST', path: 'api/personnel-finance/claims/:id/submit', permission: WRITERS, subject: ClaimSubjects.submit, convention: 'change', request: SubmitClaim.Request, params: id, reply: ClaimView, summary: '提交审批：按金额分级确定审批层级（配置版本随单记录）；须带 If-Match', problems: [403, 404, 422] },
    { ...claims, name: 'approve', method: 'POST', path: 'api/personnel-finance/claims/:id/approve', permission: APPROVERS, subject: ClaimSubjects.approve, convention: 'change', request: ApproveClaim.Request, body: ApproveClaim.Body, params: id, reply: ClaimView, summary: '审批同意当前层级（财务科科长、分管副主任、主任依次）；须带 If-Match', problems: [403, 404, 422] },
    { ...claims, name: 'return', method: 'POST', path: 'api/personnel-finance/claims/:id/return', permission: APPROVERS, subject: ClaimSubjects.return, convention: 'change', request: ReturnClaim.Request, body: ReturnClaim.Body, params: id, reply: ClaimView, summary: '退回报销单（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...claims, name: 'pay', method: 'POST', path: 'api/personnel-finance/claims/:id/pay', permission: WRITERS, subject: ClaimSubjects.pay, convention: 'change', request: PayClaim.Request, body: PayClaim.Body, params: id, reply: ClaimView, summary: '支付已审批的报销单，生成记账凭证号；须带 If-Match', problems: [403, 404, 422] },
    { ...claims, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/claims/:id/withdraw', permission: WRITERS, subject: ClaimSubjects.withdraw, convention: 'change', request: WithdrawClaim.Request, body: WithdrawClaim.Body, params: id, reply: ClaimView, summary: '撤回待提交或已退回的报销单（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
