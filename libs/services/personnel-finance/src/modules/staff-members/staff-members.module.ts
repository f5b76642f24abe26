import { Module } from '@nestjs/common';
import { StaffMembersRepository } from './staff-members.repository.js';
import { StaffMembersRpcController } from './staff-members.rpc.controller.js';
import { StaffMembersService } from './staff-members.service.js';

/** 工作人员 (the office's staff records; the others read them through the repository). */
@Module({ controllers: [StaffMembersRpcController], providers: [StaffMembersRepository, StaffMembersService], exports: [StaffMembersRepository] })
export class StaffMembersModule {}
