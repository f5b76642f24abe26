import { ConfirmPayslip, CreatePayslip, ExportPayrollSheet, GetPayslip, ListPayslips, PayslipSubjects, PayslipView, UpdatePayslip, WithdrawPayslip, PersonnelFinancePermissions as P } from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.payslipsRead, P.payslipsManage] as const;
const WRITERS = [P.payslipsManage] as const;

const payslips = { tag: '工资扣缴', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 工资扣缴, owned by personnel-finance. */
export const payslipsRoutes: Record<string, RouteTable> = {
  PersonnelFinancePayslipsController: [
    { ...payslips, name: 'list', method: 'GET', path: 'api/personnel-finance/payslips', permission: READERS, subject: PayslipSubjects.list, convention: 'read', request: ListPayslips.Request, query: ListPayslips.Request, reply: ListPayslips.Reply, summary: '工资扣缴列表（按年月、人员、状态筛选；列表不显示金额）', problems: [403] },
    { ...payslips, name: 'exportSheet', method: 'GET', path: 'api/personnel-finance/payroll-sheet.xlsx', permission: READERS, subject: PayslipSubjects.exportSheet, convention: 'download', request: ExportPayrollSheet.Request, query: ExportPayrollSheet.Request, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出月度工资表（.xlsx）：应发、三险一金、专项附加扣除、个人所得税、实发及合计', problems: [403] },
    { ...payslips, name: 'get', method: 'GET', path: 'api/personnel-finance/payslips/:id', permission: READERS, subject: PayslipSubjects.get, convention: 'record-read', request: GetPayslip.Request, params: id, reply: PayslipView, summary: '工资扣缴详情：各项扣缴、累计预扣计算过程及依据（ETag 为版本号）', problems: [404] },
    { ...payslips, name: 'create', method: 'POST', path: 'api/personnel-finance/payslips', permission: WRITERS, subject: PayslipSubjects.create, convention: 'create', request: CreatePayslip.Request, reply: PayslipView, summary: '计算一人一月的工资扣缴（三险一金按配置比例，个人所得税按累计预扣法）；须带 Idempotency-Key', description: '须按月依次计算：前几个月确认后才能计算下月（国家税务总局公告2018年第61号）。', problems: [403, 409, 422] },
    { ...payslips, name: 'update', method: 'PUT', path: 'api/personnel-finance/payslips/:id', permission: WRITERS, subject: PayslipSubjects.update, convention: 'change', request: UpdatePayslip.Request, body: UpdatePayslip.Body, params: id, reply: PayslipView, summary: '重新计算待确认的工资扣缴；须带 If-Match', problems: [403, 404, 422] },
    { ...payslips, name: 'confirm', method: 'POST', path: 'api/personnel-finance/payslips/:id/confirm', permission: WRITERS, subject: PayslipSubjects.confirm, convention: 'change', request: ConfirmPayslip.Request, params: id, reply: PayslipView, summary: '确认工资扣缴（计入以后月份的累计）；须带 If-Match', problems: [403, 404, 422] },
    { ...payslips, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/payslips/:id/withdraw', permission: WRITERS, subject: PayslipSubjects.withdraw, convention: 'change', request: WithdrawPayslip.Request, body: WithdrawPayslip.Body, params: id, reply: PayslipView, summary: '撤回待确认的工资扣缴（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
