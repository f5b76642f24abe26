// A CommonJS copy of an ESM-only package, for jest: CommonJS dependencies `require` it, which Node ≥20.19 allows but
// jest's module loader does not before Node 24.9. Compiled once per package version into node_modules/.cache.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const require = createRequire(import.meta.url);
const cache = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache', 'gov-jest');

export function cjsCopyOf(pkg) {
  const entry = require.resolve(pkg);
  let root = dirname(entry);
  while (!existsSync(join(root, 'package.json'))) root = dirname(root);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const target = join(cache, `${pkg}-${version}.cjs`);
  if (!existsSync(target)) {
    const { code } = transformSync(readFileSync(entry, 'utf8'), {
      filename: entry,
      module: { type: 'commonjs' },
      jsc: { target: 'es2022' },
    });
    mkdirSync(cache, { recursive: true });
    writeFileSync(`${target}.${process.pid}`, code);
    renameSync(`${target}.${process.pid}`, target);
  }
  return target;
}
