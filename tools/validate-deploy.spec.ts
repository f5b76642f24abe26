import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { APPS } from './apps.mjs';
// @ts-expect-error: a plain ES module script, without type declarations
import { checkCompose, checkDockerfile, checkKubernetes, lintCompose, loadKustomization, readCompose, validateAll, validateKubernetesObject } from './validate-deploy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A fresh copy of the objects of deploy/k8s, to break one thing at a time. */
const manifests = () => structuredClone(loadKustomization(join(root, 'deploy/k8s')).objects);
type Loaded = { where: string; object: ReturnType<typeof manifests>[number]['object'] };
const find = (objects: Loaded[], kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)!.object;
const container = (objects: Loaded[], app: string) => find(objects, 'Deployment', app).spec.template.spec.containers[0];

const dir = mkdtempSync(join(tmpdir(), 'validate-deploy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the deployment files, validated offline', () => {
  it('covers the ten apps of the workspace', () => {
    expect([...APPS].sort()).toEqual(
      ['disclosure', 'document-secretariat', 'duty-and-meetings', 'facilities-and-vehicles', 'foreign-affairs', 'gateway', 'information', 'party-affairs', 'personnel-finance', 'supervision'].sort(),
    );
  });

  it('finds the committed compose file, Kubernetes manifests and Dockerfile valid', async () => {
    const result = await validateAll();
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ apps: 10, composeServices: 12, dockerfileStages: 3 });
    expect(result.kubernetesObjects).toBeGreaterThanOrEqual(10 * 2 + 4);
  }, 60_000);
});

describe('Kubernetes objects', () => {
  it('rejects a Deployment whose probe port is a boolean', async () => {
    const objects = manifests();
    container(objects, 'supervision').livenessProbe.httpGet.port = true;
    const problems = await validateKubernetesObject(find(objects, 'Deployment', 'supervision'));
    expect(problems.join('\n')).toMatch(/livenessProbe\/httpGet\/port must be/);
  });

  it('rejects a field the Kubernetes schema does not know (a misspelt probe)', async () => {
    const objects = manifests();
    const app = container(objects, 'information');
    app.readinesProbe = app.readinessProbe;
    delete app.readinessProbe;
    expect(await validateKubernetesObject(find(objects, 'Deployment', 'information'))).toEqual([
      expect.stringMatching(/unknown field spec\.template\.spec\.containers\.0\.readinesProbe$/),
    ]);
    expect(checkKubernetes(objects)).toContain('Deployment/information: readinessProbe is not GET /health/ready on the ops port (9400)');
  });

  it('rejects a malformed quantity and an unknown kind', async () => {
    const objects = manifests();
    container(objects, 'gateway').resources.limits.memory = '320 MB';
    expect((await validateKubernetesObject(find(objects, 'Deployment', 'gateway'))).join('\n')).toMatch(/memory must match format "quantity"/);
    expect(await validateKubernetesObject({ apiVersion: 'apps/v1', kind: 'Deploymnt', metadata: { name: 'x' } })).toEqual([expect.stringMatching(/unknown kind Deploymnt/)]);
  });

  it('rejects a missing app, a broken reference and a weakened security context', () => {
    const objects: Loaded[] = manifests().filter((o: Loaded) => !(o.object.kind === 'Deployment' && o.object.metadata.name === 'disclosure'));
    find(objects, 'Service', 'information').spec.selector['app.kubernetes.io/name'] = 'informaton';
    container(objects, 'gateway').env.find((e: { name: string }) => e.name === 'JWT_SECRET').valueFrom.secretKeyRef.name = 'jwt';
    delete find(objects, 'StatefulSet', 'nats').spec.template.spec.securityContext.seccompProfile;
    container(objects, 'party-affairs').securityContext.allowPrivilegeEscalation = true;
    expect(checkKubernetes(objects)).toEqual(
      expect.arrayContaining([
        'deploy/k8s: no Deployment for disclosure',
        'Service/information: its selector matches no workload',
        'Deployment/gateway: container gateway: refers to the Secret jwt; the operator creates only gov-platform-secrets',
        'StatefulSet/nats: container nats: no RuntimeDefault seccomp profile',
        'Deployment/party-affairs: container party-affairs: allowPrivilegeEscalation is not false',
      ]),
    );
  });

  it('rejects a committed Secret and a NATS configuration without a deliberate sync_interval', () => {
    const objects = manifests();
    objects.push({ where: 'x', object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gov-platform-secrets' }, data: {} } });
    const nats = find(objects, 'ConfigMap', 'nats-config');
    nats.data['nats.conf'] = nats.data['nats.conf'].replace(/^\s*sync_interval:.*$/m, '');
    expect(checkKubernetes(objects)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/holds a Secret/),
        'StatefulSet/nats: its configuration does not set jetstream sync_interval deliberately',
      ]),
    );
  });
});

describe('docker-compose.yml', () => {
  it('rejects an unknown key against the Compose schema', () => {
    const file = join(dir, 'compose.yaml');
    writeFileSync(file, "name: x\nservices:\n  a:\n    image: 'nginx:1.27'\n    restart_policy: always\n");
    expect(lintCompose(file).join('\n')).toMatch(/invalid-schema/);
  });

  it('rejects a written-out secret, a wrong build arg, a missing service and an unordered start', () => {
    const compose = readCompose(join(root, 'docker-compose.yml'));
    compose.services.gateway.environment.JWT_SECRET = 'not-from-the-environment';
    compose.services.supervision.build.args.APP = 'information';
    delete compose.services['party-affairs'];
    compose.services.information.depends_on.nats.condition = 'service_started';
    expect(checkCompose(compose)).toEqual(
      expect.arrayContaining([
        'docker-compose.yml: service gateway: JWT_SECRET must come from the operator\'s environment as ${JWT_SECRET:?message}, not be written here',
        'docker-compose.yml: service supervision: build arg APP is "information", not "supervision"',
        'docker-compose.yml: no service for party-affairs',
        'docker-compose.yml: service information: waits for nats without condition: service_healthy',
      ]),
    );
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'deploy/Dockerfile'), 'utf8');

  it('rejects root, development dependencies and a missing healthcheck', () => {
    const broken = dockerfile
      .replace(/^USER .*$/m, 'USER root')
      .replace('npm ci --omit=dev --omit=optional', 'npm ci')
      .replace(/^HEALTHCHECK[^\n]*\\\n[^\n]*\n/m, '');
    expect(checkDockerfile(broken)).toEqual([
      'deploy/Dockerfile: the final stage does not take node_modules from an `npm ci --omit=dev` stage',
      'deploy/Dockerfile: the final stage does not switch to a non-root USER',
      'deploy/Dockerfile: no HEALTHCHECK',
    ]);
  });

  it('rejects a single stage without ARG APP', () => {
    expect(checkDockerfile('FROM node:20-bookworm-slim\nUSER node\nCMD ["node"]\n')).toEqual(
      expect.arrayContaining(['deploy/Dockerfile: not multi-stage', 'deploy/Dockerfile: the final stage has no ARG APP']),
    );
  });
});
