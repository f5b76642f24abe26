// Resolves `@gov/*` to the built libraries under dist/, from the same tsconfig paths the sources use.
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readAliases, repoRoot } from './aliases.mjs';

const aliases = Object.fromEntries(
  Object.entries(readAliases()).map(([alias, target]) => [alias, pathToFileURL(join(repoRoot, 'dist', relative(repoRoot, target)).replace(/\.ts$/, '.js')).href]),
);

export async function resolve(specifier, context, nextResolve) {
  const url = aliases[specifier];
  if (url) return { url, shortCircuit: true };
  return nextResolve(specifier, context);
}
