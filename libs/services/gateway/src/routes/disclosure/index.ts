import type { RouteTable } from '../route-declaration.js';
import { annualReportsRoutes } from './annual-reports.routes.js';
import { applicationsRoutes } from './applications.routes.js';
import { publicationsRoutes } from './publications.routes.js';
import { projectsRoutes } from './projects.routes.js';
import { inspectionsRoutes } from './inspections.routes.js';
import { guidesRoutes } from './guides.routes.js';

/** The gateway's routes to disclosure, one table per area. */
export const disclosureRoutes: Record<string, RouteTable> = { ...applicationsRoutes, ...annualReportsRoutes, ...publicationsRoutes, ...projectsRoutes, ...inspectionsRoutes, ...guidesRoutes };
