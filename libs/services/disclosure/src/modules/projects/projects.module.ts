import { Module } from '@nestjs/common';
import { ProjectsRepository } from './projects.repository.js';
import { ProjectsRpcController } from './projects.rpc.controller.js';
import { ProjectsService } from './projects.service.js';

/** 信息化项目. */
@Module({ controllers: [ProjectsRpcController], providers: [ProjectsRepository, ProjectsService] })
export class ProjectsModule {}
