import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { BaseEnv, isCallerKey } from '@gov/platform';
import { MIN_AUDIT_RETENTION_DAYS } from './database/migrations/1764300000000-gateway-accounts-audit.js';
import { WebhookAddressGuard } from './modules/webhooks/webhook-address-guard.js';

/** 机密: from this clearance up, staff sign in with TOTP like the administrators. */
export const DEFAULT_TOTP_MIN_CLEARANCE = 2;

/** The gateway's configuration: the shared variables plus HTTP, tokens, sessions, limits and audit retention. */
export class GatewayEnv extends BaseEnv {
  /** 64 hex characters: the SM4 + HMAC-SM3 key for secrets at rest (the administrators' TOTP secrets). Supplied, never defaulted. */
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '必须是 64 位十六进制密钥（可用 openssl rand -hex 32 生成）' })
  FIELD_ENCRYPTION_KEY: string;

  /** Ed25519 private key (base64 DER/PKCS8) that signs the caller assertion of every call to a service. Only the gateway has it. */
  @ValidateBy({ name: 'isCallerSigningKey', validator: { validate: (value: unknown) => typeof value === 'string' && isCallerKey(value, 'signing'), defaultMessage: () => '必须是网关签名私钥（Ed25519，base64 DER；可用 npm run keys 生成）' } })
  CALLER_SIGNING_KEY: string;

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

  /** From this clearance up (1 秘密, 2 机密, 3 绝密) staff must sign in with TOTP too; administrators always do. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1, { message: 'TOTP_MIN_CLEARANCE 必须是 1（秘密）、2（机密）或 3（绝密）' }) @Max(3, { message: 'TOTP_MIN_CLEARANCE 必须是 1（秘密）、2（机密）或 3（绝密）' })
  TOTP_MIN_CLEARANCE = DEFAULT_TOTP_MIN_CLEARANCE;

  /**
   * The usernames of the three administrators created at first start: system, security, audit administrator,
   * comma-separated. Not the well-known defaults in production, so that their names are not public knowledge.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63},[A-Za-z0-9][A-Za-z0-9._-]{1,63},[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, {
    message: '必须是以逗号分隔的三个用户名（系统管理员,安全保密管理员,安全审计员），每个 2–64 位，字母、数字和 . _ -',
  })
  ADMIN_USERNAMES = 'sysadmin,secadmin,auditadmin';

  /** Bytes each user may upload per day (Beijing time) through POST /api/documents/files; beyond it, 429. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1024 * 1024)
  UPLOAD_QUOTA_BYTES_PER_DAY = 200 * 1024 * 1024;

  /** How many sessions each replica keeps in its in-memory session cache (least recently used go first). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(1_000_000)
  SESSION_CACHE_MAX = 10_000;

  /** Fastify `requestTimeout`: the whole request (headers and body) must arrive within this time, else 408. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1000) @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS = 60_000;

  /** Fastify `connectionTimeout`: a socket with no activity for this long is closed. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1000) @Max(3_600_000)
  HTTP_CONNECTION_TIMEOUT_MS = 120_000;

  /** Fastify `keepAliveTimeout`: how long an idle keep-alive connection is kept (longer than the proxy's own). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1000) @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 72_000;

  /** Webhooks' SSRF policy: `false` (only public addresses), `true` (any), or addresses/CIDRs allowed although private. */
  @IsOptional() @ValidateBy({ name: 'isWebhookAddressPolicy', validator: { validate: (value: unknown) => typeof value === 'string' && WebhookAddressGuard.isPolicy(value), defaultMessage: () => '必须是 false、true 或以逗号分隔的地址/CIDR（如 10.1.0.0/16）' } })
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES = 'false';

  /** Each webhook attempt must be answered within this time. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(120_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Retry wait after the first failed attempt, doubled after each further one (with jitter), up to WEBHOOK_BACKOFF_MAX_MS. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(3_600_000)
  WEBHOOK_BACKOFF_BASE_MS = 2_000;

  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(24 * 3_600_000)
  WEBHOOK_BACKOFF_MAX_MS = 3_600_000;

  /** A subscription is paused after this many consecutive failures … */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  WEBHOOK_PAUSE_AFTER_FAILURES = 10;

  /** … lasting at least this many minutes (0: the count alone). */
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(7 * 24 * 60)
  WEBHOOK_PAUSE_AFTER_MINUTES = 60;

  /** How often an idle webhook worker looks for due deliveries. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(20) @Max(60_000)
  WEBHOOK_POLL_MS = 1_000;

  /** Subscriptions delivered to at once by one gateway replica (each subscription's events go one at a time, in order). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  WEBHOOK_CONCURRENCY = 8;
}

/** The three administrators' usernames from ADMIN_USERNAMES, in the order system, security, audit. */
export function adminUsernamesOf(env: Pick<GatewayEnv, 'ADMIN_USERNAMES'>): [string, string, string] {
  const [sys, sec, audit] = env.ADMIN_USERNAMES.split(',');
  return [sys, sec, audit];
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
