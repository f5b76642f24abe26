import { Module } from '@nestjs/common';
import { RemindersJob } from './reminders.job.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersRpcController } from './reminders.rpc.controller.js';
import { RemindersService } from './reminders.service.js';
import { RemindersSync } from './reminders.sync.js';

/** 到期提醒 in 待办: insurance, inspection, maintenance by mileage, low stock (and 周转住房's tenancy end), the hourly job and the configuration. */
@Module({ controllers: [RemindersRpcController], providers: [RemindersRepository, RemindersSync, RemindersJob, RemindersService], exports: [RemindersSync, RemindersJob] })
export class RemindersModule {}
