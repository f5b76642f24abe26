// The `app` stage of deploy/Dockerfile: `node tools/images/app-closure.mjs <app> <out>` copies into <out> only what
// one app runs: the compiled files its main imports (following relative imports and the `@gov/*` aliases through
// dist/), the production packages those files import with the packages they depend on in turn (read from
// package-lock.json, taken from the production-only node_modules), and the three loader files.
//   <out>/node_modules/…      the packages (one layer of the image)
//   <out>/app/…               dist/, console/dist (the gateway's), tools/*.mjs, package.json (its own dependencies only), tsconfig.base.json,
//                             main.mjs (imports dist/apps/<app>/src/main.js) and image-manifest.json
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readAliases, repoRoot } from '../aliases.mjs';

const [app, out] = process.argv.slice(2);
if (!app || !out) {
  console.error('usage: node tools/images/app-closure.mjs <app> <out>');
  process.exit(2);
}
const main = join(repoRoot, 'dist/apps', app, 'src/main.js');
if (!existsSync(main)) {
  console.error(`no app named ${JSON.stringify(app)}: ${relative(repoRoot, main)} was not built`);
  process.exit(1);
}

const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')).packages;
const dependencyNames = Object.keys(rootPackage.dependencies ?? {});
const builtins = new Set(builtinModules);
const aliases = Object.fromEntries(
  Object.entries(readAliases()).map(([alias, target]) => [alias, join(repoRoot, 'dist', relative(repoRoot, target)).replace(/\.ts$/, '.js')]),
);

// ---- code: the import closure of the app's main through dist/ ----
// A specifier has no blank, comma or parenthesis: SQL such as `jsonb_build_object('from', $1::text, …)` is not an import.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\.resolve\s*\(\s*)['"]([^'"\s,()]+)['"]/g;
const files = new Set();
const packages = new Set();
const queue = [main];
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const asFile = (path) => [path, `${path}.js`, join(path, 'index.js')].find((p) => existsSync(p) && statSync(p).isFile());
while (queue.length) {
  const file = queue.pop();
  if (files.has(file)) continue;
  files.add(file);
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(SPECIFIER)].map((m) => m[1]);
  // Packages loaded by name through createRequire (e.g. `load('chinese-days/…')`) are strings naming a dependency.
  for (const [, literal] of text.matchAll(/['"]((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^'"\n]*)?['"]/g)) if (dependencyNames.includes(literal)) found.push(literal);
  for (const specifier of found) {
    if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
    if (specifier.startsWith('.')) {
      const target = asFile(resolve(dirname(file), specifier));
      if (!target) throw new Error(`${relative(repoRoot, file)} imports ${specifier}, which is not in dist/`);
      queue.push(target);
    } else if (aliases[specifier]) queue.push(aliases[specifier]);
    else if (specifier.startsWith('@gov/')) throw new Error(`${relative(repoRoot, file)} imports ${specifier}, which tsconfig.base.json does not map`);
    else packages.add(packageOf(specifier));
  }
}

// ---- packages: what the code imports, and what those depend on (as npm laid them out) ----
const locate = (name, from) => {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const location = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock[location] && existsSync(join(repoRoot, location))) return location;
    if (!dir) return undefined;
  }
};
const locations = new Set();
const pending = [...packages].map((name) => {
  const location = locate(name, '');
  if (!location) throw new Error(`${app} imports ${name}, which is not a production dependency (package.json "dependencies")`);
  return location;
});
while (pending.length) {
  const location = pending.pop();
  if (locations.has(location)) continue;
  locations.add(location);
  const entry = lock[location];
  // Optional dependencies and required peers count when npm installed them; optional peers only when the code
  // imports them itself (e.g. @nestjs/core's @nestjs/microservices).
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
  for (const name of [...Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }), ...peers]) {
    const found = locate(name, location);
    if (found && !lock[found].dev) pending.push(found);
  }
}

// ---- copy ----
const appDir = join(out, 'app');
for (const file of files) cpSync(file, join(appDir, relative(repoRoot, file)));
for (const loader of ['register-dist.mjs', 'dist-loader.mjs', 'aliases.mjs']) cpSync(join(repoRoot, 'tools', loader), join(appDir, 'tools', loader));
cpSync(join(repoRoot, 'tsconfig.base.json'), join(appDir, 'tsconfig.base.json'));
// The gateway serves the built console (console/dist under its working directory).
const consoleDist = join(repoRoot, 'console/dist');
if (app === 'gateway') {
  if (!existsSync(join(consoleDist, 'index.html'))) throw new Error('the gateway image needs the built console: console/dist/index.html is missing (npm run console:build)');
  cpSync(consoleDist, join(appDir, 'console/dist'), { recursive: true });
  // and the AsyncAPI catalogue next to the OpenAPI document (/api/asyncapi.json).
  cpSync(join(repoRoot, 'docs/asyncapi/asyncapi.json'), join(appDir, 'docs/asyncapi/asyncapi.json'));
}
const own = Object.fromEntries(Object.entries(rootPackage.dependencies).filter(([name]) => packages.has(name)));
const { name, version, description, type, engines } = rootPackage;
writeFileSync(join(appDir, 'package.json'), `${JSON.stringify({ name: `${name}-${app}`, version, description, private: true, type, engines, dependencies: own }, null, 2)}\n`);
writeFileSync(join(appDir, 'main.mjs'), `// The image's entry: ${app}.\nimport './dist/apps/${app}/src/main.js';\n`);
for (const location of [...locations].sort()) {
  const source = join(repoRoot, location);
  // Nested node_modules are packages of their own, copied only when the closure holds them.
  cpSync(source, join(out, location), { recursive: true, filter: (path) => !relative(source, path).split('/').includes('node_modules') });
}
const manifest = {
  app,
  files: files.size,
  packages: [...locations].sort().map((location) => ({ path: location, name: lock[location].name ?? location.slice(location.lastIndexOf('node_modules/') + 13), version: lock[location].version, license: lock[location].license ?? null })),
};
mkdirSync(appDir, { recursive: true });
writeFileSync(join(appDir, 'image-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${app}: ${files.size} files of dist/, ${locations.size} packages (${[...packages].sort().join(', ')})`);
