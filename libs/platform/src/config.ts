import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { flattenValidationErrors } from './validation.js';
import { isCallerKey } from './security/caller-assertion.js';
import { ALL_APPS, parseEventVerifyKeys } from './security/event-assertion.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误（${problems.length} 处）：\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** The variables every app reads. Apps extend it with their own. */
export class BaseEnv {
  /** PostgreSQL URL, e.g. postgres://user@127.0.0.1:5432/gov */
  @Matches(/^postgres(ql)?:\/\//, { message: '必须是 postgres:// 开头的连接串' })
  DATABASE_URL: string;

  /**
   * The gateway's public key (Ed25519, base64 DER/SPKI): every request-reply call must carry a caller assertion that
   * it verifies (see security/caller-assertion.ts). Not secret; the private half is the gateway's CALLER_SIGNING_KEY.
   */
  @ValidateBy({ name: 'isCallerVerifyKey', validator: { validate: (value: unknown) => typeof value === 'string' && isCallerKey(value, 'verify'), defaultMessage: () => '必须是网关签名公钥（Ed25519，base64 DER；可用 npm run keys 生成）' } })
  CALLER_VERIFY_KEY: string;

  /**
   * This app's own Ed25519 key (base64 DER) that signs the events it publishes. Where one environment serves several
   * apps (npm start, tests) each finds its own as `EVENT_SIGNING_KEY_<APP>` instead.
   */
  @IsOptional()
  @ValidateBy({ name: 'isEventSigningKey', validator: { validate: (value: unknown) => typeof value === 'string' && isCallerKey(value, 'signing'), defaultMessage: () => '必须是本服务的事件签名私钥（Ed25519，base64 DER；可用 npm run keys 生成）' } })
  EVENT_SIGNING_KEY?: string;

  /** Every app's public event key, `app=key,app=key,…`: a consumer accepts an event only with its producer's signature. */
  @ValidateBy({ name: 'isEventVerifyKeys', validator: { validate: (value: unknown) => typeof value === 'string' && validEventVerifyKeys(value), defaultMessage: () => '必须是各服务的事件签名公钥列表（app=key,…；可用 npm run keys 生成）' } })
  EVENT_VERIFY_KEYS: string;

  /** NATS server(s), comma separated, e.g. nats://127.0.0.1:4222. Required unless the app is given the in-process bus. */
  @IsOptional()
  @Matches(/^(nats|tls):\/\/[^,\s]+(,(nats|tls):\/\/[^,\s]+)*$/, { message: '必须是 nats:// 开头的地址，多个以逗号分隔' })
  NATS_URL?: string;

  /** This app's own NATS user and password (a Secret per app); the server grants it only its own subjects. */
  @IsOptional()
  @IsString()
  NATS_USER?: string;

  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /** The CA that signed the NATS server's TLS certificate (with tls:// URLs). */
  @IsOptional()
  @IsString()
  NATS_CA_FILE?: string;

  /** Prefix of every subject and stream name; lets test runs share one NATS server without meeting. */
  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: '只能包含小写字母、数字和下划线' })
  BUS_NAMESPACE = '';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  OPS_PORT = 0;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120000)
  RPC_TIMEOUT_MS = 5000;

  /** Requests a service handles at once; above it, it answers 503 at once (the gateway adds Retry-After). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  RPC_MAX_IN_FLIGHT = 64;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  EVENT_MAX_DELIVER = 6;

  /** Redelivery delays in milliseconds, comma separated; the last one repeats. */
  @IsOptional()
  @Matches(/^\d+(,\d+)*$/, { message: '必须是以逗号分隔的毫秒数' })
  EVENT_BACKOFF_MS = '1000,5000,30000,120000,600000';

  @IsOptional()
  @IsString()
  INSTANCE_ID?: string;

  /** Connections in this app's pool. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** How long a query waits for a pool connection before the request fails with 503. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120000)
  DB_ACQUIRE_TIMEOUT_MS = 5000;

  /** PostgreSQL `statement_timeout` (migrations excepted). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3600000)
  DB_STATEMENT_TIMEOUT_MS = 30000;

  /** PostgreSQL `idle_in_transaction_session_timeout`: the server ends a transaction left open this long. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3600000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60000;

  /** How long readiness waits for its database probe (a pool connection and `SELECT 1`). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  READINESS_TIMEOUT_MS = 2000;

  /** Sent outbox rows are purged after this many days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  OUTBOX_RETENTION_DAYS = 7;

  /** Inbox rows (event ids already applied) are purged after this many days; keep it above STREAM_MAX_AGE_DAYS. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  INBOX_RETENTION_DAYS = 30;

  /** Messages of the event streams (JetStream `max_age`; the in-process bus's acknowledged messages) are kept this many days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  STREAM_MAX_AGE_DAYS = 14;

  /** How often the retention job runs. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10080)
  RETENTION_INTERVAL_MINUTES = 60;
}

/** Validates the environment against an env class; lists every bad variable at once. */
export function loadConfig<T extends object>(type: new () => T, env: Record<string, string | undefined> = process.env): T {
  const source = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(type, source, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    throw new ConfigError(flattenValidationErrors(errors).map((e) => e.message));
  }
  return config;
}

export function backoffList(config: Pick<BaseEnv, 'EVENT_BACKOFF_MS'>): number[] {
  return config.EVENT_BACKOFF_MS.split(',').map(Number);
}

function validEventVerifyKeys(value: string): boolean {
  try {
    const keys = parseEventVerifyKeys(value);
    return ALL_APPS.every((app) => keys.has(app));
  } catch {
    return false;
  }
}
