import { Module } from '@nestjs/common';
import { GuardShiftsRepository } from './guard-shifts.repository.js';
import { GuardShiftsRpcController } from './guard-shifts.rpc.controller.js';
import { GuardShiftsService } from './guard-shifts.service.js';

/** 门卫排班. */
@Module({ controllers: [GuardShiftsRpcController], providers: [GuardShiftsRepository, GuardShiftsService] })
export class GuardShiftsModule {}
