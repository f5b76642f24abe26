import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { GatewayAccountsAudit1764300000000 } from './database/migrations/1764300000000-gateway-accounts-audit.js';
import { DocumentSecretariatPermissions1764500000000 } from './database/migrations/1764500000000-document-secretariat-permissions.js';
import { SupervisionPermissions1764600000000 } from './database/migrations/1764600000000-supervision-permissions.js';
import { DutyAndMeetingsPermissions1764700000000 } from './database/migrations/1764700000000-duty-and-meetings-permissions.js';
import { GatewaySecurityHardening1764800000000 } from './database/migrations/1764800000000-gateway-security-hardening.js';
import { GatewayIdempotencyHold1764900000000 } from './database/migrations/1764900000000-gateway-idempotency-hold.js';
import { GatewayAdminTasks1764900000100 } from './database/migrations/1764900000100-gateway-admin-tasks.js';
import { GatewayTasks1765300000000 } from './database/migrations/1765300000000-gateway-tasks.js';
import { GatewayWebhooks1765200000000 } from './database/migrations/1765200000000-gateway-webhooks.js';
import { GatewayEnv } from './gateway.env.js';
import { GatewayModule } from './gateway.module.js';
import { AccountEntity, RolePermissionEntity, SectionEntity, SectionPermissionEntity } from './modules/accounts/account.entity.js';
import { AuditEventEntity, AuditHeadEntity, AuditSettingEntity } from './modules/audit/audit-event.entity.js';
import { LoginThrottleEntity, RefreshTokenEntity, SecretEntity, SessionEntity } from './modules/auth/session.entity.js';
import { IdempotencyRecordEntity } from './modules/idempotency/idempotency-record.entity.js';
import { DisclosureApplicationsPermissions1765400000000 } from './database/migrations/1765400000000-disclosure-applications-permissions.js';
import { InformationSubmissionsPermissions1765410000000 } from './database/migrations/1765410000000-information-submissions-permissions.js';
import { PersonnelFinanceStaffMembersPermissions1765420000000 } from './database/migrations/1765420000000-personnel-finance-staff-members-permissions.js';
import { FacilitiesAndVehiclesVehiclesPermissions1765430000000 } from './database/migrations/1765430000000-facilities-and-vehicles-vehicles-permissions.js';
import { ForeignAffairsTripsPermissions1765440000000 } from './database/migrations/1765440000000-foreign-affairs-trips-permissions.js';
import { PartyAffairsBranchesPermissions1765450000000 } from './database/migrations/1765450000000-party-affairs-branches-permissions.js';

export const gatewayDefinition: AppDefinition<GatewayEnv> = {
  app: 'gateway',
  env: GatewayEnv,
  module: GatewayModule,
  entities: [
    AccountEntity,
    SectionEntity,
    RolePermissionEntity,
    SectionPermissionEntity,
    SessionEntity,
    RefreshTokenEntity,
    LoginThrottleEntity,
    SecretEntity,
    AuditEventEntity,
    AuditSettingEntity,
    AuditHeadEntity,
    IdempotencyRecordEntity,
  ],
  migrations: [
    GatewayAccountsAudit1764300000000,
    DocumentSecretariatPermissions1764500000000,
    SupervisionPermissions1764600000000,
    DutyAndMeetingsPermissions1764700000000,
    GatewaySecurityHardening1764800000000,
    GatewayIdempotencyHold1764900000000,
    GatewayAdminTasks1764900000100,
    GatewayWebhooks1765200000000,
    PlatformCalendarCopy1764100000100,
    GatewayTasks1765300000000,
    DisclosureApplicationsPermissions1765400000000,
    InformationSubmissionsPermissions1765410000000,
    PersonnelFinanceStaffMembersPermissions1765420000000,
    FacilitiesAndVehiclesVehiclesPermissions1765430000000,
    ForeignAffairsTripsPermissions1765440000000,
    PartyAffairsBranchesPermissions1765450000000,
  ],
};
