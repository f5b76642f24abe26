import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { EstablishmentPostsRepository } from './establishment-posts.repository.js';
import { EstablishmentPostsRpcController } from './establishment-posts.rpc.controller.js';
import { EstablishmentPostsService } from './establishment-posts.service.js';

/** 机构编制 (the office's filled counts come from the staff records). */
@Module({ imports: [StaffMembersModule], controllers: [EstablishmentPostsRpcController], providers: [EstablishmentPostsRepository, EstablishmentPostsService], exports: [EstablishmentPostsService] })
export class EstablishmentPostsModule {}
