import { APP_CONFIG, CalendarCopyModule, FieldCipher } from '@gov/platform';
import type { GatewayEnv } from './gateway.env.js';
import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard } from './http/access.guard.js';
import { RequestContextInterceptor } from './http/context.interceptor.js';
import { ProblemFilter } from './http/problem.js';
import { RateLimits } from './http/rate-limits.js';
import { AdminTasksController } from './modules/admin-tasks/admin-tasks.controller.js';
import { AdminTasksService } from './modules/admin-tasks/admin-tasks.service.js';
import { AccountsController, LeadersController, SectionsController } from './modules/accounts/accounts.controller.js';
import { AccountsRepository } from './modules/accounts/accounts.repository.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { PermissionTablesCache } from './modules/accounts/permission-tables.js';
import { AuditController } from './modules/audit/audit.controller.js';
import { AuditRepository } from './modules/audit/audit.repository.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthController } from './modules/auth/auth.controller.js';
import { AuthService } from './modules/auth/auth.service.js';
import { SessionAuthenticator } from './modules/auth/session-authenticator.js';
import { LoginThrottleRepository, SessionsRepository } from './modules/auth/sessions.repository.js';
import { TokenService } from './modules/auth/token.service.js';
import { IdempotencyRepository } from './modules/idempotency/idempotency.repository.js';
import { IdempotencyService } from './modules/idempotency/idempotency.service.js';
import { HealthController, SystemController } from './modules/system/system.controller.js';
import { DECLARED_ROUTE_CONTROLLERS } from './routes/index.js';
import { TASKS_CONTROLLERS, TASKS_PROVIDERS } from './modules/tasks/tasks.controller.js';
import { UploadQuota } from './modules/upload-quota/upload-quota.service.js';
import { WebhooksController } from './modules/webhooks/webhooks.controller.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';

export const GATEWAY_CONTROLLERS = [
  AuthController,
  AccountsController,
  SectionsController,
  LeadersController,
  AuditController,
  ...DECLARED_ROUTE_CONTROLLERS,
  SystemController,
  AdminTasksController,
  ...TASKS_CONTROLLERS,
  WebhooksController,
  HealthController,
];

/** The gateway: the platform's only HTTP entry. The platform module (global) provides config, database, bus and RPC client. */
@Module({
  imports: [WebhooksModule, CalendarCopyModule],
  controllers: GATEWAY_CONTROLLERS,
  providers: [
    { provide: FieldCipher, useFactory: (config: GatewayEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] },
    AccountsRepository,
    PermissionTablesCache,
    AccountsService,
    SessionsRepository,
    LoginThrottleRepository,
    TokenService,
    SessionAuthenticator,
    AuthService,
    AuditRepository,
    AuditService,
    IdempotencyRepository,
    IdempotencyService,
    AdminTasksService,
    ...TASKS_PROVIDERS,
    RateLimits,
    UploadQuota,
    ProblemFilter,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
})
export class GatewayModule {}
