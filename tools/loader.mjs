// Node module hooks: resolve `@gov/*` aliases and `./x.js` specifiers that point at `./x.ts`, and compile .ts with SWC.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import swc from '@swc/core';
import { readAliases } from './aliases.mjs';
import { swcOptions } from './swc-options.mjs';

const aliases = readAliases();

export async function resolve(specifier, context, nextResolve) {
  const alias = aliases[specifier];
  if (alias) return { url: pathToFileURL(alias).href, shortCircuit: true };
  if (specifier.endsWith('.js') && (specifier.startsWith('.') || specifier.startsWith('file:')) && context.parentURL?.endsWith('.ts')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const source = await readFile(filename, 'utf8');
  const { code } = await swc.transform(source, { ...swcOptions, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
