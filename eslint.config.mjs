// Lint that encodes policy: module boundaries between apps, services, contracts and the platform,
// awaited promises, no focused or skipped tests.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { APPS } from './tools/apps.mjs';

const boundaries = {
  enforceBuildableLibDependency: false,
  allow: [],
  banTransitiveDependencies: false,
  depConstraints: [
    // The launcher of the whole platform may start every service.
    { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['*'] },
    // An app is a few lines that start its own service library.
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:platform', 'type:contracts', 'type:domain'] },
    // A service reaches another service only through that service's contracts (and NATS).
    {
      sourceTag: 'type:service',
      onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', 'type:read-model', 'type:testing'],
    },
    { sourceTag: 'type:read-model', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
    // Scopes: a service's code depends only on its own scope and the shared libraries.
    ...APPS.map((scope) => ({
      sourceTag: `scope:${scope}`,
      onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared', 'type:contracts'],
    })),
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'type:contracts'] },
  ],
};

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', '.nx/**', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*/src/*', '../../../*/src/*'], message: 'Import another project through its @gov/* alias.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name=/^(only|skip)$/]", message: 'No focused or skipped tests.' },
      ],
    },
  },
  {
    // Contracts are shared with everyone: no persistence or transport in them.
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['typeorm', 'pg', '@nats-io/transport-node', '@nats-io/jetstream', '@nestjs/microservices'] }],
    },
  },
  {
    // The gateway does not touch service tables: it has no business with TypeORM outside its own schema module.
    files: ['apps/gateway/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['typeorm', 'pg'] }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/await-thenable': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
];
