import type { Type } from '@nestjs/common';
import { documentSecretariatRoutes } from './document-secretariat/index.js';
import { dutyAndMeetingsRoutes } from './duty-and-meetings/index.js';
import { supervisionRoutes } from './supervision/index.js';
import { controllersOf } from './registrar.js';
import type { RouteTable } from './route-declaration.js';
import { disclosureRoutes } from './disclosure/index.js';
import { informationRoutes } from './information/index.js';
import { personnelFinanceRoutes } from './personnel-finance/index.js';
import { facilitiesAndVehiclesRoutes } from './facilities-and-vehicles/index.js';
import { foreignAffairsRoutes } from './foreign-affairs/index.js';
import { partyAffairsRoutes } from './party-affairs/index.js';

export type { RouteDeclaration, RouteTable } from './route-declaration.js';
export { PERMISSION_EXTENSION } from './registrar.js';

/** Every route to a section service, declared as data: one table per area (named as its controller), keyed by that name. */
export const ROUTE_TABLES: Record<string, RouteTable> = {
  ...dutyAndMeetingsRoutes,
  ...documentSecretariatRoutes,
  ...supervisionRoutes,
  ...disclosureRoutes,
  ...informationRoutes,
  ...personnelFinanceRoutes,
  ...facilitiesAndVehiclesRoutes,
  ...foreignAffairsRoutes,
  ...partyAffairsRoutes,
};

/** The controllers of the declared routes. */
export const DECLARED_ROUTE_CONTROLLERS: Type<unknown>[] = Object.entries(ROUTE_TABLES).flatMap(([name, table]) => controllersOf(name, table));
