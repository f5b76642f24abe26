import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import ts from 'typescript';

/**
 * The module boundaries are policy: this proves that the lint fails on the imports the architecture forbids
 * (and not on the ones it allows), so the rule cannot silently turn into `'*'`.
 */
describe('lint policy: module boundaries', () => {
  let eslint: ESLint;

  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'show', 'projects'], { stdio: 'ignore' });
    eslint = new ESLint({
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parserOptions: { projectService: false, project: null } },
          rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/await-thenable': 'off', '@typescript-eslint/no-misused-promises': 'off' },
        },
      ],
    });
  }, 60_000);

  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };

  it.each([
    ['a service importing another service', 'libs/services/supervision/src/probe.ts', "import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';\nexport const x = dutyAndMeetingsDefinition;\n", /enforce-module-boundaries/],
    ['an app importing another app’s service', 'apps/gateway/src/probe.ts', "import { supervisionDefinition } from '@gov/service-supervision';\nexport const x = supervisionDefinition;\n", /enforce-module-boundaries/],
    ['contracts importing typeorm', 'libs/contracts/common/src/probe.ts', "import { Entity } from 'typeorm';\nexport const x = Entity;\n", /no-restricted-imports/],
    ['contracts importing NATS', 'libs/contracts/duty-and-meetings/src/probe.ts', "import { connect } from '@nats-io/transport-node';\nexport const x = connect;\n", /no-restricted-imports/],
    ['the platform importing a service', 'libs/platform/src/probe.ts', "import { supervisionDefinition } from '@gov/service-supervision';\nexport const x = supervisionDefinition;\n", /enforce-module-boundaries/],
    ['a focused test', 'libs/platform/src/probe.spec.ts', "import { it } from '@jest/globals';\nit.only('x', () => undefined);\n", /no-restricted-syntax/],
  ])('rejects %s', async (_name, filePath, code, rule) => {
    const found = await problems(filePath, code);
    expect(found.some((p) => rule.test(p))).toBe(true);
  });

  it.each([
    ['a service using its contracts, the platform and another service’s contracts', 'libs/services/supervision/src/probe.ts', "import { UnitEvents } from '@gov/contracts-duty-and-meetings';\nimport { DomainError } from '@gov/platform';\nexport const x = [UnitEvents, DomainError];\n"],
    ['the launcher starting every service', 'apps/platform/src/probe.ts', "import { supervisionDefinition } from '@gov/service-supervision';\nexport const x = supervisionDefinition;\n"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});

/**
 * One SQL toolkit, and SQL only in repositories: in a service's modules, only a `*.repository.ts` file runs a query
 * (`….query(`); services, controllers, policies, rules and views call repositories. Checked on the syntax tree, so a
 * comment or a string mentioning `.query(` does not count.
 */
describe('lint policy: SQL only in repositories', () => {
  /**
   * Gateway modules whose SQL has not moved into a repository yet (outside the section services' change that added
   * this check). The list may only shrink: a file listed here that no longer runs SQL fails the check too.
   */
  const NOT_YET_MOVED = new Set([
    'libs/services/gateway/src/modules/admin-tasks/admin-tasks.service.ts',
    'libs/services/gateway/src/modules/system/system.controller.ts',
    'libs/services/gateway/src/modules/tasks/notifications.service.ts',
    'libs/services/gateway/src/modules/tasks/tasks.service.ts',
    'libs/services/gateway/src/modules/upload-quota/upload-quota.service.ts',
  ]);

  const queryCalls = (fileName: string, text: string): number[] => {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
    const lines: number[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'query') {
        lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return lines;
  };

  const moduleFiles = (): string[] => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.repository.ts') && !entry.name.endsWith('.spec.ts')) files.push(path);
      }
    };
    for (const service of readdirSync('libs/services', { withFileTypes: true })) {
      const modules = join('libs/services', service.name, 'src/modules');
      if (service.isDirectory() && readdirSync(join('libs/services', service.name, 'src')).includes('modules')) walk(modules);
    }
    return files;
  };

  it('finds a query call, and not one in a comment or a string', () => {
    const probe = "// this.db.query('x')\nconst s = 'a.query(1)';\nexport async function f(db: { query(sql: string): Promise<unknown> }) {\n  return db.query('SELECT 1');\n}\n";
    expect(queryCalls('probe.ts', probe)).toEqual([4]);
  });

  it('no module file but a repository runs SQL', () => {
    const files = moduleFiles();
    expect(files.length).toBeGreaterThan(100);
    const running = new Map(files.map((file) => [file, queryCalls(file, readFileSync(file, 'utf8'))]));
    const offenders = [...running].filter(([file]) => !NOT_YET_MOVED.has(file)).flatMap(([file, lines]) => lines.map((line) => `${file}:${line}`));
    expect(offenders).toEqual([]);
    expect([...NOT_YET_MOVED].filter((file) => !running.get(file)?.length)).toEqual([]);
  });
});

