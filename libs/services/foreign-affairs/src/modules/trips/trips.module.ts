import { Module } from '@nestjs/common';
import { TripsRepository } from './trips.repository.js';
import { TripsRpcController } from './trips.rpc.controller.js';
import { TripsService } from './trips.service.js';

/** 因公临时出国. */
@Module({ controllers: [TripsRpcController], providers: [TripsRepository, TripsService] })
export class TripsModule {}
