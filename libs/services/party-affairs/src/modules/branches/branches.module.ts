import { Module } from '@nestjs/common';
import { BranchesRepository } from './branches.repository.js';
import { BranchesRpcController } from './branches.rpc.controller.js';
import { BranchesService } from './branches.service.js';

/** 党支部. */
@Module({ controllers: [BranchesRpcController], providers: [BranchesRepository, BranchesService] })
export class BranchesModule {}
