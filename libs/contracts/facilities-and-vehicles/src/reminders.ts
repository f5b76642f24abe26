import { IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, IsCalendarDate, IsInt32 } from '@gov/contracts-common';

/**
 * 到期提醒 (reminders in 待办, for 机关事务管理科): a vehicle's insurance and annual inspection within the lead time of
 * their expiry (and once past it), maintenance by mileage (the registered mileage since the last 定点维修 over the
 * interval), an office-supply item at or below its 库存下限, a 周转住房 tenancy near its end. Each is one task per
 * record and step, opened once and closed when the date is renewed, the maintenance recorded or the stock refilled.
 * The lead times and the interval are versioned configuration with their source.
 */
export const REMINDER_KINDS = ['insurance', 'inspection', 'maintenance', 'low-stock', 'tenancy-end'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  insurance: '保险到期',
  inspection: '年检到期',
  maintenance: '按里程保养',
  'low-stock': '库存不足',
  'tenancy-end': '周转住房租期届满',
};

/** Fields of one version of the reminder configuration. */
export class ReminderRuleFields {
  @ApiProperty({ description: '保险到期提前提醒天数', example: 30 })
  @IsInt32({ message: 'insuranceLeadDays：须为整数（天）' })
  @Min(1, { message: 'insuranceLeadDays：至少提前 1 天' })
  @Max(365, { message: 'insuranceLeadDays：不超过 365 天' })
  insuranceLeadDays: number;

  @ApiProperty({ description: '年检到期提前提醒天数', example: 30 })
  @IsInt32({ message: 'inspectionLeadDays：须为整数（天）' })
  @Min(1, { message: 'inspectionLeadDays：至少提前 1 天' })
  @Max(365, { message: 'inspectionLeadDays：不超过 365 天' })
  inspectionLeadDays: number;

  @ApiProperty({ description: '保养间隔里程（公里）：距上次定点维修登记时的里程超过此数即提醒', example: 5000 })
  @IsInt32({ message: 'maintenanceIntervalKm：须为整数（公里）' })
  @Min(500, { message: 'maintenanceIntervalKm：不少于 500 公里' })
  @Max(100_000, { message: 'maintenanceIntervalKm：不超过 100000 公里' })
  maintenanceIntervalKm: number;

  @ApiProperty({ description: '周转住房租期届满提前提醒天数', example: 30 })
  @IsInt32({ message: 'tenancyLeadDays：须为整数（天）' })
  @Min(1, { message: 'tenancyLeadDays：至少提前 1 天' })
  @Max(365, { message: 'tenancyLeadDays：不超过 365 天' })
  tenancyLeadDays: number;

  @ApiProperty({ description: '生效日期（不早于今天）', example: '2027-01-01' })
  @IsCalendarDate({ message: 'effectiveFrom：日期格式必须为 YYYY-MM-DD' })
  effectiveFrom: string;

  @ApiProperty({ description: '依据' })
  @IsString({ message: 'source：必须为文本' })
  @MinLength(2, { message: 'source：须写明依据' })
  @MaxLength(500, { message: 'source：不超过 500 个字' })
  source: string;
}

export class ReminderRuleView extends ReminderRuleFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export const ReminderErrors = {
  pastEffectiveDate: { kind: 'rule_violation', code: 'REMINDER_RULE.PAST_EFFECTIVE_DATE', title: '生效日期不能早于今天' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const ReminderSubjects = {
  listRules: 'reminder-rule.list',
  createRule: 'reminder-rule.create',
  run: 'reminder.run',
} as const;

export namespace ListReminderRules {
  export class Request {}
  export class Reply {
    @ApiPropertyOptional({ type: ReminderRuleView, nullable: true, description: '今天施行的版本' }) effective: ReminderRuleView | null;
    @ApiProperty({ type: [ReminderRuleView], description: '全部版本' }) all: ReminderRuleView[];
  }
}

export namespace CreateReminderRule {
  export class Request extends ReminderRuleFields {}
  export class Reply extends ReminderRuleView {}
}

/** Runs the reminders now (the job does every hour): opens and closes the 待办 as of today. */
export namespace RunReminders {
  export class Request {
    @ApiPropertyOptional({ description: '按哪一天判断（YYYY-MM-DD，默认今天；不得晚于今天）' })
    @IsOptional()
    @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
    date?: string;
  }
  export class Reply {
    @ApiProperty({ description: '判断日期' }) asOf: string;
    @ApiProperty({ description: '检查的记录数' }) checked: number;
    @ApiProperty({ description: '待办有变化的记录数' }) changed: number;
    @ApiProperty({ description: '当前等待办理的提醒数' }) open: number;
  }
}
