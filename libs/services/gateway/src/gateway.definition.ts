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
import { PartyAffairsMembersPermissions1765450100000 } from './database/migrations/1765450100000-party-affairs-members-permissions.js';
import { FacilitiesAndVehiclesBookingsPermissions1765430100000 } from './database/migrations/1765430100000-facilities-and-vehicles-bookings-permissions.js';
import { PersonnelFinanceAssessmentsPermissions1765420100000 } from './database/migrations/1765420100000-personnel-finance-assessments-permissions.js';
import { PersonnelFinanceClaimsPermissions1765420200000 } from './database/migrations/1765420200000-personnel-finance-claims-permissions.js';
import { PersonnelFinancePayslipsPermissions1765420300000 } from './database/migrations/1765420300000-personnel-finance-payslips-permissions.js';
import { PartyAffairsLifeMeetingsPermissions1765450200000 } from './database/migrations/1765450200000-party-affairs-life-meetings-permissions.js';
import { InformationSolicitationsPermissions1765410100000 } from './database/migrations/1765410100000-information-solicitations-permissions.js';
import { ForeignAffairsReceptionsPermissions1765440100000 } from './database/migrations/1765440100000-foreign-affairs-receptions-permissions.js';
import { ForeignAffairsIncidentsPermissions1765440200000 } from './database/migrations/1765440200000-foreign-affairs-incidents-permissions.js';
import { FacilitiesAndVehiclesLogisticsRequestsPermissions1765430200000 } from './database/migrations/1765430200000-facilities-and-vehicles-logistics-requests-permissions.js';
import { DisclosurePublicationsPermissions1765400100000 } from './database/migrations/1765400100000-disclosure-publications-permissions.js';
import { InformationBulletinsPermissions1765410200000 } from './database/migrations/1765410200000-information-bulletins-permissions.js';
import { FacilitiesAndVehiclesVisitorsPermissions1765430400000 } from './database/migrations/1765430400000-facilities-and-vehicles-visitors-permissions.js';
import { FacilitiesAndVehiclesOfficeRoomsPermissions1765430300000 } from './database/migrations/1765430300000-facilities-and-vehicles-office-rooms-permissions.js';
import { PersonnelFinanceLeadingGroupMeetingsPermissions1765420400000 } from './database/migrations/1765420400000-personnel-finance-leading-group-meetings-permissions.js';
import { ForeignAffairsInvitationsPermissions1765440300000 } from './database/migrations/1765440300000-foreign-affairs-invitations-permissions.js';
import { SecretarySectionsActivities1765520100000 } from './database/migrations/1765520100000-secretary-sections-activities.js';
import { DuchaMeetings1765520200000 } from './database/migrations/1765520200000-ducha-meetings.js';
import { ForeignAffairsFriendshipsPermissions1765500000000 } from './database/migrations/1765500000000-foreign-affairs-friendships-permissions.js';
import { ForeignAffairsRegulationsPermissions1765500100000 } from './database/migrations/1765500100000-foreign-affairs-regulations-permissions.js';
import { PartyAffairsIntegrityPermissions1765510500000 } from './database/migrations/1765510500000-party-affairs-integrity-permissions.js';
import { PartyAffairsPairingsPermissions1765510600000 } from './database/migrations/1765510600000-party-affairs-pairings-permissions.js';
import { PartyAffairsCampaignsPermissions1765510700000 } from './database/migrations/1765510700000-party-affairs-campaigns-permissions.js';
import { ForeignAffairsCommitteePermissions1765500200000 } from './database/migrations/1765500200000-foreign-affairs-committee-permissions.js';
import { PartyAffairsDuesPermissions1765510000000 } from './database/migrations/1765510000000-party-affairs-dues-permissions.js';
import { InformationEvaluationsPermissions1765530000000 } from './database/migrations/1765530000000-information-evaluations-permissions.js';
import { InformationTrainingsPermissions1765530100000 } from './database/migrations/1765530100000-information-trainings-permissions.js';
import { InformationUpwardReportsPermissions1765530200000 } from './database/migrations/1765530200000-information-upward-reports-permissions.js';
import { DutyAndMeetingsOfficeAffairsPermissions1765540000000 } from './database/migrations/1765540000000-duty-and-meetings-office-affairs-permissions.js';
import { DisclosureProjectsPermissions1766000000000 } from './database/migrations/1766000000000-disclosure-projects-permissions.js';
import { PersonnelFinanceEstablishmentPostsPermissions1766100000000 } from './database/migrations/1766100000000-personnel-finance-establishment-posts-permissions.js';
import { FacilitiesAndVehiclesSecurityIncidentsPermissions1766200000000 } from './database/migrations/1766200000000-facilities-and-vehicles-security-incidents-permissions.js';
import { PersonnelFinanceCadreSelectionsPermissions1766100010000 } from './database/migrations/1766100010000-personnel-finance-cadre-selections-permissions.js';
import { FacilitiesAndVehiclesGuardShiftsPermissions1766200010000 } from './database/migrations/1766200010000-facilities-and-vehicles-guard-shifts-permissions.js';
import { FacilitiesAndVehiclesPatrolsPermissions1766200020000 } from './database/migrations/1766200020000-facilities-and-vehicles-patrols-permissions.js';
import { DisclosureInspectionsPermissions1766000100000 } from './database/migrations/1766000100000-disclosure-inspections-permissions.js';
import { FacilitiesAndVehiclesOfficeSuppliesPermissions1766200030000 } from './database/migrations/1766200030000-facilities-and-vehicles-office-supplies-permissions.js';
import { PersonnelFinanceGroupSessionsPermissions1766100020000 } from './database/migrations/1766100020000-personnel-finance-group-sessions-permissions.js';
import { DisclosureGuidesPermissions1766000200000 } from './database/migrations/1766000200000-disclosure-guides-permissions.js';
import { FacilitiesAndVehiclesVehicleCostsPermissions1766200040000 } from './database/migrations/1766200040000-facilities-and-vehicles-vehicle-costs-permissions.js';
import { InformationMonthlyNoticesPermissions1766500000000 } from './database/migrations/1766500000000-information-monthly-notices-permissions.js';
import { PersonnelFinanceAssetsPermissions1766560000000 } from './database/migrations/1766560000000-personnel-finance-assets-permissions.js';
import { PersonnelFinanceBudgetsPermissions1766550000000 } from './database/migrations/1766550000000-personnel-finance-budgets-permissions.js';
import { PersonnelFinanceInternalAuditsPermissions1766550100000 } from './database/migrations/1766550100000-personnel-finance-internal-audits-permissions.js';
import { PersonnelFinanceStaffTrainingsPermissions1766560100000 } from './database/migrations/1766560100000-personnel-finance-staff-trainings-permissions.js';
import { FacilitiesAndVehiclesTownSpaceReportsPermissions1766605000000 } from './database/migrations/1766605000000-facilities-and-vehicles-town-space-reports-permissions.js';
import { FacilitiesAndVehiclesGuidanceVisitsPermissions1766605100000 } from './database/migrations/1766605100000-facilities-and-vehicles-guidance-visits-permissions.js';
import { PersonnelFinanceInstitutionAssessmentsPermissions1766603000000 } from './database/migrations/1766603000000-personnel-finance-institution-assessments-permissions.js';
import { PersonnelFinanceSalaryChangesPermissions1766603100000 } from './database/migrations/1766603100000-personnel-finance-salary-changes-permissions.js';
import { DisclosureDataResourcesPermissions1766601000000 } from './database/migrations/1766601000000-disclosure-data-resources-permissions.js';
import { DisclosureAssistanceRequestsPermissions1766600000000 } from './database/migrations/1766600000000-disclosure-assistance-requests-permissions.js';
import { DisclosureManuscriptsPermissions1766602000000 } from './database/migrations/1766602000000-disclosure-manuscripts-permissions.js';
import { DisclosureDepartmentReportsPermissions1766600100000 } from './database/migrations/1766600100000-disclosure-department-reports-permissions.js';
import { DisclosureOpennessEvaluationsPermissions1766601100000 } from './database/migrations/1766601100000-disclosure-openness-evaluations-permissions.js';
import { DisclosureWorkItemsPermissions1766602100000 } from './database/migrations/1766602100000-disclosure-work-items-permissions.js';
import { FacilitiesAndVehiclesOfficeBuildingsPermissions1766607000000 } from './database/migrations/1766607000000-facilities-and-vehicles-office-buildings-permissions.js';

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
    PartyAffairsMembersPermissions1765450100000,
    FacilitiesAndVehiclesBookingsPermissions1765430100000,
    PersonnelFinanceAssessmentsPermissions1765420100000,
    PersonnelFinanceClaimsPermissions1765420200000,
    PersonnelFinancePayslipsPermissions1765420300000,
    PartyAffairsLifeMeetingsPermissions1765450200000,
    InformationSolicitationsPermissions1765410100000,
    ForeignAffairsReceptionsPermissions1765440100000,
    ForeignAffairsIncidentsPermissions1765440200000,
    FacilitiesAndVehiclesLogisticsRequestsPermissions1765430200000,
    DisclosurePublicationsPermissions1765400100000,
    InformationBulletinsPermissions1765410200000,
    FacilitiesAndVehiclesVisitorsPermissions1765430400000,
    FacilitiesAndVehiclesOfficeRoomsPermissions1765430300000,
    PersonnelFinanceLeadingGroupMeetingsPermissions1765420400000,
    ForeignAffairsInvitationsPermissions1765440300000,
    ForeignAffairsFriendshipsPermissions1765500000000,
    ForeignAffairsRegulationsPermissions1765500100000,
    PartyAffairsIntegrityPermissions1765510500000,
    PartyAffairsPairingsPermissions1765510600000,
    PartyAffairsCampaignsPermissions1765510700000,
    ForeignAffairsCommitteePermissions1765500200000,
    PartyAffairsDuesPermissions1765510000000,
    SecretarySectionsActivities1765520100000,
    DuchaMeetings1765520200000,
    InformationEvaluationsPermissions1765530000000,
    InformationTrainingsPermissions1765530100000,
    InformationUpwardReportsPermissions1765530200000,
    DutyAndMeetingsOfficeAffairsPermissions1765540000000,
    DisclosureProjectsPermissions1766000000000,
    PersonnelFinanceEstablishmentPostsPermissions1766100000000,
    FacilitiesAndVehiclesSecurityIncidentsPermissions1766200000000,
    PersonnelFinanceCadreSelectionsPermissions1766100010000,
    FacilitiesAndVehiclesGuardShiftsPermissions1766200010000,
    FacilitiesAndVehiclesPatrolsPermissions1766200020000,
    DisclosureInspectionsPermissions1766000100000,
    FacilitiesAndVehiclesOfficeSuppliesPermissions1766200030000,
    PersonnelFinanceGroupSessionsPermissions1766100020000,
    DisclosureGuidesPermissions1766000200000,
    FacilitiesAndVehiclesVehicleCostsPermissions1766200040000,
    InformationMonthlyNoticesPermissions1766500000000,
    PersonnelFinanceAssetsPermissions1766560000000,
    PersonnelFinanceBudgetsPermissions1766550000000,
    PersonnelFinanceInternalAuditsPermissions1766550100000,
    PersonnelFinanceStaffTrainingsPermissions1766560100000,
    FacilitiesAndVehiclesTownSpaceReportsPermissions1766605000000,
    FacilitiesAndVehiclesGuidanceVisitsPermissions1766605100000,
    PersonnelFinanceInstitutionAssessmentsPermissions1766603000000,
    PersonnelFinanceSalaryChangesPermissions1766603100000,
    DisclosureDataResourcesPermissions1766601000000,
    DisclosureAssistanceRequestsPermissions1766600000000,
    DisclosureManuscriptsPermissions1766602000000,
    DisclosureDepartmentReportsPermissions1766600100000,
    DisclosureOpennessEvaluationsPermissions1766601100000,
    DisclosureWorkItemsPermissions1766602100000,
    FacilitiesAndVehiclesOfficeBuildingsPermissions1766607000000,
  ],
};
