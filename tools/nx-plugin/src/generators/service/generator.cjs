// nx g @gov/tools:service <name>: a section service in the shape of the built ones — app, service library, contracts
// library, its first module (through the module generator), gateway routes and grants, tests, path aliases, the app
// lists and the deployment entries. When the service exists as a shell (the six section services that only boot), it
// fills that shell in instead and leaves its app, definition and deployment alone.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Nx loads generator factories with require() */

const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { generateFiles, updateJson } = require('@nx/devkit');
const { addImport, addToLiteral, edit, nameForms, read } = require('../../lib.cjs');
const moduleGenerator = require('../module/generator.cjs');

/** The shell service the deployment entries of a new one are copied from (every one of its names replaced). */
const MODEL = nameForms('party-affairs');

function titleOf(tree, svc, given) {
  if (given) return given;
  const known = new RegExp(`'?${svc}'?: '([^']+)'`).exec(read(tree, 'libs/contracts/common/src/services.ts'));
  return known ? known[1] : svc;
}

/** A copy of the model service's lines in a deployment file: each block naming it, repeated after itself for `svc`. */
function cloneBlocks(text, svc) {
  const rename = (line) => line.replaceAll(MODEL.kebab, svc.kebab).replaceAll(MODEL.snake, svc.snake).replaceAll(MODEL.constant, svc.constant);
  if (text.includes(svc.kebab) || text.includes(svc.constant)) return text;
  const lines = text.split('\n');
  const indent = (line) => line.length - line.trimStart().length;
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(MODEL.kebab) && !line.includes(MODEL.constant) && !line.includes(MODEL.snake)) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '' && indent(lines[end]) > indent(line)) end++;
    const block = lines.slice(i, end);
    out.push(...block, ...(lines[end] === '' && block.length > 1 ? [''] : []), ...block.map(rename));
    i = end - 1;
  }
  return out.join('\n');
}

function newService(tree, v, svc, options) {
  const files = (part) => join(__dirname, 'files', part);
  generateFiles(tree, files('app'), `apps/${svc.kebab}`, v);
  generateFiles(tree, files('service'), `libs/services/${svc.kebab}`, v);
  updateJson(tree, 'tsconfig.base.json', (json) => {
    json.compilerOptions.paths[`@gov/service-${svc.kebab}`] ??= [`./libs/services/${svc.kebab}/src/index.ts`];
    return json;
  });
  edit(tree, 'libs/contracts/common/src/services.ts', (text) => {
    if (text.includes(`'${svc.kebab}',`)) return text;
    const names = addToLiteral(text, 'SERVICE_NAMES = [', `'${svc.kebab}'`);
    return addToLiteral(names, 'SERVICE_TITLES: Record<AppName, string> = {', `'${svc.kebab}': '${v.title.replace(/'/g, '’')}'`);
  });
  edit(tree, 'apps/platform/src/apps.ts', (text) =>
    addToLiteral(addImport(text, `import { ${svc.camel}Definition } from '@gov/service-${svc.kebab}';`), 'SERVICE_DEFINITIONS: AppDefinition<BaseEnv>[] = [', `${svc.camel}Definition`),
  );
  if (options.skipDeploy) return false;
  tree.write(`deploy/k8s/apps/${svc.kebab}.yaml`, read(tree, `deploy/k8s/apps/${MODEL.kebab}.yaml`).replaceAll(MODEL.kebab, svc.kebab).replaceAll(MODEL.snake, svc.snake).replaceAll(MODEL.constant, svc.constant));
  for (const file of ['deploy/k8s/kustomization.yaml', 'deploy/k8s/nats.yaml', 'deploy/k8s/postgres-bootstrap.yaml', 'docker-compose.yml']) {
    if (tree.exists(file)) edit(tree, file, (text) => cloneBlocks(text, svc));
  }
  return true;
}

async function serviceGenerator(tree, options) {
  const svc = nameForms(options.name);
  const shell = tree.exists(`libs/services/${svc.kebab}/src/definition.ts`);
  if (options.existing && !shell) throw new Error(`服务 ${svc.kebab} 不存在，不能用 --existing`);
  if (tree.exists(`libs/services/${svc.kebab}/src/modules`)) throw new Error(`服务 ${svc.kebab} 已有模块：请用 nx g @gov/tools:module ${svc.kebab} <模块>`);
  const v = { tmpl: '', svc: svc.kebab, svcPascal: svc.pascal, svcCamel: svc.camel, title: titleOf(tree, svc.kebab, options.title) };

  const deployed = shell ? false : newService(tree, v, svc, options);

  // The contracts library: its permissions, then one file per module.
  if (!tree.exists(`libs/contracts/${svc.kebab}/src/index.ts`)) generateFiles(tree, join(__dirname, 'files', 'contracts'), `libs/contracts/${svc.kebab}`, v);
  updateJson(tree, 'tsconfig.base.json', (json) => {
    json.compilerOptions.paths[`@gov/contracts-${svc.kebab}`] ??= [`./libs/contracts/${svc.kebab}/src/index.ts`];
    return json;
  });

  await moduleGenerator(tree, {
    service: svc.kebab,
    name: options.module ?? 'records',
    record: options.record,
    title: options.moduleTitle,
    sections: options.sections,
    timestamp: options.timestamp,
  });

  // NATS users and PostgreSQL roles are generated from the app list (tools/nats-config.ts), once the files are written.
  return () => {
    if (deployed) execFileSync(process.execPath, ['--import', './tools/register.mjs', 'tools/nats-config.ts'], { cwd: tree.root, stdio: 'inherit' });
  };
}

module.exports = serviceGenerator;
module.exports.default = serviceGenerator;
module.exports.serviceGenerator = serviceGenerator;
module.exports.cloneBlocks = cloneBlocks;
