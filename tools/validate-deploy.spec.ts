import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain ES module script without type declarations
import { validateAll, validateCompose, validateDockerfile, validateKubernetesObject } from './validate-deploy.mjs';

describe('deployment files, validated offline', () => {
  it('the committed compose file, Kubernetes manifests and Dockerfile are valid and cover every app', async () => {
    const result = await validateAll();
    expect(result.problems).toEqual([]);
    expect(result.apps).toBe(10);
    expect(result.composeServices).toBe(12);
  }, 60_000);

  it('rejects a Deployment whose probe port is not a port', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'broken' },
      spec: {
        selector: { matchLabels: { app: 'broken' } },
        template: {
          metadata: { labels: { app: 'broken' } },
          spec: { containers: [{ name: 'broken', image: 'x', livenessProbe: { httpGet: { path: '/health/live', port: true } } }] },
        },
      },
    };
    expect((await validateKubernetesObject(deployment)).join()).toMatch(/port/);
  });

  it('rejects a Service without its spec types right', async () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { ports: [{ port: 'eighty' }] } };
    expect(await validateKubernetesObject(service)).not.toEqual([]);
  });

  it('rejects a compose file with an unknown key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    const file = join(dir, 'docker-compose.yml');
    writeFileSync(file, 'services:\n  a:\n    image: x\n    restart_policy_typo: always\n');
    expect(validateCompose(file).join()).toMatch(/invalid-schema/);
  });

  it('rejects a Dockerfile that runs as root with no healthcheck', () => {
    const problems = validateDockerfile('FROM node:20 AS build\nFROM node:20\nARG APP\nRUN npm ci --omit=dev\nUSER root\n');
    expect(problems).toEqual(expect.arrayContaining(['Dockerfile: the final stage does not run as a non-root user', 'Dockerfile: no HEALTHCHECK']));
  });
});
