import { Module } from '@nestjs/common';
import { SubmissionsRepository } from './submissions.repository.js';
import { SubmissionsRpcController } from './submissions.rpc.controller.js';
import { SubmissionsService } from './submissions.service.js';

/** 报送信息. */
@Module({ controllers: [SubmissionsRpcController], providers: [SubmissionsRepository, SubmissionsService] })
export class SubmissionsModule {}
