// The deployable apps, read from the workspace itself (every apps/<name> whose project is tagged type:app), so
// the tools, the lint rules and the deployment files cannot forget one. duty-and-meetings comes first (it owns the
// reference data the others copy) and the gateway last (it fronts the others).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './aliases.mjs';

const rank = (app) => (app === 'duty-and-meetings' ? 0 : app === 'gateway' ? 2 : 1);

export const APPS = readdirSync(join(repoRoot, 'apps'))
  .filter((name) => {
    const file = join(repoRoot, 'apps', name, 'project.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).tags?.includes('type:app');
  })
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
