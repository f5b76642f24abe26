import type { RouteTable } from '../route-declaration.js';
import { staffMembersRoutes } from './staff-members.routes.js';
import { assessmentsRoutes } from './assessments.routes.js';
import { claimsRoutes } from './claims.routes.js';
import { payslipsRoutes } from './payslips.routes.js';
import { leadingGroupMeetingsRoutes } from './leading-group-meetings.routes.js';
import { establishmentPostsRoutes } from './establishment-posts.routes.js';
import { cadreSelectionsRoutes } from './cadre-selections.routes.js';
import { groupSessionsRoutes } from './group-sessions.routes.js';
import { assetsRoutes } from './assets.routes.js';
import { budgetsRoutes } from './budgets.routes.js';
import { internalAuditsRoutes } from './internal-audits.routes.js';
import { staffTrainingsRoutes } from './staff-trainings.routes.js';
import { institutionAssessmentsRoutes } from './institution-assessments.routes.js';
import { salaryChangesRoutes } from './salary-changes.routes.js';

/** The gateway's routes to personnel-finance, one table per area. */
export const personnelFinanceRoutes: Record<string, RouteTable> = { ...staffMembersRoutes, ...assessmentsRoutes, ...claimsRoutes, ...payslipsRoutes, ...leadingGroupMeetingsRoutes, ...establishmentPostsRoutes, ...cadreSelectionsRoutes, ...groupSessionsRoutes, ...assetsRoutes, ...budgetsRoutes, ...internalAuditsRoutes, ...staffTrainingsRoutes, ...institutionAssessmentsRoutes, ...salaryChangesRoutes };
