import { assessmentRoutes } from './assessment.routes.js';
import { inspectionsRoutes } from './inspections.routes.js';
import { reformRoutes } from './reform.routes.js';
import { suggestionsRoutes } from './suggestions.routes.js';
import { supervisionItemsRoutes } from './supervision-items.routes.js';
import { supervisionPlansRoutes } from './supervision-plans.routes.js';
import { supervisionWarningsRoutes } from './supervision-warnings.routes.js';
import type { RouteTable } from '../route-declaration.js';

/** The gateway's routes to supervision, one table per area. */
export const supervisionRoutes: Record<string, RouteTable> = { ...assessmentRoutes, ...reformRoutes, ...suggestionsRoutes, ...supervisionItemsRoutes, ...supervisionPlansRoutes, ...supervisionWarningsRoutes, ...inspectionsRoutes };
