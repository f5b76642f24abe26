import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  PayslipChanged,
  PayslipErrors,
  PayslipEvents,
  PAYSLIP_STATUS_LABELS,
  type ConfirmPayslip,
  type CreatePayslip,
  type ExportPayrollSheet,
  type ListPayslips,
  type PayslipFigures,
  type PayslipInputs,
  type PayslipView,
  type UpdatePayslip,
  type WithdrawPayslip,
} from '@gov/contracts-personnel-finance';
import { DomainError, FieldCipher, requireReason, Transactions, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { timelineEntry } from '../../common/timeline.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { SalaryChangesRepository } from '../salary-changes/salary-changes.repository.js';

import { canManagePayslips, canSeePayslips } from './payslips.policy.js';
import { PayslipsRepository, type PayslipRow } from './payslips.repository.js';
import { computeMonth, grossInEffect } from './payslips.compute.js';
import { CONTRIBUTION_RATES, fenToYuan, ratesOn } from './payroll.rules.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * 工资扣缴: computed for one person and month (三险一金 at the configured rates, IIT by cumulative withholding over the
 * year's earlier confirmed months), recomputed while pending, confirmed in month order, withdrawn with a reason.
 */
@Injectable()
export class PayslipsService {
  constructor(
    private readonly payslips: PayslipsRepository,
    private readonly staff: StaffMembersRepository,
    private readonly salaryChanges: SalaryChangesRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreatePayslip.Request, caller: CallerContext): Promise<PayslipView> {
    if (!canManagePayslips(caller)) throw new DomainError(CommonErrors.forbidden, '无权计算工资扣缴');
    const row = await this.transactions.run(async (tx) => {
      const person = await this.staff.findById(request.staffMemberId, tx.manager);
      if (!person || person.status !== 'active') throw new DomainError(PayslipErrors.staffUnknown, '工作人员不存在或已撤回');
      const year = await this.payslips.ofPersonYear(person.id, request.year, tx.manager);
      if (year.some((p) => p.month === request.month)) throw new DomainError(PayslipErrors.duplicate, `${person.name} ${request.year} 年 ${request.month} 月的工资扣缴已计算`);
      if (year.some((p) => p.month > request.month)) throw new DomainError(PayslipErrors.outOfOrder, `${person.name} 已有 ${request.year} 年更晚月份的工资扣缴，累计预扣须按月依次计算（国家税务总局公告2018年第61号）`);
      const pending = year.find((p) => p.status !== 'confirmed');
      if (pending) throw new DomainError(PayslipErrors.outOfOrder, `${person.name} ${request.year} 年 ${pending.month} 月的工资扣缴尚未确认，累计预扣须按月依次计算`);
      const grossFen = request.grossFen ?? (await this.grossOf(person.id, Number(this.cipher.decrypt(person.salaryEncrypted)), request.year, request.month, tx.manager));
      const { figures, version } = this.compute(request, grossFen, request.year, request.month, year);
      const now = new Date();
      const created: PayslipRow = {
        id: randomUUID(),
        staffMemberId: person.id,
        name: person.name,
        sectionCode: person.sectionCode,
        year: request.year,
        month: request.month,
        status: 'computed',
        ratesVersion: version,
        figuresEncrypted: this.cipher.encrypt(JSON.stringify(figures)),
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '计算', null, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.payslips.insert(created, tx.manager);
      await tx.emit(PayslipEvents.created, this.snapshot(created), undefined, PayslipChanged.Event);
      return created;
    });
    return this.view(row, true);
  }

  update(request: UpdatePayslip.Request, caller: CallerContext): Promise<PayslipView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, manager) => {
      if (row.status !== 'computed') throw new DomainError(PayslipErrors.invalidState, '已确认或已撤回的工资扣缴不能重新计算');
      const earlier = (await this.payslips.ofPersonYear(row.staffMemberId, row.year, manager)).filter((p) => p.month < row.month);
      const previous = this.figuresOf(row);
      const { figures, version } = this.compute(request, request.grossFen ?? previous.grossFen, row.year, row.month, earlier);
      row.figuresEncrypted = this.cipher.encrypt(JSON.stringify(figures));
      row.ratesVersion = version;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '重新计算')];
      return PayslipEvents.updated;
    });
  }

  confirm(request: ConfirmPayslip.Request, caller: CallerContext): Promise<PayslipView> {
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      if (row.status !== 'computed') throw new DomainError(PayslipErrors.invalidState, `工资扣缴${PAYSLIP_STATUS_LABELS[row.status]}，不能确认`);
      row.status = 'confirmed';
      row.timeline = [...row.timeline, timelineEntry(caller.username, '确认')];
      return PayslipEvents.confirmed;
    });
  }

  withdraw(request: WithdrawPayslip.Request, caller: CallerContext): Promise<PayslipView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      if (row.status !== 'computed') throw new DomainError(PayslipErrors.invalidState, '只有待确认的工资扣缴可以撤回');
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return PayslipEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<PayslipView> {
    if (!canSeePayslips(caller)) throw new DomainError(PayslipErrors.notFound, '工资扣缴记录不存在或无权查看');
    const row = await this.payslips.findById(id);
    if (!row) throw new DomainError(PayslipErrors.notFound, '工资扣缴记录不存在或无权查看');
    return this.view(row, true);
  }

  /** Lists show who, which month and the state; the amounts only on the record's page and in the payroll sheet. */
  async list(request: ListPayslips.Request, caller: CallerContext): Promise<ListPayslips.Reply> {
    if (!canSeePayslips(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看工资扣缴');
    const page = pageOf(request);
    const { items, total } = await this.payslips.search({ ...request, ...page });
    return { items: items.map((row) => this.view(row, false)), total, ...page };
  }

  /** 工资表: every person's month (pending ones marked), with the totals. */
  async exportSheet(request: ExportPayrollSheet.Request, caller: CallerContext): Promise<ExportPayrollSheet.Reply> {
    if (!canSeePayslips(caller)) throw new DomainError(CommonErrors.forbidden, '无权导出工资表');
    const rows = await this.payslips.ofMonth(request.year, request.month);
    const figures = rows.map((row) => this.figuresOf(row));
    const amounts = (f: PayslipFigures) => [f.grossFen, f.pensionFen, f.medicalFen, f.annuityFen, f.housingFundFen, f.specialAdditionalFen, f.iitFen, f.netFen];
    const body = rows.map((row, i) => [row.name, row.sectionCode, ...amounts(figures[i]).map(fenToYuan), PAYSLIP_STATUS_LABELS[row.status], row.ratesVersion]);
    const totals = figures.reduce<number[]>((acc, f) => amounts(f).map((v, i) => (acc[i] ?? 0) + v), []);
    const content = writeXlsx({
      name: `${request.year}年${request.month}月工资表`,
      header: ['姓名', '科室', '应发工资', '养老保险', '医疗保险', '职业年金', '住房公积金', '专项附加扣除', '个人所得税', '实发工资', '状态', '比例版本'],
      rows: [...body, ['合计', '', ...(rows.length ? totals : amounts(emptyFigures())).map(fenToYuan), '', '']],
      widths: [10, 10, 12, 12, 12, 12, 12, 14, 12, 12, 8, 12],
    });
    return { filename: `工资表_${request.year}-${pad(request.month)}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  private compute(inputs: PayslipInputs, grossFen: number, year: number, month: number, earlierRows: readonly PayslipRow[]): { figures: PayslipFigures; version: string } {
    const rates = ratesOn(`${year}-${pad(month)}-01`);
    if (!rates) throw new DomainError(PayslipErrors.noRates, `${year} 年 ${month} 月没有适用的缴费比例配置（最早自 ${CONTRIBUTION_RATES[0].effectiveFrom} 起）`);
    const earlier = earlierRows.filter((p) => p.month < month).map((p) => this.figuresOf(p));
    return { figures: computeMonth({ grossFen, contributionBaseFen: inputs.contributionBaseFen ?? grossFen, specialAdditionalFen: inputs.specialAdditionalFen }, earlier, rates), version: rates.version };
  }

  /** The month's default gross: the staff record's salary with the 工资晋级晋档 in effect by that month (from its effective month on). */
  private async grossOf(staffMemberId: string, recordSalaryFen: number, year: number, month: number, manager: EntityManager): Promise<number> {
    const changes = (await this.salaryChanges.inEffect([staffMemberId], manager)).map((c) => {
      const amounts = JSON.parse(this.cipher.decrypt(c.amountsEncrypted)) as { beforeFen: number; afterFen: number };
      return { effectiveYear: c.effectiveYear, effectiveMonth: c.effectiveMonth, before: { baseSalaryFen: amounts.beforeFen }, after: { baseSalaryFen: amounts.afterFen } };
    });
    return grossInEffect(recordSalaryFen, changes, year, month);
  }

  private figuresOf(row: PayslipRow): PayslipFigures {
    return JSON.parse(this.cipher.decrypt(row.figuresEncrypted)) as PayslipFigures;
  }

  private view(row: PayslipRow, withFigures: boolean): PayslipView {
    return {
      id: row.id,
      staffMemberId: row.staffMemberId,
      name: row.name,
      sectionCode: row.sectionCode,
      year: row.year,
      month: row.month,
      status: row.status,
      ratesVersion: row.ratesVersion,
      figures: withFigures ? this.figuresOf(row) : null,
      withdrawalReason: row.withdrawalReason,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    };
  }

  private snapshot(row: PayslipRow) {
    return { id: row.id, staffMemberId: row.staffMemberId, year: row.year, month: row.month, status: row.status, version: row.version };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, change: (row: PayslipRow, manager: EntityManager) => string | Promise<string>): Promise<PayslipView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeePayslips(caller)) throw new DomainError(PayslipErrors.notFound, '工资扣缴记录不存在或无权查看');
      const current = await this.payslips.findById(id, tx.manager, true);
      if (!current) throw new DomainError(PayslipErrors.notFound, '工资扣缴记录不存在或无权查看');
      if (!canManagePayslips(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理工资扣缴');
      if (current.version !== expectedVersion) {
        throw new DomainError(PayslipErrors.versionConflict, `工资扣缴记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const next: PayslipRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.payslips.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(PayslipErrors.versionConflict, '工资扣缴记录已被他人修改，请刷新后重试');
      await tx.emit(event, this.snapshot(next), undefined, PayslipChanged.Event);
      return next;
    });
    return this.view(row, true);
  }
}

function emptyFigures(): PayslipFigures {
  return {
    grossFen: 0,
    contributionBaseFen: 0,
    pensionFen: 0,
    medicalFen: 0,
    annuityFen: 0,
    housingFundFen: 0,
    specialAdditionalFen: 0,
    monthsEmployed: 0,
    cumulativeIncomeFen: 0,
    cumulativeSpecialFen: 0,
    cumulativeSpecialAdditionalFen: 0,
    cumulativeTaxableFen: 0,
    cumulativeTaxFen: 0,
    withheldBeforeFen: 0,
    iitFen: 0,
    netFen: 0,
    explanation: '',
  };
}
