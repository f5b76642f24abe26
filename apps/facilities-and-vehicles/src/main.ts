import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { facilitiesAndVehiclesDefinition } from '@gov/service-facilities-and-vehicles';

await runMain(() => startService(facilitiesAndVehiclesDefinition));
