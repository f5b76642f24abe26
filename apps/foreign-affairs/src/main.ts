import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { foreignAffairsDefinition } from '@gov/service-foreign-affairs';

await runMain(() => startService(foreignAffairsDefinition));
