#!/usr/bin/env node
// Codemod: the platform's own bus handler decorators → the Nest transport's (issue 13, item 1).
//
//   @RpcHandler(path, Request[, options])  →  @RpcPattern(path, Request[, options])
//     m(request: R, caller: C)             →  m(@Payload() request: R, @Caller() caller: C)
//   @EventHandler(producer, subject, Event[, options])  →  @BusEventPattern(producer, subject, Event[, options])
//     m(event: E, tx: Tx, envelope?)       →  m(@Payload() event: E, @EventTx() tx: Tx, @Envelope() envelope)
//   @Injectable() on a class with such methods → @Controller() (Nest serves the patterns of controllers only),
//   and in the `@Module` of the same library the class moves from `providers` to `controllers`.
//
// The imports follow (`@nestjs/common`, `@nestjs/microservices`, `@gov/platform` or the platform's own path).
// It edits the text in place, leaving every other character as it was, and is idempotent (a second run changes nothing).
//
//   node tools/codemods/bus-handlers-to-nest-transport.mjs [--dry-run] [dir ...]   (default: libs apps)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const roots = args.filter((a) => !a.startsWith('--'));
const ROOTS = roots.length ? roots : ['libs', 'apps'];

const RULES = {
  RpcHandler: { to: 'RpcPattern', params: ['Payload', 'Caller'] },
  EventHandler: { to: 'BusEventPattern', params: ['Payload', 'EventTx', 'Envelope'] },
};
/** Where each new name is imported from; `platform` is `@gov/platform` or the path the file imported the old one from. */
const SOURCE_OF = { RpcPattern: 'platform', BusEventPattern: 'platform', Caller: 'platform', EventTx: 'platform', Envelope: 'platform', Payload: '@nestjs/microservices', Controller: '@nestjs/common' };

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function parse(path, text) {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function apply(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function decoratorName(decorator) {
  const expr = decorator.expression;
  return ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) ? expr.expression.text : undefined;
}

/** Rewrites one handler file; returns the names of the classes that became controllers. */
function rewriteHandlers(path, text) {
  const sf = parse(path, text);
  const edits = [];
  const used = new Set();
  const controllers = [];
  let oldImportPath;
  const visitClass = (cls) => {
    let converted = false;
    for (const member of cls.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      for (const decorator of ts.getDecorators(member) ?? []) {
        const rule = RULES[decoratorName(decorator)];
        if (!rule) continue;
        converted = true;
        const callee = decorator.expression.expression;
        edits.push({ start: callee.getStart(sf), end: callee.getEnd(), text: rule.to });
        used.add(rule.to);
        member.parameters.forEach((param, i) => {
          const paramDecorator = rule.params[i];
          if (!paramDecorator || ts.getDecorators(param)?.length) return;
          edits.push({ start: param.getStart(sf), end: param.getStart(sf), text: `@${paramDecorator}() ` });
          used.add(paramDecorator);
        });
      }
    }
    if (!converted) return;
    const injectable = (ts.getDecorators(cls) ?? []).find((d) => decoratorName(d) === 'Injectable');
    if (injectable) {
      edits.push({ start: injectable.getStart(sf), end: injectable.getEnd(), text: '@Controller()' });
      used.add('Controller');
    }
    if (cls.name) controllers.push(cls.name.text);
  };
  sf.forEachChild(function visit(node) {
    if (ts.isClassDeclaration(node)) visitClass(node);
    else node.forEachChild(visit);
  });
  if (!edits.length) return { text, controllers };

  // Imports: drop the old names, add the new ones to the import of their source (or a new import after the last one).
  const stillUsesInjectable = /@Injectable\(\)/.test(apply(text, edits));
  const imports = sf.statements.filter(ts.isImportDeclaration);
  const namedImportsOf = (decl) => (decl.importClause?.namedBindings && ts.isNamedImports(decl.importClause.namedBindings) ? decl.importClause.namedBindings : undefined);
  for (const decl of imports) {
    const named = namedImportsOf(decl);
    if (named?.elements.some((el) => el.name.text in RULES)) oldImportPath = decl.moduleSpecifier.text;
  }
  const platformPath = oldImportPath && oldImportPath !== '@gov/platform' ? oldImportPath.replace(/\/(rpc|events)\.js$/, '/nest-decorators.js') : '@gov/platform';
  const wanted = new Map();
  for (const name of used) {
    const source = SOURCE_OF[name] === 'platform' ? platformPath : SOURCE_OF[name];
    if (!wanted.has(source)) wanted.set(source, new Set());
    wanted.get(source).add(name);
  }
  const handled = new Set();
  for (const decl of imports) {
    const named = namedImportsOf(decl);
    if (!named || decl.importClause.isTypeOnly) continue;
    const source = decl.moduleSpecifier.text;
    const names = named.elements.map((el) => el.getText(sf));
    const wantedHere = wanted.has(source) && !handled.has(source) ? [...wanted.get(source)].filter((n) => !names.includes(n)) : [];
    if (wanted.has(source)) handled.add(source);
    // The new names take the place of the old one (or go last), the other names keep their order.
    const kept = [];
    let placed = false;
    const place = () => {
      if (!placed) kept.push(...wantedHere);
      placed = true;
    };
    for (const n of names) {
      if (n in RULES || (n === 'Injectable' && source === '@nestjs/common' && !stillUsesInjectable)) place();
      else kept.push(n);
    }
    place();
    if (kept.length === names.length && kept.every((n, i) => n === names[i])) continue;
    // The old import path of the platform's decorators (rpc.js / events.js) may now import nothing.
    if (!kept.length) {
      edits.push({ start: decl.getFullStart(), end: decl.getEnd(), text: '' });
      continue;
    }
    edits.push({ start: named.getStart(sf), end: named.getEnd(), text: `{ ${kept.join(', ')} }` });
  }
  const missing = [...wanted.entries()].filter(([source]) => !handled.has(source));
  if (missing.length) {
    const anchor = imports.find((d) => d.moduleSpecifier.text === '@nestjs/common') ?? imports[imports.length - 1];
    const lines = missing.map(([source, names]) => `\nimport { ${[...names].sort().join(', ')} } from '${source}';`).join('');
    edits.push({ start: anchor.getEnd(), end: anchor.getEnd(), text: lines });
  }
  return { text: apply(text, edits), controllers };
}

/** Moves `names` from the `providers` to the `controllers` of the `@Module` decorators of one file. */
function moveToControllers(path, text, names) {
  const sf = parse(path, text);
  const edits = [];
  sf.forEachChild(function visit(node) {
    if (ts.isDecorator(node) && decoratorName(node) === 'Module') {
      const [arg] = node.expression.arguments;
      if (arg && ts.isObjectLiteralExpression(arg)) rewriteModule(arg);
    }
    node.forEachChild(visit);
  });
  function propertyOf(obj, key) {
    return obj.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === key);
  }
  /** The end of a property with the comma and the blank after it (a property that is dropped). */
  function trailingCommaEnd(property) {
    const rest = text.slice(property.getEnd());
    return property.getEnd() + (/^,\s*/.exec(rest)?.[0].length ?? 0);
  }
  function rewriteModule(obj) {
    const providers = propertyOf(obj, 'providers');
    if (!providers || !ts.isArrayLiteralExpression(providers.initializer)) return;
    const list = providers.initializer;
    const moving = list.elements.filter((el) => ts.isIdentifier(el) && names.includes(el.text));
    if (!moving.length) return;
    const keep = list.elements.filter((el) => !moving.includes(el));
    const multiline = list.getText(sf).includes('\n');
    const indent = multiline ? /\n(\s*)\S/.exec(list.getText(sf))?.[1] ?? '    ' : '';
    const closingIndent = indent.slice(2);
    const join = (els) => (multiline ? `[\n${els.map((e) => `${indent}${e.getText ? e.getText(sf) : e},`).join('\n')}\n${closingIndent}]` : `[${els.map((e) => (e.getText ? e.getText(sf) : e)).join(', ')}]`);
    const controllers = propertyOf(obj, 'controllers');
    const movingNames = moving.map((el) => el.text);
    if (!keep.length && !controllers) {
      // Only handlers were provided: `providers` becomes `controllers`.
      edits.push({ start: providers.getStart(sf), end: providers.getEnd(), text: `controllers: [${movingNames.join(', ')}]` });
      return;
    }
    if (keep.length) edits.push({ start: list.getStart(sf), end: list.getEnd(), text: join(keep) });
    else edits.push({ start: providers.getStart(sf), end: trailingCommaEnd(providers), text: '' });
    if (controllers && ts.isArrayLiteralExpression(controllers.initializer)) {
      const existing = controllers.initializer.elements.map((e) => e.getText(sf));
      const all = [...existing, ...movingNames.filter((n) => !existing.includes(n))];
      edits.push({ start: controllers.initializer.getStart(sf), end: controllers.initializer.getEnd(), text: `[${all.join(', ')}]` });
    } else {
      // `controllers` goes right before `providers`, on its own line when the module's properties are on separate lines.
      const separator = multiline || obj.getText(sf).includes('\n') ? `,\n${/\n(\s*)providers/.exec(obj.getText(sf))?.[1] ?? '  '}` : ', ';
      edits.push({ start: providers.getStart(sf), end: providers.getStart(sf), text: `controllers: [${movingNames.join(', ')}]${separator}` });
    }
  }
  return edits.length ? apply(text, edits) : text;
}

const files = ROOTS.flatMap((root) => walk(root));
const controllersByLib = new Map();
const changed = [];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  if (!/@(RpcHandler|EventHandler)\(/.test(text)) continue;
  const result = rewriteHandlers(path, text);
  if (result.text !== text) {
    changed.push(path);
    if (!dryRun) writeFileSync(path, result.text);
  }
  const lib = /^(libs\/(?:services|read-models)\/[^/]+|libs\/[^/]+|apps\/[^/]+)\//.exec(relative('.', path))?.[1] ?? '.';
  if (!controllersByLib.has(lib)) controllersByLib.set(lib, new Set());
  for (const name of result.controllers) controllersByLib.get(lib).add(name);
}
for (const path of files) {
  if (!path.endsWith('.module.ts') && !/\bModule\(/.test(readFileSync(path, 'utf8'))) continue;
  const lib = /^(libs\/(?:services|read-models)\/[^/]+|libs\/[^/]+|apps\/[^/]+)\//.exec(relative('.', path))?.[1] ?? '.';
  const names = [...(controllersByLib.get(lib) ?? [])];
  if (!names.length) continue;
  const text = readFileSync(path, 'utf8');
  if (!names.some((n) => text.includes(n))) continue;
  const next = moveToControllers(path, text, names);
  if (next !== text) {
    changed.push(path);
    if (!dryRun) writeFileSync(path, next);
  }
}
console.log(`${dryRun ? 'would change' : 'changed'} ${changed.length} files`);
for (const path of changed) console.log(`  ${path}`);
