// Jest's global setup runs outside its ESM module graph, so the template is built by a child process
// through the same loader the apps use (aliases and SWC).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  execFileSync(process.execPath, ['--import', './tools/register.mjs', 'apps/platform/test/build-template.ts'], { cwd: root, stdio: 'inherit', env: process.env });
}
