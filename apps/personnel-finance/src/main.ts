import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { personnelFinanceDefinition } from '@gov/service-personnel-finance';

await runMain(() => startService(personnelFinanceDefinition));
