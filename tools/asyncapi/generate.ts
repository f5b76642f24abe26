/**
 * The AsyncAPI document of the platform's events, generated from the event contract classes.
 *
 *   npm run asyncapi                 # writes docs/asyncapi/asyncapi.json
 *   npm run asyncapi -- --check      # exits 1 if the committed file is stale, or breaks the released catalogue
 *   npm run asyncapi -- --release    # also records it as the released catalogue (docs/asyncapi/released.json)
 *
 * tools/asyncapi/asyncapi.spec.ts runs the same checks in CI (docs/EVENTS-VERSIONING.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncApiJson } from './document.js';
import { breakingChanges } from './compare.js';

export const ASYNCAPI_FILE = 'docs/asyncapi/asyncapi.json';
export const RELEASED_FILE = 'docs/asyncapi/released.json';

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const json = await asyncApiJson();
  const check = process.argv.includes('--check');
  let failed = false;
  if (check) {
    if (readOrEmpty(join(root, ASYNCAPI_FILE)) !== json) {
      process.stderr.write(`✗ ${ASYNCAPI_FILE} is not what tools/asyncapi/generate.ts generates (npm run asyncapi)\n`);
      failed = true;
    }
  } else {
    writeFileSync(join(root, ASYNCAPI_FILE), json);
    process.stdout.write(`wrote ${ASYNCAPI_FILE}\n`);
  }
  const released = readOrEmpty(join(root, RELEASED_FILE));
  if (process.argv.includes('--release') && !check) {
    writeFileSync(join(root, RELEASED_FILE), json);
    process.stdout.write(`wrote ${RELEASED_FILE}\n`);
  } else if (released) {
    const breaking = breakingChanges(JSON.parse(released), JSON.parse(json));
    for (const change of breaking) process.stderr.write(`✗ breaking: ${change}\n`);
    if (breaking.length) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
