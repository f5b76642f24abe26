import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';
import { supervisionDefinition } from '@gov/service-supervision';
import { informationDefinition } from '@gov/service-information';
import { disclosureDefinition } from '@gov/service-disclosure';
import { foreignAffairsDefinition } from '@gov/service-foreign-affairs';
import { facilitiesAndVehiclesDefinition } from '@gov/service-facilities-and-vehicles';
import { personnelFinanceDefinition } from '@gov/service-personnel-finance';
import { partyAffairsDefinition } from '@gov/service-party-affairs';
import { gatewayDefinition } from '@gov/service-gateway';
import type { AppDefinition, BaseEnv } from '@gov/platform';

/** The nine section services, in start order (duty-and-meetings first: it owns the shared reference data). */
export const SERVICE_DEFINITIONS: AppDefinition<BaseEnv>[] = [
  dutyAndMeetingsDefinition as unknown as AppDefinition<BaseEnv>,
  documentSecretariatDefinition,
  supervisionDefinition,
  informationDefinition,
  disclosureDefinition,
  foreignAffairsDefinition,
  facilitiesAndVehiclesDefinition,
  personnelFinanceDefinition,
  partyAffairsDefinition,
];

export const ALL_DEFINITIONS: AppDefinition<BaseEnv>[] = [gatewayDefinition as unknown as AppDefinition<BaseEnv>, ...SERVICE_DEFINITIONS];
