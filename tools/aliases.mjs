// Reads the `@gov/*` path aliases from tsconfig.base.json: the single source for tsc, jest and the runtime loader.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readAliases() {
  const base = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'));
  const paths = base.compilerOptions.paths;
  return Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, join(repoRoot, target)]));
}
