// Three tiers, one config: unit (pure rules, beside the code), integration (one service against real
// PostgreSQL and NATS, or the embedded defaults), e2e (the whole platform through the gateway).
import { readAliases } from './tools/aliases.mjs';
import { swcOptions } from './tools/swc-options.mjs';
import { cjsCopyOf } from './tools/jest/cjs-copy.mjs';

const moduleNameMapper = {
  ...Object.fromEntries(Object.entries(readAliases()).map(([alias, target]) => [`^${alias}$`, target])),
  '^(\\.{1,2}/.*)\\.js$': '$1',
  // @fastify/static (CommonJS) requires content-disposition, which is ESM only: Node ≥20.19 loads that, jest below
  // Node 24.9 cannot, so jest gets a CommonJS copy of it.
  '^content-disposition$': cjsCopyOf('content-disposition'),
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, sourceMaps: 'inline', swcrc: false }] },
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: '.',
};

// GOV_TEST_SAMPLE=1 (CI's default run, .ci/run) leaves out the further end-to-end files of the section services: each
// service keeps one in the sample (two where the second crosses services or guards confidential records: the 外事委's
// decided items into supervision, 党风廉政's confidential reads) and all its integration specs; CI_FULL=1 in CI, or
// `npm test` on a workstation, runs every file.
const E2E_FURTHER_SECTION_FILES = [
  'facilities-and-vehicles-(office-rooms|visitors|logistics-requests|vehicles|housing|reminders)',
  'foreign-affairs-(incidents|receptions|invitations|friendships|regulations)',
  'information-(solicitations|bulletins)',
  'disclosure-(publications|projects|inspections|guides|annual-reports|department-reports)',
  'disclosure-(data-resources|openness-evaluations)',
  'disclosure-(manuscripts|work-items)',
  'personnel-finance-(establishment-posts|group-sessions|assets|budgets|internal-audits|staff-trainings)',
  'personnel-finance-(institution-assessments|salary-changes)',
  'facilities-and-vehicles-(guard-shifts|office-supplies|vehicle-costs)',
  'facilities-and-vehicles-(town-space-reports|guidance-visits)',
  'facilities-and-vehicles-office-buildings',
  'party-affairs-(branches|life-meetings|dues)',
].map((name) => `<rootDir>/apps/platform/test/${name}\\.e2e-spec\\.ts$`);
const sampled = process.env.GOV_TEST_SAMPLE === '1';

// `--selectProjects=unit some/path` is read by jest's argument parser as two project names (the option takes a list),
// so the path was ignored and the whole tier ran. Values after it that name no project are taken as path patterns
// here: a file matching none of them is left out.
const PROJECT_NAMES = ['unit', 'integration', 'e2e'];
const selectAt = process.argv.findIndex((arg) => arg.startsWith('--selectProjects'));
const strayPatterns = [];
for (const arg of selectAt < 0 ? [] : process.argv.slice(selectAt + 1)) {
  if (arg.startsWith('-')) break;
  if (!PROJECT_NAMES.includes(arg)) strayPatterns.push(arg);
}
const onlyStray = strayPatterns.length ? [`^(?!.*(?:${strayPatterns.join('|')}))`] : [];

export default {
  // Each end-to-end file starts the whole platform (ten Nest apps, their TypeORM and class-validator metadata) in a
  // fresh module registry; in one process 40 such files grew past the 4 GB heap (CI aborted, and before that NATS
  // requests timed out in GC pauses). A worker whose heap is above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,examples}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', ...onlyStray] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...onlyStray],
      globalSetup: '<rootDir>/apps/platform/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/platform/test/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/tools/jest/timeout-integration.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...(sampled ? E2E_FURTHER_SECTION_FILES : []), ...onlyStray],
      globalSetup: '<rootDir>/apps/platform/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/platform/test/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/tools/jest/timeout-e2e.ts'],
    },
  ],
};
