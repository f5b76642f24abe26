import 'reflect-metadata';
import { runMain } from '@gov/platform';
import { startGateway } from '@gov/service-gateway';

await runMain(() => startGateway({}));
