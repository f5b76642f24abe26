import { Module } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { DutyAndMeetingsEnv } from '../../env.js';
import { UnitsRepository } from './units.repository.js';
import { UnitsRpcController } from './units.rpc.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  controllers: [UnitsRpcController],
  providers: [
    { provide: FieldCipher, useFactory: (config: DutyAndMeetingsEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] },
    UnitsRepository,
    UnitsService,
  ],
})
export class UnitsModule {}
