import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { FacilitiesAndVehiclesEnv } from '../env.js';

/** The field cipher (SM4 + HMAC-SM3) for personal data at rest, keyed by FIELD_ENCRYPTION_KEY. */
@Global()
@Module({
  providers: [{ provide: FieldCipher, useFactory: (config: FacilitiesAndVehiclesEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] }],
  exports: [FieldCipher],
})
export class CipherModule {}
