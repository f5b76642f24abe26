import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';

await runMain(() => startService(dutyAndMeetingsDefinition));
