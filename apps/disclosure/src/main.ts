import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { disclosureDefinition } from '@gov/service-disclosure';

await runMain(() => startService(disclosureDefinition));
