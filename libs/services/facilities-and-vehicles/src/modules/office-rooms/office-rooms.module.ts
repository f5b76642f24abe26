import { Module } from '@nestjs/common';
import { OfficeRoomsRepository } from './office-rooms.repository.js';
import { OfficeRoomsRpcController } from './office-rooms.rpc.controller.js';
import { OfficeRoomsService } from './office-rooms.service.js';

/** 办公用房. */
@Module({ controllers: [OfficeRoomsRpcController], providers: [OfficeRoomsRepository, OfficeRoomsService] })
export class OfficeRoomsModule {}
