import type { RouteTable } from '../route-declaration.js';
import { annualReportsRoutes } from './annual-reports.routes.js';
import { applicationsRoutes } from './applications.routes.js';
import { publicationsRoutes } from './publications.routes.js';
import { projectsRoutes } from './projects.routes.js';
import { inspectionsRoutes } from './inspections.routes.js';
import { guidesRoutes } from './guides.routes.js';
import { dataResourcesRoutes } from './data-resources.routes.js';
import { assistanceRequestsRoutes } from './assistance-requests.routes.js';
import { manuscriptsRoutes } from './manuscripts.routes.js';
import { departmentReportsRoutes } from './department-reports.routes.js';
import { opennessEvaluationsRoutes } from './openness-evaluations.routes.js';
import { workItemsRoutes } from './work-items.routes.js';

/** The gateway's routes to disclosure, one table per area. */
export const disclosureRoutes: Record<string, RouteTable> = { ...applicationsRoutes, ...annualReportsRoutes, ...publicationsRoutes, ...projectsRoutes, ...inspectionsRoutes, ...guidesRoutes, ...dataResourcesRoutes, ...assistanceRequestsRoutes, ...manuscriptsRoutes, ...departmentReportsRoutes, ...opennessEvaluationsRoutes, ...workItemsRoutes };
