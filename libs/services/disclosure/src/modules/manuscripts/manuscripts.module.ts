import { Module } from '@nestjs/common';
import { ManuscriptsRepository } from './manuscripts.repository.js';
import { ManuscriptsRpcController } from './manuscripts.rpc.controller.js';
import { ManuscriptsService } from './manuscripts.service.js';

/** 政务公开稿件. */
@Module({ controllers: [ManuscriptsRpcController], providers: [ManuscriptsRepository, ManuscriptsService] })
export class ManuscriptsModule {}
