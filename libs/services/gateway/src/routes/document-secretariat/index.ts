import { agreementsRoutes } from './agreements.routes.js';
import { archivesRoutes } from './archives.routes.js';
import { confidentialRoutes } from './confidential.routes.js';
import { decisionsRoutes } from './decisions.routes.js';
import { documentsCoreRoutes } from './documents-core.routes.js';
import { draftingRoutes } from './drafting.routes.js';
import { filingsRoutes } from './filings.routes.js';
import { gazetteRoutes } from './gazette.routes.js';
import { incomingRoutes } from './incoming.routes.js';
import { instructionsRoutes } from './instructions.routes.js';
import { lettersRoutes } from './letters.routes.js';
import { outgoingRoutes } from './outgoing.routes.js';
import { requestsRoutes } from './requests.routes.js';
import { sealsRoutes } from './seals.routes.js';
import type { RouteTable } from '../route-declaration.js';

/** The gateway's routes to document-secretariat, one table per area. */
export const documentSecretariatRoutes: Record<string, RouteTable> = { ...agreementsRoutes, ...archivesRoutes, ...confidentialRoutes, ...decisionsRoutes, ...documentsCoreRoutes, ...draftingRoutes, ...filingsRoutes, ...gazetteRoutes, ...incomingRoutes, ...instructionsRoutes, ...lettersRoutes, ...outgoingRoutes, ...requestsRoutes, ...sealsRoutes };
