import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { flattenValidationErrors } from './validation.js';

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

  /** NATS server(s), comma separated, e.g. nats://127.0.0.1:4222. Required unless the app is given the in-process bus. */
  @IsOptional()
  @Matches(/^(nats|tls):\/\/[^,\s]+(,(nats|tls):\/\/[^,\s]+)*$/, { message: '必须是 nats:// 开头的地址，多个以逗号分隔' })
  NATS_URL?: string;

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
