import { Matches } from 'class-validator';
import { BaseEnv } from '@gov/platform';

export class DocumentSecretariatEnv extends BaseEnv {
  /** 64 hex characters: the SM4 + HMAC-SM3 key of the 人民来信 writers' names and contacts at rest. Supplied, never defaulted. */
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '必须是 64 位十六进制密钥（可用 openssl rand -hex 32 生成）' })
  FIELD_ENCRYPTION_KEY: string;
}
