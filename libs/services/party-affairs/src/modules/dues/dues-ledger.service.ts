import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { DuesErrors, type DuesReceiptsXlsx, type DuesStatement, type DuesStatementXlsx, type ListDuesReceipts } from '@gov/contracts-party-affairs';
import { DomainError, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { todayInShanghai } from '../../common/dates.js';
import { yuan } from '../members/dues.rules.js';
import { buildStatement, statementThrough } from './dues-statement.js';
import { duesReductionAccess } from './dues.policy.js';
import { DuesRepository, type BranchInfo } from './dues.repository.js';
import { toReceipt } from './dues.views.js';

/** 党费收据 and 党费收缴年度报表 of a branch, computed from the payment and reduction records only. */
@Injectable()
export class DuesLedgerService {
  constructor(private readonly dues: DuesRepository) {}

  async receipts(request: ListDuesReceipts.Request, caller: CallerContext): Promise<ListDuesReceipts.Reply> {
    const branch = await this.branch(request.branchId, caller);
    const items = (await this.dues.receiptsPaidIn(branch.id, request.month)).map(toReceipt);
    return { branchId: branch.id, branchName: branch.name, month: request.month, items, totalFen: items.filter((r) => !r.voided).reduce((t, r) => t + r.amountFen, 0) };
  }

  /** The receipts of a month as a sheet to print: one line per receipt, 作废 ones marked with their reason. */
  async receiptsXlsx(request: DuesReceiptsXlsx.Request, caller: CallerContext): Promise<DuesReceiptsXlsx.Reply> {
    const list = await this.receipts(request, caller);
    const rows = list.items.map((r) => [r.number, r.memberName, r.month, yuan(r.amountFen), r.paidOn, r.recordedBy, r.voided ? `作废：${r.voidReason ?? ''}` : '有效']);
    rows.push(['合计（不含作废）', '', '', yuan(list.totalFen), '', '', '']);
    const name = `${list.branchName}党费收据${request.month}`;
    const content = writeXlsx({ name: `党费收据${request.month}`, header: ['收据编号', '党员', '所属月份', '金额（元）', '交纳日期', '经办人', '状态'], rows, widths: [12, 12, 10, 12, 12, 12, 30] });
    return { filename: `${name}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: list.items.length, contentBase64: content.toString('base64') };
  }

  async statement(request: DuesStatement.Request, caller: CallerContext): Promise<DuesStatement.Reply> {
    return this.statementOf(await this.branch(request.branchId, caller), request.year);
  }

  /** The statement of a branch the caller was found allowed to see (the yearly summary uses it too). */
  async statementOf(branch: Pick<BranchInfo, 'id' | 'name'>, year: number): Promise<DuesStatement.Reply> {
    const request = { year };
    const through = statementThrough(request.year, todayInShanghai());
    const [members, fetched] = await Promise.all([this.dues.duesMembers(branch.id), this.dues.paymentsForYear(branch.id, year)]);
    const payments = fetched.filter((p) => p.branchId === branch.id);
    const elsewhere = fetched.filter((p) => p.branchId !== branch.id);
    // A member who has left the branch (transferred within the office) keeps the payments made here.
    const known = new Set(members.map((m) => m.id));
    const left = new Map(payments.filter((p) => !known.has(p.memberId)).map((p) => [p.memberId, { id: p.memberId, name: p.memberName, branchId: branch.id, stage: 'full', status: 'transferred_out', admittedOn: null, duesMonthlyFen: null }]));
    const all = [...members, ...left.values()];
    const reductions = await this.dues.reductionsInForce(all.map((m) => m.id));
    const lines = buildStatement(
      request.year,
      through,
      all,
      [...payments, ...elsewhere].map((p) => ({ memberId: p.memberId, month: p.month, amountFen: p.amountFen, voided: p.voidedAt !== null, elsewhere: p.branchId !== branch.id })),
      reductions,
    );
    const sum = (key: 'dueFen' | 'paidFen' | 'reducedFen' | 'arrearsFen') => lines.reduce((t, l) => t + l[key], 0);
    return { branchId: branch.id, branchName: branch.name, year: request.year, throughMonth: through ?? '', lines, dueFen: sum('dueFen'), paidFen: sum('paidFen'), reducedFen: sum('reducedFen'), arrearsFen: sum('arrearsFen') };
  }

  /** The statement as a sheet: per member, per month 应交/实交/减免 (元), then the totals and arrears. */
  async statementXlsx(request: DuesStatementXlsx.Request, caller: CallerContext): Promise<DuesStatementXlsx.Reply> {
    const s = await this.statement(request, caller);
    const months = Array.from({ length: 12 }, (_, i) => `${s.year}-${String(i + 1).padStart(2, '0')}`);
    const header = ['党员', ...months.flatMap((m) => [`${Number(m.slice(5))}月应交`, `${Number(m.slice(5))}月实交`, `${Number(m.slice(5))}月减免`]), '应交合计', '实交合计', '减免合计', '欠缴'];
    const rows = s.lines.map((l) => [
      l.memberName,
      ...months.flatMap((m) => {
        const line = l.months.find((x) => x.month === m);
        return line ? [yuan(line.dueFen), yuan(line.paidFen), yuan(line.reducedFen)] : ['', '', ''];
      }),
      yuan(l.dueFen),
      yuan(l.paidFen),
      yuan(l.reducedFen),
      yuan(l.arrearsFen),
    ]);
    rows.push(['合计', ...months.flatMap(() => ['', '', '']), yuan(s.dueFen), yuan(s.paidFen), yuan(s.reducedFen), yuan(s.arrearsFen)]);
    const content = writeXlsx({ name: `${s.year}年党费收缴年度报表`, header, rows, widths: [12, ...months.flatMap(() => [9, 9, 9]), 11, 11, 11, 11] });
    return { filename: `${s.branchName}${s.year}年党费收缴年度报表.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: s.lines.length, contentBase64: content.toString('base64') };
  }

  /** The branch, if the caller may see its dues (a liaison: their unit's branches; another's is 404). */
  private async branch(id: string, caller: CallerContext): Promise<BranchInfo> {
    const access = duesReductionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党费');
    const branch = await this.dues.branch(id);
    if (!branch || (access.kind === 'unit' && branch.unitId !== access.unitId)) throw new DomainError(DuesErrors.branchUnknown, '党支部不存在或无权查看');
    return branch;
  }
}
