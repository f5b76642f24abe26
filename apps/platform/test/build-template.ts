import 'reflect-metadata';
import { createLogger, migrationsOf, openDatabase } from '@gov/platform';
import { schemaOf } from '@gov/contracts-common';
import { databaseUrl, recreateDatabase, TEMPLATE_DATABASE } from '@gov/testing';
import { ALL_DEFINITIONS } from '../src/apps.js';

/**
 * Migrates every app's schema once into the template database; each test file then clones it
 * (CREATE DATABASE … TEMPLATE), so test files never share mutable state.
 */
async function buildTemplate(): Promise<void> {
  const started = Date.now();
  await recreateDatabase(TEMPLATE_DATABASE);
  const logger = createLogger('test-setup', 'warn');
  for (const def of ALL_DEFINITIONS) {
    const dataSource = await openDatabase(
      { url: databaseUrl(TEMPLATE_DATABASE), schema: schemaOf(def.app), entities: def.entities, migrations: migrationsOf(def), applicationName: 'test-setup' },
      logger,
    );
    await dataSource.destroy();
  }
  console.log(`\n[global-setup] template database migrated for ${ALL_DEFINITIONS.length} apps in ${Date.now() - started} ms`);
}

await buildTemplate();
