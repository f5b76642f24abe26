import { CreateReminderRule, ListReminderRules, ReminderRuleView, ReminderSubjects, RunReminders, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.vehiclesRead, P.vehiclesManage] as const;
const KEEPERS = [P.vehiclesManage] as const;

const reminders = { tag: '公车平台', service: 'facilities-and-vehicles' } as const;

/** 到期提醒 (insurance, inspection, maintenance by mileage, low stock in 待办): the versioned configuration and "run now", owned by facilities-and-vehicles. */
export const remindersRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesRemindersController: [
    { ...reminders, name: 'listRules', method: 'GET', path: 'api/facilities-and-vehicles/reminder-rules', permission: READERS, subject: ReminderSubjects.listRules, convention: 'read', request: ListReminderRules.Request, reply: ListReminderRules.Reply, summary: '到期提醒设置（保险、年检提前天数，保养间隔里程，周转住房提前天数；各版本及依据）' },
    { ...reminders, name: 'createRule', method: 'POST', path: 'api/facilities-and-vehicles/reminder-rules', permission: KEEPERS, subject: ReminderSubjects.createRule, convention: 'create-unversioned', request: CreateReminderRule.Request, reply: ReminderRuleView, summary: '新增到期提醒设置版本（自生效日起适用）；须带 Idempotency-Key', problems: [422] },
    { ...reminders, name: 'run', method: 'POST', path: 'api/facilities-and-vehicles/reminders/run', permission: KEEPERS, subject: ReminderSubjects.run, convention: 'read', request: RunReminders.Request, reply: RunReminders.Reply, summary: '立即按今天（或此前某日）检查到期提醒，打开或关闭待办（每小时自动运行；重复运行不重复生成待办）', problems: [422] },
  ],
};
