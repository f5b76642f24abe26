import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { supervisionDefinition } from '@gov/service-supervision';

await runMain(() => startService(supervisionDefinition));
