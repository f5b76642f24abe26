import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions as P, ReminderErrors, type CreateReminderRule, type ListReminderRules, type ReminderRuleView, type RunReminders } from '@gov/contracts-facilities-and-vehicles';
import { DomainError, Transactions } from '@gov/platform';
import { RemindersJob } from './reminders.job.js';
import { RemindersRepository } from './reminders.repository.js';
import { ruleInForce, type ReminderRule } from './reminders.rules.js';

const viewOf = (r: ReminderRule): ReminderRuleView => ({
  id: r.id,
  insuranceLeadDays: r.insuranceLeadDays,
  inspectionLeadDays: r.inspectionLeadDays,
  maintenanceIntervalKm: r.maintenanceIntervalKm,
  tenancyLeadDays: r.tenancyLeadDays,
  effectiveFrom: r.effectiveFrom,
  source: r.source,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});

/** Readers of the configuration: the vehicles' readers and keepers; its keeper: 机关事务管理科 (vehicles:manage), never a liaison. */
const canRead = (caller: CallerContext): boolean => !caller.unitId && (hasPermission(caller, P.vehiclesRead) || hasPermission(caller, P.vehiclesManage));
const canManage = (caller: CallerContext): boolean => !caller.unitId && hasPermission(caller, P.vehiclesManage);

/** 到期提醒: the versioned configuration (lead times, maintenance interval) and the section's "run now". */
@Injectable()
export class RemindersService {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly job: RemindersJob,
    private readonly transactions: Transactions,
  ) {}

  async listRules(_request: ListReminderRules.Request, caller: CallerContext): Promise<ListReminderRules.Reply> {
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看到期提醒设置');
    const all = await this.reminders.ruleVersions();
    const effective = ruleInForce(all, shanghaiDate(new Date()));
    return { effective: effective ? viewOf(effective) : null, all: all.map(viewOf) };
  }

  /** A new version, effective from a day not before today (the reminders published so far keep their texts until the next run). */
  async createRule(request: CreateReminderRule.Request, caller: CallerContext): Promise<ReminderRuleView> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '到期提醒设置由机关事务管理科维护');
    if (request.effectiveFrom < shanghaiDate(new Date())) {
      throw new DomainError(ReminderErrors.pastEffectiveDate, '生效日期不能早于今天', [{ field: 'effectiveFrom', code: 'past', message: 'effectiveFrom：生效日期不能早于今天' }]);
    }
    const row: ReminderRule = {
      id: randomUUID(),
      insuranceLeadDays: request.insuranceLeadDays,
      inspectionLeadDays: request.inspectionLeadDays,
      maintenanceIntervalKm: request.maintenanceIntervalKm,
      tenancyLeadDays: request.tenancyLeadDays,
      effectiveFrom: request.effectiveFrom,
      source: request.source.trim(),
      createdAt: new Date(),
      createdBy: caller.username,
    };
    await this.transactions.run((tx) => this.reminders.insertRule(row, tx.manager));
    return viewOf(row);
  }

  /** Runs the reminders now as of today (or an earlier day, never a later one). */
  async run(request: RunReminders.Request, caller: CallerContext): Promise<RunReminders.Reply> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '到期提醒由机关事务管理科运行');
    const today = shanghaiDate(new Date());
    if (request.date && request.date > today) {
      throw new DomainError(CommonErrors.validationFailed, '判断日期不能晚于今天', [{ field: 'date', code: 'future', message: 'date：判断日期不能晚于今天' }]);
    }
    return this.job.run(request.date ?? today);
  }
}
