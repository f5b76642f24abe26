// nx g @gov/tools:module <service> <module>: one module of a section service in the shape of every built module
// (docs/ADDING-A-MODULE.md): contract, controller, service, repository, policy, rules (+ unit spec), views, migration,
// gateway routes and grants, the authorization policy entry, an integration and an end-to-end spec, glossary stub.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Nx loads generator factories with require() */

const { join } = require('node:path');
const { generateFiles } = require('@nx/devkit');
const { addImport, addToLiteral, edit, nameForms, SECTIONS_OF, timestampOf } = require('../../lib.cjs');

function variablesOf(tree, options) {
  const svc = nameForms(options.service);
  const mod = nameForms(options.name);
  const rec = nameForms(options.record ?? mod.kebab.replace(/(ch|sh|ss|x)es$/, '$1').replace(/ies$/, 'y').replace(/([^s])s$/, '$1'));
  if (rec.kebab === mod.kebab) throw new Error(`模块名 ${mod.kebab} 与记录名相同：请用 --record 指定单数记录名`);
  if (!tree.exists(`libs/services/${svc.kebab}/src/definition.ts`)) throw new Error(`服务 ${svc.kebab} 不存在：先运行 nx g @gov/tools:service ${svc.kebab}`);
  if (tree.exists(`libs/services/${svc.kebab}/src/modules/${mod.kebab}`)) throw new Error(`模块 ${svc.kebab}/${mod.kebab} 已存在`);
  const taken = tree.children('libs/contracts').find((lib) => (tree.read(`libs/contracts/${lib}/src/permissions.ts`, 'utf-8') ?? '').includes(`'${mod.kebab}:`));
  if (taken) throw new Error(`权限 ${mod.kebab}:* 已被 @gov/contracts-${taken} 使用：请换一个模块名`);
  const sections = (options.sections ? options.sections.split(',') : SECTIONS_OF[svc.kebab] ?? ['zonghe']).map((s) => s.trim()).filter(Boolean);
  return {
    tmpl: '',
    ts: timestampOf(options),
    svc: svc.kebab,
    svcPascal: svc.pascal,
    svcCamel: svc.camel,
    mod: mod.kebab,
    modPascal: mod.pascal,
    modCamel: mod.camel,
    modConst: mod.constant,
    modTitle: options.title ?? mod.kebab,
    rec: rec.kebab,
    recPascal: rec.pascal,
    recCamel: rec.camel,
    recConst: rec.constant,
    table: rec.snake,
    sections,
  };
}

async function moduleGenerator(tree, options) {
  const v = variablesOf(tree, options);
  const files = (part) => join(__dirname, 'files', part);
  const contracts = `libs/contracts/${v.svc}/src`;
  const service = `libs/services/${v.svc}`;
  const routes = `libs/services/gateway/src/routes/${v.svc}`;

  // 1. The contract, exported, and its permissions.
  generateFiles(tree, files('contracts'), contracts, v);
  edit(tree, `${contracts}/index.ts`, (text) => (text.includes(`'./${v.mod}.js'`) ? text : `${text.trimEnd()}\nexport * from './${v.mod}.js';\n`.trimStart()));
  edit(tree, `${contracts}/permissions.ts`, (text) => {
    if (text.includes(`${v.modCamel}Read:`)) return text;
    const at = text.lastIndexOf('} as const;');
    if (at < 0) throw new Error(`${contracts}/permissions.ts: no "} as const;"`);
    const lines = [
      `  /** Read every ${v.modTitle} (the section, the office's leaders). */`,
      `  ${v.modCamel}Read: '${v.mod}:read',`,
      `  /** Create, change and withdraw any ${v.modTitle} (the section). */`,
      `  ${v.modCamel}Manage: '${v.mod}:manage',`,
      `  /** Create, change and withdraw one's own unit's ${v.modTitle} (liaison staff). */`,
      `  ${v.modCamel}Own: '${v.mod}:own',`,
    ];
    return `${text.slice(0, at)}${lines.join('\n')}\n${text.slice(at)}`;
  });

  // 2. The module, its migration, both registered in the service.
  generateFiles(tree, files('module'), `${service}/src/modules/${v.mod}`, v);
  generateFiles(tree, files('migration'), `${service}/src/database/migrations`, v);
  edit(tree, `${service}/src/definition.ts`, (text) =>
    addToLiteral(addImport(text, `import { ${v.modPascal}${v.ts} } from './database/migrations/${v.ts}-${v.mod}.js';`), 'migrations: [', `${v.modPascal}${v.ts}`),
  );
  edit(tree, `${service}/src/${v.svc}.module.ts`, (text) =>
    addToLiteral(addImport(text, `import { ${v.modPascal}Module } from './modules/${v.mod}/${v.mod}.module.js';`), 'imports: [', `${v.modPascal}Module`),
  );

  // 3. The gateway: the routes as data, and who holds the permissions.
  generateFiles(tree, files('routes'), routes, v);
  const routesImport = `import { ${v.modCamel}Routes } from './${v.mod}.routes.js';`;
  if (!tree.exists(`${routes}/index.ts`)) {
    tree.write(
      `${routes}/index.ts`,
      `import type { RouteTable } from '../route-declaration.js';\n${routesImport}\n\n/** The gateway's routes to ${v.svc}, one table per area. */\nexport const ${v.svcCamel}Routes: Record<string, RouteTable> = { ...${v.modCamel}Routes };\n`,
    );
  } else {
    edit(tree, `${routes}/index.ts`, (text) => addToLiteral(addImport(text, routesImport), `${v.svcCamel}Routes: Record<string, RouteTable> = {`, `...${v.modCamel}Routes`));
  }
  edit(tree, 'libs/services/gateway/src/routes/index.ts', (text) =>
    addToLiteral(addImport(text, `import { ${v.svcCamel}Routes } from './${v.svc}/index.js';`), 'ROUTE_TABLES: Record<string, RouteTable> = {', `...${v.svcCamel}Routes`),
  );
  generateFiles(tree, files('grants'), 'libs/services/gateway/src/database/migrations', v);
  const grant = `${v.svcPascal}${v.modPascal}Permissions${v.ts}`;
  edit(tree, 'libs/services/gateway/src/gateway.definition.ts', (text) =>
    addToLiteral(addImport(text, `import { ${grant} } from './database/migrations/${v.ts}-${v.svc}-${v.mod}-permissions.js';`), 'migrations: [', grant),
  );

  // 4. The authorization matrix's decision for the new routes.
  edit(tree, 'apps/platform/test/authorization/policy.ts', (text) => {
    if (text.includes(`/api/${v.svc}/${v.mod}'`)) return text;
    const start = text.indexOf('export const POLICY: PolicyEntry[] = [');
    if (start < 0) throw new Error('policy.ts: no POLICY table');
    const close = text.indexOf('\n];', start);
    const entries = [
      `  // ---- ${v.svc}: ${v.modTitle} ----`,
      `  { routes: 'GET,POST /api/${v.svc}/${v.mod}', scope: 'none' },`,
      `  { routes: '* /api/${v.svc}/${v.mod}/{id}/**', scope: 'unit-scoped', officeReaders: ['${v.mod}:read', '${v.mod}:manage'], noFixture: '尚无该记录的测试夹具；以随机 id 检查 403 与 404' },`,
    ];
    return `${text.slice(0, close)}\n${entries.join('\n')}${text.slice(close)}`;
  });

  // 5. Tests at each tier (the unit spec is beside the rules).
  generateFiles(tree, files('int'), `${service}/test`, v);
  generateFiles(tree, files('e2e'), 'apps/platform/test', v);

  // 6. The words: glossary stub and the service's README.
  if (tree.exists('GLOSSARY.md')) {
    edit(tree, 'GLOSSARY.md', (text) =>
      text.includes(`${v.svc} \`${v.table}\``) ? text : `${text.trimEnd()}\n| ${v.modTitle} | ${v.rec} (\`${v.recPascal}\`): open 办理中 · withdrawn 已撤回 | ${v.svc} \`${v.table}\` |\n`,
    );
  }
  if (tree.exists(`${service}/README.md`)) {
    edit(tree, `${service}/README.md`, (text) =>
      text.includes(`## ${v.modTitle}`)
        ? text
        : `${text.trimEnd()}\n\n## ${v.modTitle} (\`modules/${v.mod}\`)\n\nFor whom: the section (${v.sections.join(', ')}) reads and manages every record; a unit's liaison its own unit's.\nRules and their sources (shared/domain/RULES.md): — (to be written with the module).\n`,
    );
  }

}

module.exports = moduleGenerator;
module.exports.default = moduleGenerator;
module.exports.moduleGenerator = moduleGenerator;
