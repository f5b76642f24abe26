import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateReminderRule, ListReminderRules, ReminderSubjects, RunReminders } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { RemindersService } from './reminders.service.js';

@Controller()
export class RemindersRpcController {
  constructor(private readonly reminders: RemindersService) {}

  @RpcPattern(ReminderSubjects.listRules, ListReminderRules.Request)
  listRules(@Payload() request: ListReminderRules.Request, @Caller() caller: CallerContext): Promise<ListReminderRules.Reply> {
    return this.reminders.listRules(request, caller);
  }

  @RpcPattern(ReminderSubjects.createRule, CreateReminderRule.Request)
  createRule(@Payload() request: CreateReminderRule.Request, @Caller() caller: CallerContext): Promise<CreateReminderRule.Reply> {
    return this.reminders.createRule(request, caller);
  }

  @RpcPattern(ReminderSubjects.run, RunReminders.Request)
  run(@Payload() request: RunReminders.Request, @Caller() caller: CallerContext): Promise<RunReminders.Reply> {
    return this.reminders.run(request, caller);
  }
}
