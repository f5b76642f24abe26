import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { partyAffairsDefinition } from '@gov/service-party-affairs';

await runMain(() => startService(partyAffairsDefinition));
