import { Module } from '@nestjs/common';
import { FriendshipsRepository } from './friendships.repository.js';
import { FriendshipsRpcController } from './friendships.rpc.controller.js';
import { FriendshipsService } from './friendships.service.js';

/** 国际友好关系. */
@Module({ controllers: [FriendshipsRpcController], providers: [FriendshipsRepository, FriendshipsService] })
export class FriendshipsModule {}
