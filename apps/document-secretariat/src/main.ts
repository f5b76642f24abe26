import 'reflect-metadata';
import { runMain, startService } from '@gov/platform';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';

await runMain(() => startService(documentSecretariatDefinition));
