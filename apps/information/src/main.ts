import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { informationDefinition } from '@gov/service-information';

await runMain(() => startService(informationDefinition));
