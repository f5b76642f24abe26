import 'reflect-metadata';
import { runMain } from '@gov/platform';
import { printBootstrapAdmins, startGateway } from '@gov/service-gateway';

await runMain(async () => {
  const gateway = await startGateway({});
  printBootstrapAdmins(gateway.bootstrapAdmins);
  return gateway;
});
