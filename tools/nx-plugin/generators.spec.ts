import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';

type Generator<O> = (tree: Tree, options: O) => Promise<unknown>;
const require = createRequire(import.meta.url);
const { serviceGenerator, moduleGenerator } = require('./src/index.cjs') as {
  serviceGenerator: Generator<{ name: string; module?: string; moduleTitle?: string; title?: string; timestamp?: number; existing?: boolean; sections?: string }>;
  moduleGenerator: Generator<{ service: string; name: string; record?: string; title?: string; timestamp?: number }>;
};

const root = join(import.meta.dirname, '../..');
/** The workspace files the generators edit, as they are in the repository. */
const EDITED = [
  'tsconfig.base.json',
  'GLOSSARY.md',
  'libs/contracts/common/src/services.ts',
  'apps/platform/src/apps.ts',
  'apps/platform/test/authorization/policy.ts',
  'libs/services/gateway/src/routes/index.ts',
  'libs/services/gateway/src/gateway.definition.ts',
  'deploy/k8s/apps/party-affairs.yaml',
  'deploy/k8s/kustomization.yaml',
  'deploy/k8s/postgres-bootstrap.yaml',
  'docker-compose.yml',
];
/** The information service as the empty shell it was before issue 16 filled it in: the spec fills a shell in. */
const SHELL = ['README.md', 'src/definition.ts', 'src/information.module.ts', 'src/index.ts'];

function workspace(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const file of EDITED) tree.write(file, readFileSync(join(root, file), 'utf8'));
  for (const file of SHELL) tree.write(`libs/services/information/${file}`, readFileSync(join(import.meta.dirname, 'fixtures/information-shell', file), 'utf8'));
  return tree;
}

const text = (tree: Tree, path: string) => tree.read(path, 'utf-8') ?? '';

describe('nx g @gov/tools:service', () => {
  it('fills in an existing shell: contracts, its first module, gateway routes and grants, policy entry, tests; the shell kept', async () => {
    const tree = workspace();
    await serviceGenerator(tree, { name: 'information', module: 'submissions', moduleTitle: '报送信息', timestamp: 1796000000000 });

    for (const file of [
      'libs/contracts/information/project.json',
      'libs/contracts/information/src/submissions.ts',
      'libs/services/information/src/modules/submissions/submissions.module.ts',
      'libs/services/information/src/modules/submissions/submissions.rpc.controller.ts',
      'libs/services/information/src/modules/submissions/submissions.service.ts',
      'libs/services/information/src/modules/submissions/submissions.repository.ts',
      'libs/services/information/src/modules/submissions/submissions.policy.ts',
      'libs/services/information/src/modules/submissions/submissions.rules.ts',
      'libs/services/information/src/modules/submissions/submissions.rules.spec.ts',
      'libs/services/information/src/modules/submissions/submissions.views.ts',
      'libs/services/information/src/database/migrations/1796000000000-submissions.ts',
      'libs/services/information/test/submissions.int-spec.ts',
      'libs/services/gateway/src/routes/information/submissions.routes.ts',
      'libs/services/gateway/src/routes/information/index.ts',
      'libs/services/gateway/src/database/migrations/1796000000000-information-submissions-permissions.ts',
      'apps/platform/test/information-submissions.e2e-spec.ts',
    ]) {
      expect({ file, exists: tree.exists(file) }).toEqual({ file, exists: true });
    }
    expect(tree.exists('apps/information/src/main.ts')).toBe(false);
    expect(text(tree, 'libs/contracts/information/src/index.ts')).toBe("export * from './permissions.js';\nexport * from './submissions.js';\n");
    expect(text(tree, 'libs/contracts/information/src/permissions.ts')).toContain("submissionsManage: 'submissions:manage',");
    expect(text(tree, 'libs/contracts/information/src/submissions.ts')).toContain("notFound: { kind: 'not_found', code: 'SUBMISSION.NOT_FOUND', title: '报送信息不存在' }");
    expect(text(tree, 'libs/services/information/src/definition.ts')).toContain('migrations: [PlatformCalendarCopy1764100000100, Submissions1796000000000]');
    expect(text(tree, 'libs/services/information/src/information.module.ts')).toContain('imports: [CalendarCopyModule, SubmissionsModule]');
    expect(text(tree, 'libs/services/gateway/src/routes/index.ts')).toMatch(/import \{ informationRoutes \} from '\.\/information\/index\.js';[\s\S]*\.\.\.informationRoutes,\n/);
    expect(text(tree, 'libs/services/gateway/src/gateway.definition.ts')).toContain('    InformationSubmissionsPermissions1796000000000,\n  ],');
    expect(text(tree, 'libs/services/gateway/src/database/migrations/1796000000000-information-submissions-permissions.ts')).toContain("['xinxi', 'section_staff', MANAGE]");
    expect(text(tree, 'apps/platform/test/authorization/policy.ts')).toContain("{ routes: 'GET,POST /api/information/submissions', scope: 'none' },");
    expect(JSON.parse(text(tree, 'tsconfig.base.json')).compilerOptions.paths['@gov/contracts-information']).toEqual(['./libs/contracts/information/src/index.ts']);
    // The glossary already names the record (`information \`submission\``): the generator adds no second line for it.
    expect(text(tree, 'GLOSSARY.md')).toBe(readFileSync(join(root, 'GLOSSARY.md'), 'utf8'));
    expect(text(tree, 'docker-compose.yml')).toBe(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
  });

  it('creates a new service: app, service library, app lists, path aliases and deployment entries copied from a shell', async () => {
    const tree = workspace();
    await serviceGenerator(tree, { name: 'sample-section', title: '示例科：生成器样例', timestamp: 1796000000000, sections: 'zonghe' });

    expect(text(tree, 'apps/sample-section/src/main.ts')).toContain("import { sampleSectionDefinition } from '@gov/service-sample-section';");
    expect(JSON.parse(text(tree, 'apps/sample-section/project.json')).tags).toEqual(['type:app', 'scope:sample-section']);
    expect(text(tree, 'libs/services/sample-section/src/definition.ts')).toContain("app: 'sample-section',");
    expect(text(tree, 'libs/services/sample-section/src/definition.ts')).toContain('migrations: [PlatformCalendarCopy1764100000100, Records1796000000000]');
    expect(text(tree, 'libs/services/sample-section/src/sample-section.module.ts')).toContain('imports: [CalendarCopyModule, RecordsModule]');
    expect(tree.exists('libs/services/sample-section/src/modules/records/records.repository.ts')).toBe(true);
    expect(text(tree, 'libs/contracts/common/src/services.ts')).toContain("'sample-section': '示例科：生成器样例',");
    expect(text(tree, 'apps/platform/src/apps.ts')).toContain('  sampleSectionDefinition,\n];');
    const paths = JSON.parse(text(tree, 'tsconfig.base.json')).compilerOptions.paths;
    expect([paths['@gov/service-sample-section'], paths['@gov/contracts-sample-section']]).toEqual([['./libs/services/sample-section/src/index.ts'], ['./libs/contracts/sample-section/src/index.ts']]);
    expect(text(tree, 'deploy/k8s/apps/sample-section.yaml')).toContain('name: gov-db-sample-section');
    expect(text(tree, 'deploy/k8s/apps/sample-section.yaml')).not.toContain('party');
    expect(text(tree, 'deploy/k8s/kustomization.yaml')).toContain('  - apps/sample-section.yaml\n');
    expect(text(tree, 'deploy/k8s/kustomization.yaml')).toContain('  - name: gov/sample-section\n    newTag: 0.1.0\n');
    expect(text(tree, 'deploy/k8s/postgres-bootstrap.yaml')).toContain('name: POSTGRES_PASSWORD_SAMPLE_SECTION');
    expect(text(tree, 'docker-compose.yml')).toContain('  sample-section:\n    build:');
    expect(text(tree, 'docker-compose.yml')).toContain('NATS_USER: sample-section');
  });

  it('refuses a service that has modules already, and --existing for one that does not exist', async () => {
    const tree = workspace();
    await serviceGenerator(tree, { name: 'information', timestamp: 1 });
    await expect(serviceGenerator(tree, { name: 'information' })).rejects.toThrow('已有模块');
    await expect(serviceGenerator(tree, { name: 'nowhere', existing: true })).rejects.toThrow('不存在');
  });
});

describe('nx g @gov/tools:module', () => {
  it('adds a second module beside the first, registered everywhere once', async () => {
    const tree = workspace();
    await serviceGenerator(tree, { name: 'information', module: 'submissions', timestamp: 1796000000000 });
    await moduleGenerator(tree, { service: 'information', name: 'commissions', title: '约稿', timestamp: 1796000000100 });

    expect(text(tree, 'libs/contracts/information/src/index.ts')).toBe("export * from './permissions.js';\nexport * from './submissions.js';\nexport * from './commissions.js';\n");
    expect(text(tree, 'libs/services/information/src/information.module.ts')).toContain('imports: [CalendarCopyModule, SubmissionsModule, CommissionsModule]');
    expect(text(tree, 'libs/services/gateway/src/routes/information/index.ts')).toContain('= { ...submissionsRoutes, ...commissionsRoutes };');
    expect(text(tree, 'libs/services/gateway/src/routes/index.ts').match(/\.\.\.informationRoutes/g)).toHaveLength(1);
    expect(text(tree, 'libs/contracts/information/src/commissions.ts')).toContain("create: 'commission.create',");
    expect(tree.exists('libs/services/information/src/database/migrations/1796000000100-commissions.ts')).toBe(true);
    await expect(moduleGenerator(tree, { service: 'information', name: 'commissions' })).rejects.toThrow('已存在');
    await expect(moduleGenerator(tree, { service: 'nowhere', name: 'things' })).rejects.toThrow('不存在');
    tree.write('libs/contracts/other/src/permissions.ts', "export const OtherPermissions = { reportsRead: 'reports:read' } as const;\n");
    await expect(moduleGenerator(tree, { service: 'information', name: 'reports' })).rejects.toThrow('权限 reports:* 已被 @gov/contracts-other 使用');
  });
});
