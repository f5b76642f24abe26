import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  OPINION_LEVEL_LABELS,
  OpinionErrors,
  type AssignOpinion,
  type CreateOpinion,
  type CreateOpinionRule,
  type ListOpinionRules,
  type ListOpinions,
  type OpinionLevel,
  type OpinionRuleView,
  type OpinionStatistics,
  type OpinionView,
  type RespondOpinion,
  type ReviewOpinion,
} from '@gov/contracts-duty-and-meetings';
import { computeDeadline, isDeadlineOverdue, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { dutyTaskChange, opinionTasks } from '../../common/tasks.js';
import { DUTY_APPROVE, inScope, OPINION_MANAGE, OPINION_RESPOND, officeMay, opinionScope } from '../duty/duty.policy.js';
import { allow, checkVersion, day, dayOrNull, DutyRecords, firstVersion, iso, isoOrNull, metaOf, type Row } from '../duty/duty-records.js';
import { ruleInForce } from '../duty/urgent-deadlines.js';
import { clockHourDeadlines, pastDue, ruleProblem, type OpinionRule } from './opinion-deadlines.js';
import { OpinionRepository } from './opinion.repository.js';

/**
 * 政务舆情: items collected with source and level, assigned (交办) to the responsible unit with a response deadline
 * from the deadline engine, answered by the unit, reviewed by 综合科; statistics per unit.
 */
@Injectable()
export class OpinionService implements OnModuleInit {
  constructor(
    private readonly records: DutyRecords,
    private readonly opinions: OpinionRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((year, tx, calendar) => this.redateYear(year, tx, calendar));
  }

  async listRules(_request: ListOpinionRules.Request, caller: CallerContext): Promise<ListOpinionRules.Reply> {
    allow(opinionScope(caller).kind === 'all', '无权查看舆情回应时限规则');
    const rows = await this.opinions.rules();
    return { items: rows.map(ruleView) };
  }

  async createRule(request: CreateOpinionRule.Request, caller: CallerContext): Promise<OpinionRuleView> {
    allow(officeMay(caller, DUTY_APPROVE), '舆情回应时限规则由综合科科长维护');
    const problem = ruleProblem({ amount: request.amount, unit: request.unit, firstResponseHours: request.firstResponseHours ?? null });
    if (problem) throw new DomainError(CommonErrors.validationFailed, problem.message, [{ field: problem.field, code: 'rule', message: problem.message }]);
    return this.transactions.run(async (tx) => {
      const clash = await this.opinions.ruleEffectiveOn(request.level, request.effectiveFrom, tx.manager);
      if (clash) throw new DomainError(CommonErrors.duplicate, `${OPINION_LEVEL_LABELS[request.level]}舆情在 ${request.effectiveFrom} 已有生效的规则`);
      const now = new Date();
      const row: Row = {
        id: randomUUID(),
        level: request.level,
        amount: request.amount,
        unit: request.unit,
        first_response_hours: request.firstResponseHours ?? null,
        effective_from: request.effectiveFrom,
        source: request.source.trim(),
        created_at: now,
        created_by: caller.username,
      };
      await this.records.insert('opinion_rule', row, tx.manager);
      await this.records.recordHistory(tx, 'opinion_rule', { id: row.id as string, version: 1 }, 'created', row, caller.username, now);
      return ruleView(row);
    });
  }

  async create(request: CreateOpinion.Request, caller: CallerContext): Promise<OpinionView> {
    allow(officeMay(caller, OPINION_MANAGE), '只有综合科可以登记舆情');
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          title: request.title.trim(),
          source: request.source,
          source_detail: request.sourceDetail?.trim() || null,
          level: request.level,
          summary: request.summary,
          found_at: new Date(request.foundAt),
          status: 'collected',
          unit_id: null,
          assigned_at: null,
          response_due: null,
          deadline_explanation: [],
          deadline_provisional: false,
          rule_id: null,
        },
        caller.username,
        now,
      );
      await this.records.create(tx, 'public_opinion', 'public_opinion', row, 'collected', caller.username, now);
      return opinionView(row, now);
    });
  }

  /** 交办: to the responsible unit, with the response deadline of the rule in force that day (kept on the item). */
  async assign(request: AssignOpinion.Request, caller: CallerContext, at = new Date()): Promise<OpinionView> {
    allow(officeMay(caller, OPINION_MANAGE), '只有综合科可以交办舆情');
    const calendar = await this.calendar.current();
    return this.transactions.run(async (tx) => {
      const item = await this.visible(request.id, caller, tx);
      checkVersion(item, request.expectedVersion, OpinionErrors.versionConflict);
      if (item.status !== 'collected') throw new DomainError(OpinionErrors.state, '只有未交办的舆情可以交办');
      if (!(await this.records.activeUnit(request.unitId, tx.manager))) throw new DomainError(OpinionErrors.unknownUnit, '责任单位不在单位名录中或已停用');
      const start = shanghaiDate(at);
      const rules = (await this.opinions.rulesOf(item.level as OpinionLevel, tx.manager)).map(toRule);
      const rule = ruleInForce(rules, item.level as string, start);
      if (!rule) throw new DomainError(OpinionErrors.noRule, `${OPINION_LEVEL_LABELS[item.level as OpinionLevel]}舆情在 ${start} 没有生效的回应时限规则`);
      const changes: Row = {
        status: 'assigned',
        unit_id: request.unitId,
        assigned_at: at,
        ...deadlineColumns(rule, item.found_at as Date, start, calendar),
        rule_id: rule.id,
        version: (item.version as number) + 1,
        updated_at: at,
        updated_by: caller.username,
      };
      return opinionView(await this.save(item, changes, request.expectedVersion, 'assigned', caller.username, at, tx), at);
    });
  }

  /** The responsible unit's answer (its liaison, for its own unit only); a returned item is answered again. */
  async respond(request: RespondOpinion.Request, caller: CallerContext, at = new Date()): Promise<OpinionView> {
    return this.transactions.run(async (tx) => {
      const item = await this.visible(request.id, caller, tx);
      allow(caller.unitId ? caller.permissions.includes(OPINION_RESPOND) : officeMay(caller, OPINION_MANAGE), '无权回应该舆情');
      checkVersion(item, request.expectedVersion, OpinionErrors.versionConflict);
      if (item.status !== 'assigned' && item.status !== 'returned') throw new DomainError(OpinionErrors.state, '该舆情当前不需要回应');
      const changes: Row = {
        status: 'responded',
        response: request.response,
        responded_at: at,
        responded_by: caller.username,
        ...(item.first_responded_at ? {} : { first_responded_at: at }),
        version: (item.version as number) + 1,
        updated_at: at,
        updated_by: caller.username,
      };
      return opinionView(await this.save(item, changes, request.expectedVersion, 'responded', caller.username, at, tx), at);
    });
  }

  /** 综合科 reviews the answer: accepted, or returned with a remark for the unit to answer again. */
  async review(request: ReviewOpinion.Request, caller: CallerContext): Promise<OpinionView> {
    allow(officeMay(caller, OPINION_MANAGE), '舆情回应由综合科审核');
    const remark = request.remark?.trim() || null;
    if (request.result === 'returned' && !remark) {
      throw new DomainError(CommonErrors.validationFailed, '退回时须写明审核意见', [{ field: 'remark', code: 'isNotEmpty', message: '退回时须写明审核意见' }]);
    }
    return this.transactions.run(async (tx) => {
      const item = await this.visible(request.id, caller, tx);
      checkVersion(item, request.expectedVersion, OpinionErrors.versionConflict);
      if (item.status !== 'responded') throw new DomainError(OpinionErrors.state, '只有已回应的舆情可以审核');
      const now = new Date();
      const changes: Row = {
        status: request.result,
        review_remark: remark,
        reviewed_at: now,
        reviewed_by: caller.username,
        version: (item.version as number) + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      return opinionView(await this.save(item, changes, request.expectedVersion, request.result, caller.username, now, tx, remark), now);
    });
  }

  async get(id: string, caller: CallerContext): Promise<OpinionView> {
    return this.transactions.run(async (tx) => opinionView(await this.visible(id, caller, tx, false), new Date()));
  }

  async list(request: ListOpinions.Request, caller: CallerContext): Promise<ListOpinions.Reply> {
    const scope = opinionScope(caller);
    allow(scope.kind !== 'none', '无权查看政务舆情');
    const page = pageOf(request);
    const { rows, total } = await this.opinions.search({
      onlyUnitId: scope.kind === 'own' ? scope.unitId : undefined,
      unitId: request.unitId,
      status: request.status,
      level: request.level,
      q: request.q,
      ...page,
    });
    const now = new Date();
    return { items: rows.map((r) => opinionView(r, now)), total, ...page };
  }

  /**
   * Per responsible unit, over the items assigned in the period: how many, answered, answered by the due date,
   * overdue (answered late, or not answered and past the due date as of today), and the mean hours from 交办 to
   * the (last) answer. In SQL, over the indexed assignment columns.
   */
  async statistics(request: OpinionStatistics.Request, caller: CallerContext, now = new Date()): Promise<OpinionStatistics.Reply> {
    allow(opinionScope(caller).kind === 'all', '无权查看舆情统计');
    const asOf = shanghaiDate(now);
    const rows = await this.opinions.statistics(asOf, now, request.from ?? null, request.to ?? null);
    return {
      asOf,
      items: rows.map((r) => ({
        unitId: r.unit_id as string,
        assigned: r.assigned as number,
        responded: r.responded as number,
        onTime: r.on_time as number,
        overdue: r.overdue as number,
        averageResponseHours: r.average_hours === null ? null : Number(r.average_hours),
      })),
    };
  }

  /** A calendar year loaded or corrected: re-date the open items whose deadline was counted into that year. */
  private async redateYear(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    const rows = await this.opinions.openForRedating(year, tx.manager);
    const now = new Date();
    for (const row of rows) {
      const deadline = computeDeadline(calendar, { start: shanghaiDate(row.assigned_at as Date), amount: row.amount as number, unit: row.rule_unit as 'working_days' | 'calendar_days' });
      if (deadline.dueDate === dayOrNull(row.response_due) && deadline.provisional === row.deadline_provisional) continue;
      const changes: Row = {
        response_due: deadline.dueDate,
        deadline_explanation: [...deadline.explanation, `依据：${row.rule_source as string}（${day(row.rule_from)} 起施行）`, `${year} 年节假日安排更新后重新计算`],
        deadline_provisional: deadline.provisional,
        version: (row.version as number) + 1,
        updated_at: now,
        updated_by: 'system',
      };
      const { amount: _a, rule_unit: _u, rule_source: _s, rule_from: _f, ...item } = row;
      await this.save(item, changes, row.version as number, 'redated', 'system', now, tx, `${year} 年节假日安排更新`);
    }
  }

  /** An item the caller may see: a liaison only their own unit's; anything else is not found. */
  private async visible(id: string, caller: CallerContext, tx: Tx, lock = true): Promise<Row> {
    const scope = opinionScope(caller);
    allow(scope.kind !== 'none', '无权查看政务舆情');
    const row = await this.opinions.find(id, tx.manager, lock);
    if (!row || !inScope(scope, (row.unit_id as string | null) ?? null)) throw new DomainError(OpinionErrors.notFound, '舆情不存在或无权查看');
    return row;
  }

  private async save(current: Row, changes: Row, expectedVersion: number, action: string, by: string, at: Date, tx: Tx, reason: string | null = null): Promise<Row> {
    const saved = await this.records.saveVersion(tx, 'public_opinion', 'public_opinion', current, expectedVersion, changes, [OpinionErrors.versionConflict, '舆情已被他人修改，请刷新后重试'], { action, by, at, reason });
    await publishTaskChanges(tx, dutyTaskChange('public-opinion', saved.id as string, opinionTasks(current), opinionTasks(saved), saved.version as number, by));
    return saved;
  }
}

/**
 * The deadline columns of an item assigned under `rule`: in clock hours from its receipt (重大舆情: the first response
 * and the reply, 国办发〔2016〕61号), or in days by the deadline engine from the day of 交办.
 */
function deadlineColumns(rule: OpinionRule, receivedAt: Date, start: string, calendar: WorkingCalendar): Row {
  if (rule.unit === 'clock_hours') {
    const due = clockHourDeadlines(receivedAt, rule);
    return {
      response_due: due.responseDue,
      response_due_at: due.responseDueAt,
      first_response_due_at: due.firstResponseDueAt,
      deadline_explanation: due.explanation,
      deadline_provisional: false,
    };
  }
  const deadline = computeDeadline(calendar, { start, amount: rule.amount, unit: rule.unit });
  return {
    response_due: deadline.dueDate,
    deadline_explanation: [...deadline.explanation, `依据：${rule.source}（${rule.effectiveFrom} 起施行）`],
    deadline_provisional: deadline.provisional,
  };
}

function toRule(row: Row): OpinionRule {
  const view = ruleView(row);
  return { id: view.id, level: view.level, amount: view.amount, unit: view.unit, firstResponseHours: view.firstResponseHours, effectiveFrom: view.effectiveFrom, source: view.source };
}

function ruleView(row: Row): OpinionRuleView {
  return {
    id: row.id as string,
    level: row.level as OpinionLevel,
    amount: row.amount as number,
    unit: row.unit as OpinionRuleView['unit'],
    firstResponseHours: (row.first_response_hours as number | null) ?? null,
    effectiveFrom: day(row.effective_from),
    source: row.source as string,
    createdAt: iso(row.created_at),
    createdBy: row.created_by as string,
  };
}

function opinionView(row: Row, now: Date): OpinionView {
  const due = dayOrNull(row.response_due);
  const respondedAt = (row.responded_at as Date | null) ?? null;
  const dueAt = (row.response_due_at as Date | null) ?? null;
  const firstDueAt = (row.first_response_due_at as Date | null) ?? null;
  const firstRespondedAt = (row.first_responded_at as Date | null) ?? null;
  // A clock-hour deadline is a moment; a day deadline is the whole day, in Beijing time.
  const overdue = dueAt ? pastDue(dueAt, respondedAt, now) : due !== null && (respondedAt ? shanghaiDate(respondedAt) > due : isDeadlineOverdue(due, shanghaiDate(now)));
  return {
    ...metaOf(row),
    title: row.title as string,
    source: row.source as OpinionView['source'],
    sourceDetail: (row.source_detail as string | null) ?? null,
    level: row.level as OpinionLevel,
    summary: row.summary as string,
    foundAt: iso(row.found_at),
    status: row.status as OpinionView['status'],
    unitId: (row.unit_id as string | null) ?? null,
    assignedAt: isoOrNull(row.assigned_at),
    responseDue: due,
    deadlineExplanation: (row.deadline_explanation as string[]) ?? [],
    deadlineProvisional: row.deadline_provisional === true,
    ruleId: (row.rule_id as string | null) ?? null,
    response: (row.response as string | null) ?? null,
    respondedAt: isoOrNull(respondedAt),
    respondedBy: (row.responded_by as string | null) ?? null,
    reviewRemark: (row.review_remark as string | null) ?? null,
    reviewedAt: isoOrNull(row.reviewed_at),
    reviewedBy: (row.reviewed_by as string | null) ?? null,
    overdue,
    responseDueAt: isoOrNull(dueAt),
    firstResponseDueAt: isoOrNull(firstDueAt),
    firstRespondedAt: isoOrNull(firstRespondedAt),
    firstResponseOverdue: pastDue(firstDueAt, firstRespondedAt, now),
  };
}
