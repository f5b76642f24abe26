import { Module } from '@nestjs/common';
import { PlansRepository } from './plans.repository.js';
import { PlansRpcController } from './plans.rpc.controller.js';
import { PlansService } from './plans.service.js';

/** 督查活动计划备案. */
@Module({ controllers: [PlansRpcController], providers: [PlansRepository, PlansService] })
export class PlansModule {}
