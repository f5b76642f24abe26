// Compiles apps/ and libs/ (not the tests) with SWC into dist/, keeping the tree: the same code the dev loader
// runs, for production images that carry no compiler. Run it with `npm run build`.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import swc from '@swc/core';
import { repoRoot } from './aliases.mjs';
import { swcOptions } from './swc-options.mjs';

const out = join(repoRoot, 'dist');
const skip = /\.(spec|int-spec|e2e-spec)\.ts$|\.d\.ts$/;

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'test' && name !== 'node_modules') yield* sources(path);
    } else if (name.endsWith('.ts') && !skip.test(name)) yield path;
  }
}

const started = Date.now();
rmSync(out, { recursive: true, force: true });
let count = 0;
for (const top of ['apps', 'libs']) {
  for (const file of sources(join(repoRoot, top))) {
    const { code } = await swc.transformFile(file, { ...swcOptions, sourceMaps: false, filename: file });
    const target = join(out, relative(repoRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
    count++;
  }
}
console.log(`built ${count} files into dist/ in ${Date.now() - started} ms`);
