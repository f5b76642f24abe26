import { Module } from '@nestjs/common';
import { APP_CONFIG, CalendarCopyModule } from '@gov/platform';
import type { ForeignAffairsEnv } from '../../env.js';
import { MemberCipher } from './member-cipher.js';
import { TripRulesService } from './trip-rules.service.js';
import { TripsRegisterService } from './trips-register.service.js';
import { TripsRepository } from './trips.repository.js';
import { TripsRpcController } from './trips.rpc.controller.js';
import { TripsService } from './trips.service.js';

/** 因公临时出国. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [TripsRpcController],
  providers: [
    { provide: MemberCipher, useFactory: (config: ForeignAffairsEnv) => new MemberCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] },
    TripsRepository,
    TripsService,
    TripRulesService,
    TripsRegisterService,
  ],
})
export class TripsModule {}
