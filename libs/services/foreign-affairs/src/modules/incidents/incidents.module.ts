import { Module } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { ForeignAffairsEnv } from '../../env.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsRpcController } from './incidents.rpc.controller.js';
import { IncidentsService } from './incidents.service.js';

/** 涉外案事件 and 领事保护. */
@Module({
  controllers: [IncidentsRpcController],
  providers: [{ provide: FieldCipher, useFactory: (config: ForeignAffairsEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] }, IncidentsRepository, IncidentsService],
})
export class IncidentsModule {}
