import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { BaseEnv } from '@gov/platform';
import { MIN_AUDIT_RETENTION_DAYS } from './database/migrations/1764300000000-gateway-accounts-audit.js';

/** The gateway's configuration: the shared variables plus HTTP, tokens, sessions, limits and audit retention. */
export class GatewayEnv extends BaseEnv {
  /** 64 hex characters: the SM4 + HMAC-SM3 key for secrets at rest (the administrators' TOTP secrets). Supplied, never defaulted. */
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '必须是 64 位十六进制密钥（可用 openssl rand -hex 32 生成）' })
  FIELD_ENCRYPTION_KEY: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  HTTP_PORT = 3000;

  @IsOptional() @IsString()
  HTTP_HOST = '0.0.0.0';

  /** HS256 signing key of access tokens; when absent, one is generated at first start and kept in the gateway schema. */
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET 至少 32 个字符' })
  JWT_SECRET?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(30) @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Absolute lifetime of a sign-in (a working day); refresh tokens never outlive it. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(300) @Max(7 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS = 8 * 3600 + 30 * 60;

  @IsOptional() @Type(() => Number) @IsInt() @Min(60) @Max(24 * 3600)
  IDLE_TIMEOUT_SECONDS = 1800;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1048576;

  /** Requests per minute per signed-in user. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests per minute per client address to the sign-in endpoints (/api/auth/*), and to other public routes ×10. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  RATE_LIMIT_SIGN_IN_PER_MINUTE = 20;

  @IsOptional() @Type(() => Number) @IsInt() @Min(MIN_AUDIT_RETENTION_DAYS, { message: `AUDIT_RETENTION_DAYS 不能少于 ${MIN_AUDIT_RETENTION_DAYS} 天` })
  AUDIT_RETENTION_DAYS = MIN_AUDIT_RETENTION_DAYS;

  /** Fastify `trustProxy`: `false`, `true`, a hop count, or comma-separated proxy addresses/CIDRs. */
  @IsOptional() @Matches(/^(true|false|\d+|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, { message: '必须是 true、false、跳数或以逗号分隔的代理地址' })
  TRUST_PROXY = 'false';

  /** The issuer shown in authenticator apps. */
  @IsOptional() @IsString()
  TOTP_ISSUER = '博山区政府办公室';
}

/** Fastify's `trustProxy` from TRUST_PROXY; a hop count is turned into the trust function Fastify expects. */
export function trustProxyOf(env: GatewayEnv): boolean | string | ((address: string, hop: number) => boolean) {
  if (env.TRUST_PROXY === 'true') return true;
  if (env.TRUST_PROXY === 'false') return false;
  if (/^\d+$/.test(env.TRUST_PROXY)) {
    const hops = Number(env.TRUST_PROXY);
    return (_address: string, hop: number) => hop < hops;
  }
  return env.TRUST_PROXY;
}
