import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { ConfigError } from './config.js';
import { FieldCipher, FieldLookupKey } from './field-cipher.js';
import { APP_CONFIG } from './tokens.js';

/** FIELD_ENCRYPTION_KEY from the app's configuration; a service without a valid one does not start. */
export function fieldEncryptionKeyOf(config: unknown): string {
  const key = (config as { FIELD_ENCRYPTION_KEY?: unknown } | undefined)?.FIELD_ENCRYPTION_KEY;
  if (typeof key !== 'string' || key === '') throw new ConfigError(['FIELD_ENCRYPTION_KEY：未配置（必须是 64 位十六进制密钥，可用 openssl rand -hex 32 生成）']);
  if (!/^[0-9a-fA-F]{64}$/.test(key)) throw new ConfigError(['FIELD_ENCRYPTION_KEY：必须是 64 位十六进制密钥（可用 openssl rand -hex 32 生成）']);
  return key;
}

export interface FieldCipherOptions {
  /** The label of the service's {@link FieldLookupKey} (e.g. `foreign-affairs:trip-member-key`), where it needs one. */
  lookupLabel?: string;
}

/**
 * The one provider of a service's {@link FieldCipher} (SM4 + HMAC-SM3 at rest), keyed by its FIELD_ENCRYPTION_KEY, and
 * with `lookupLabel` its {@link FieldLookupKey}. Global: imported once in the service's root module.
 */
@Module({})
export class FieldCipherModule {
  static forService(options: FieldCipherOptions = {}): DynamicModule {
    const providers: Provider[] = [{ provide: FieldCipher, useFactory: (config: unknown) => new FieldCipher(fieldEncryptionKeyOf(config)), inject: [APP_CONFIG] }];
    const { lookupLabel } = options;
    if (lookupLabel) providers.push({ provide: FieldLookupKey, useFactory: (config: unknown) => new FieldLookupKey(fieldEncryptionKeyOf(config), lookupLabel), inject: [APP_CONFIG] });
    return { module: FieldCipherModule, global: true, providers, exports: lookupLabel ? [FieldCipher, FieldLookupKey] : [FieldCipher] };
  }
}
