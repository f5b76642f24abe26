import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

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
