import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { closePlatformParts, connectBusTransport, NestPinoLogger, openPlatformParts, rootModule, startAppOpsServer, stopOnce, type StartOptions } from '@gov/platform';
import { gatewayDefinition } from './gateway.definition.js';
import { trustProxyOf } from './gateway.env.js';
import { GatewayModule } from './gateway.module.js';
import { frameworkProblem } from './http/framework-errors.js';
import { installRequestHooks } from './http/hooks.js';
import { installHttpObservability, warnOnUntrustedProxy } from './http/observability.js';
import { setupOpenApi } from './http/openapi.js';
import { ProblemFilter } from './http/problem.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { AuditService } from './modules/audit/audit.service.js';

export interface GatewayStartOptions extends StartOptions {
  /** Overrides HTTP_PORT (0: any free port). */
  port?: number;
  /** Overrides HTTP_HOST. */
  host?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  app: NestFastifyApplication;
  opsPort?: number;
  /** The three administrators created by this start (first start only), with their generated passwords. */
  bootstrapAdmins?: { username: string; password: string }[];
  stop(): Promise<void>;
}

/**
 * Starts the gateway: validated config, its schema migrated, the bus, then Nest on Fastify with security
 * headers, request ids, problem+json errors, the audit of writes, the OpenAPI document and health routes.
 */
export async function startGateway(options: GatewayStartOptions = {}): Promise<RunningGateway> {
  const started = Date.now();
  const parts = await openPlatformParts(gatewayDefinition, options);
  const config = parts.config;
  let app: NestFastifyApplication | undefined;
  try {
    const trustProxy = trustProxyOf(config);
    if ((options.env ?? process.env).TRUST_PROXY === undefined) {
      parts.logger.warn(
        '未设置 TRUST_PROXY，按未经代理处理（false）。若网关部署在反向代理或负载均衡之后，须设置 TRUST_PROXY（跳数或代理地址），否则按地址的登录限流和锁定会把所有客户端当作代理的同一地址',
      );
    } else if (config.TRUST_PROXY === 'true') {
      parts.logger.warn('TRUST_PROXY=true 信任任何 X-Forwarded-For：客户端可自报地址以绕过按地址的登录限流和锁定。请改为代理跳数（如 1）或代理地址');
    }
    const adapter = new FastifyAdapter({
      bodyLimit: config.BODY_LIMIT_BYTES,
      trustProxy,
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      connectionTimeout: config.HTTP_CONNECTION_TIMEOUT_MS,
      keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      frameworkErrors: frameworkProblem,
    });
    app = await NestFactory.create<NestFastifyApplication>(rootModule(parts, GatewayModule), adapter, {
      logger: new NestPinoLogger(parts.logger),
      abortOnError: false,
      // Fastify's own JSON parser (with its proto-poisoning guard); no urlencoded bodies.
      bodyParser: false,
    });
    const fastify = app.getHttpAdapter().getInstance();
    // Only JSON bodies: anything else is a 415 problem.
    fastify.removeContentTypeParser('text/plain');
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: null, defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      hsts: { maxAge: 31536000, includeSubDomains: true },
    });
    installRequestHooks(fastify, app.get(AuditService));
    installHttpObservability(fastify, parts.logger, parts.metrics.registry);
    if (trustProxy === false) warnOnUntrustedProxy(fastify, parts.logger);
    app.useGlobalFilters(app.get(ProblemFilter));
    setupOpenApi(app);
    await (await import('./console/serve-console.js')).serveConsole(app, parts.logger, options.env ?? process.env);
    connectBusTransport(app, parts);
    await app.init();
    await app.startAllMicroservices();
  } catch (error) {
    await app?.close().catch(() => undefined);
    await closePlatformParts(parts, !options.bus);
    throw error;
  }
  const bootstrapAdmins = await app.get(AccountsService).bootstrapAdmins();
  if (bootstrapAdmins.length) {
    // Usernames only: passwords never go into the logs. The caller shows them once (see printBootstrapAdmins).
    parts.logger.warn(
      { usernames: bootstrapAdmins.map((a) => a.username) },
      '首次启动：已创建三员管理员账户（系统管理员、安全保密管理员、安全审计员，用户名见 ADMIN_USERNAMES）及随机初始密码；首次登录须绑定动态验证码并修改密码',
    );
  }
  const host = options.host ?? config.HTTP_HOST;
  await app.listen({ port: options.port ?? config.HTTP_PORT, host });
  const address = app.getHttpServer().address() as { port: number };
  // The gateway serves its health on its HTTP port too: the ops port only when one is configured.
  const ops = await startAppOpsServer(parts, options.opsServer !== false && config.OPS_PORT > 0);
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${address.port}`;
  parts.logger.info({ url, opsPort: ops?.port, ms: Date.now() - started }, '网关已就绪');
  return {
    url,
    port: address.port,
    app,
    opsPort: ops?.port,
    ...(bootstrapAdmins.length ? { bootstrapAdmins } : {}),
    stop: stopOnce(parts, app, ops, !options.bus, '网关已停止'),
  };
}

/** Shows the generated administrator passwords once, on the terminal (not in the JSON logs). */
export function printBootstrapAdmins(admins: { username: string; password: string }[] | undefined): void {
  if (!admins?.length) return;
  const lines = ['', '首次启动，已生成三员账号（仅显示这一次，请妥善保存；首次登录须修改密码并绑定动态口令）：', ...admins.map((a) => `  ${a.username}  ${a.password}`), ''];
  process.stdout.write(lines.join('\n') + '\n');
}
