import { Module } from '@nestjs/common';
import { GuidesRepository } from './guides.repository.js';
import { GuidesRpcController } from './guides.rpc.controller.js';
import { GuidesService } from './guides.service.js';

/** 政府信息公开指南. */
@Module({ controllers: [GuidesRpcController], providers: [GuidesRepository, GuidesService] })
export class GuidesModule {}
