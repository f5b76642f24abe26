import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SalaryChangeChanged,
  SalaryChangeErrors,
  SalaryChangeEvents,
  SALARY_CHANGE_KIND_LABELS,
  type CreateSalaryChange,
  type ListSalaryChanges,
  type ListSalaryStepsDue,
  type SalaryChangeView,
  type SalaryStepDueView,
  type VoidSalaryChange,
} from '@gov/contracts-personnel-finance';
import { DomainError, FieldCipher, requireReason, Transactions } from '@gov/platform';
import { timelineEntry } from '../../common/timeline.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { penaltyEffect, penaltyInForce } from '../staff-members/staff-members.rules.js';
import { canManageSalaryChanges, canSeeSalaryChanges } from './salary-changes.policy.js';
import { SalaryChangesRepository, type SalaryChangeRow } from './salary-changes.repository.js';
import { changeRefusal, monthIndex, monthLabel, penaltyBars, qualifyingYears, regularStepCheck, SALARY_STEP_SOURCE } from './salary-changes.rules.js';
import { snapshotOf, toSalaryChangeView, type SalaryAmounts } from './salary-changes.views.js';

const GRADE_LABELS: Record<string, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };

/**
 * 工资晋级晋档: a staff member's 级别/档次 change with its 基本工资 before and after (encrypted), effective from a month
 * (the payroll of that month on uses it), checked against the annual results and any penalty in force; voided with a
 * reason, never deleted.
 */
@Injectable()
export class SalaryChangesService {
  constructor(
    private readonly changes: SalaryChangesRepository,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateSalaryChange.Request, caller: CallerContext): Promise<SalaryChangeView> {
    if (!canManageSalaryChanges(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记工资晋级晋档');
    const refusal = changeRefusal(request.kind, request.before, request.after, request.basis);
    if (refusal) throw new DomainError(SalaryChangeErrors.changeRule, refusal.message, [{ field: refusal.field, code: 'rule', message: refusal.message }]);
    const row = await this.transactions.run(async (tx) => {
      const person = await this.staff.findById(request.staffMemberId, tx.manager, true);
      if (!person || person.status !== 'active') throw new DomainError(SalaryChangeErrors.staffUnknown, '工作人员不存在或不在职', [{ field: 'staffMemberId', code: 'unknown', message: 'staffMemberId：工作人员不存在或不在职' }]);
      const firstDay = `${monthLabel(request.effectiveYear, request.effectiveMonth)}-01`;
      const penalty = penaltyInForce(person.recordEntries, firstDay);
      if (penalty && penaltyBars(request.kind, penalty)) throw new DomainError(SalaryChangeErrors.penaltyInForce, `${person.name}处分期间至 ${penalty.effectiveUntil}：${penaltyEffect(penalty.subKind as Parameters<typeof penaltyEffect>[0])}`);
      const earlier = await this.changes.inEffect([person.id], tx.manager);
      const latest = earlier[earlier.length - 1];
      if (latest && monthIndex(latest.effectiveYear, latest.effectiveMonth) >= monthIndex(request.effectiveYear, request.effectiveMonth)) {
        throw new DomainError(SalaryChangeErrors.monthOrder, `${person.name}已有 ${monthLabel(latest.effectiveYear, latest.effectiveMonth)} 起执行的工资变动，新的变动须在其后执行；有误的先作废`, [
          { field: 'effectiveMonth', code: 'order', message: 'effectiveMonth：须晚于已有变动的执行月份' },
        ]);
      }
      if (latest) {
        const was = this.amountsOf(latest);
        if (latest.afterGrade !== request.before.grade || latest.afterStep !== request.before.step || was.afterFen !== request.before.baseSalaryFen) {
          throw new DomainError(SalaryChangeErrors.beforeMismatch, `变动前须为现执行的 ${latest.afterGrade} 级 ${latest.afterStep} 档（${monthLabel(latest.effectiveYear, latest.effectiveMonth)} 起）及其基本工资`, [
            { field: 'before', code: 'mismatch', message: 'before：与现执行的级别、档次或基本工资不一致' },
          ]);
        }
      }
      let checkNote = `${SALARY_CHANGE_KIND_LABELS[request.kind]}：依据 ${request.basisDocument.trim()}`;
      if (request.kind === 'regular_step') {
        const grades = (await this.changes.annualGrades([person.id], qualifyingYears(request.effectiveYear), tx.manager)).get(person.id) ?? new Map();
        const lastStep = [...earlier].reverse().find((c) => c.kind === 'regular_step');
        const check = regularStepCheck({ year: request.effectiveYear, month: request.effectiveMonth, grades, lastRegularStep: lastStep ? { year: lastStep.effectiveYear, month: lastStep.effectiveMonth } : null });
        if (check.refusal) throw new DomainError(SalaryChangeErrors.notEligible, `${person.name}：${check.refusal}`);
        checkNote = `${checkNote}；${check.note}`;
      }
      const now = new Date();
      const created: SalaryChangeRow = {
        id: randomUUID(),
        staffMemberId: person.id,
        name: person.name,
        sectionCode: person.sectionCode,
        kind: request.kind,
        beforeGrade: request.before.grade,
        beforeStep: request.before.step,
        afterGrade: request.after.grade,
        afterStep: request.after.step,
        amountsEncrypted: this.cipher.encrypt(JSON.stringify({ beforeFen: request.before.baseSalaryFen, afterFen: request.after.baseSalaryFen } satisfies SalaryAmounts)),
        effectiveYear: request.effectiveYear,
        effectiveMonth: request.effectiveMonth,
        basisDocument: request.basisDocument.trim(),
        basis: request.basis?.trim() || null,
        approvedBy: request.approvedBy.trim(),
        approvedOn: request.approvedOn,
        checkNote,
        status: 'effective',
        voidReason: null,
        timeline: [timelineEntry(caller.username, '登记', `${SALARY_CHANGE_KIND_LABELS[request.kind]}，${monthLabel(request.effectiveYear, request.effectiveMonth)} 起执行；审批人 ${request.approvedBy.trim()}`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.changes.insert(created, tx.manager);
      await tx.emit(SalaryChangeEvents.created, snapshotOf(created), undefined, SalaryChangeChanged.Event);
      return created;
    });
    return toSalaryChangeView(row, this.amountsOf(row));
  }

  /** A wrong change is voided with a reason (kept, marked 已作废); the payroll of later computations no longer uses it. */
  async void(request: VoidSalaryChange.Request, caller: CallerContext): Promise<SalaryChangeView> {
    const reason = requireReason(request.reason);
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeSalaryChanges(caller)) throw new DomainError(SalaryChangeErrors.notFound, '工资晋级晋档记录不存在或无权查看');
      const current = await this.changes.findById(request.id, tx.manager, true);
      if (!current) throw new DomainError(SalaryChangeErrors.notFound, '工资晋级晋档记录不存在或无权查看');
      if (!canManageSalaryChanges(caller)) throw new DomainError(CommonErrors.forbidden, '无权作废工资晋级晋档');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(SalaryChangeErrors.versionConflict, `工资晋级晋档记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (current.status !== 'effective') throw new DomainError(SalaryChangeErrors.invalidState, '该工资变动已作废');
      const later = (await this.changes.inEffect([current.staffMemberId], tx.manager)).filter((c) => monthIndex(c.effectiveYear, c.effectiveMonth) > monthIndex(current.effectiveYear, current.effectiveMonth));
      if (later.length) throw new DomainError(SalaryChangeErrors.invalidState, `其后已有 ${monthLabel(later[0].effectiveYear, later[0].effectiveMonth)} 起执行的变动，须先作废后面的变动`);
      const next: SalaryChangeRow = { ...current, status: 'voided', voidReason: reason, timeline: [...current.timeline, timelineEntry(caller.username, '作废', reason)], version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      if (!(await this.changes.saveIfVersion(next, request.expectedVersion, tx.manager))) throw new DomainError(SalaryChangeErrors.versionConflict, '工资晋级晋档记录已被他人修改，请刷新后重试');
      await tx.emit(SalaryChangeEvents.voided, snapshotOf(next), undefined, SalaryChangeChanged.Event);
      return next;
    });
    return toSalaryChangeView(row, this.amountsOf(row));
  }

  async get(id: string, caller: CallerContext): Promise<SalaryChangeView> {
    if (!canSeeSalaryChanges(caller)) throw new DomainError(SalaryChangeErrors.notFound, '工资晋级晋档记录不存在或无权查看');
    const row = await this.changes.findById(id);
    if (!row) throw new DomainError(SalaryChangeErrors.notFound, '工资晋级晋档记录不存在或无权查看');
    return toSalaryChangeView(row, this.amountsOf(row));
  }

  async list(request: ListSalaryChanges.Request, caller: CallerContext): Promise<ListSalaryChanges.Reply> {
    if (!canSeeSalaryChanges(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看工资晋级晋档');
    const page = pageOf(request);
    const { items, total } = await this.changes.search({ ...request, ...page });
    return { items: items.map((row) => toSalaryChangeView(row, this.amountsOf(row))), total, ...page };
  }

  /** The active staff due a 正常晋升档次 in `year`: 称职 or better in both years before, two years since the last one, none recorded in the year yet. */
  async due(request: ListSalaryStepsDue.Request, caller: CallerContext): Promise<ListSalaryStepsDue.Reply> {
    if (!canSeeSalaryChanges(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看工资晋级晋档');
    const people = await this.staff.active();
    const ids = people.map((p) => p.id);
    const [changes, grades] = await Promise.all([this.changes.inEffect(ids), this.changes.annualGrades(ids, qualifyingYears(request.year))]);
    const items: SalaryStepDueView[] = [];
    for (const person of people) {
      const own = changes.filter((c) => c.staffMemberId === person.id);
      if (own.some((c) => c.kind === 'regular_step' && c.effectiveYear === request.year)) continue;
      const lastStep = [...own].reverse().find((c) => c.kind === 'regular_step' && c.effectiveYear < request.year);
      const personGrades = grades.get(person.id) ?? new Map<number, string | null>();
      const check = regularStepCheck({ year: request.year, month: 1, grades: personGrades, lastRegularStep: lastStep ? { year: lastStep.effectiveYear, month: lastStep.effectiveMonth } : null });
      if (check.refusal) continue;
      const latest = own[own.length - 1];
      items.push({
        staffMemberId: person.id,
        name: person.name,
        sectionCode: person.sectionCode,
        current: latest ? { grade: latest.afterGrade, step: latest.afterStep, baseSalaryFen: this.amountsOf(latest).afterFen } : null,
        lastRegularStep: lastStep ? monthLabel(lastStep.effectiveYear, lastStep.effectiveMonth) : null,
        grades: qualifyingYears(request.year).map((y) => `${y} 年${GRADE_LABELS[personGrades.get(y) ?? ''] ?? ''}`),
      });
    }
    return { year: request.year, rule: `${SALARY_STEP_SOURCE}；前两年（${qualifyingYears(request.year).join('、')} 年）年度考核均为称职及以上，且距上次正常晋升档次满两年`, items };
  }

  private amountsOf(row: SalaryChangeRow): SalaryAmounts {
    return JSON.parse(this.cipher.decrypt(row.amountsEncrypted)) as SalaryAmounts;
  }
}
