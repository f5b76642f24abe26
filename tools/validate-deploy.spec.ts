import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { APPS } from './apps.mjs';
// @ts-expect-error: a plain ES module script, without type declarations
import { checkCompose, checkDockerfile, checkKubernetes, checkNetworkPolicies, deploymentFiles, findCommittedSecrets, lintCompose, loadKustomization, readCompose, validateAll, validateKubernetesObject } from './validate-deploy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A fresh copy of the objects of deploy/k8s, to break one thing at a time. */
const manifests = () => structuredClone(loadKustomization(join(root, 'deploy/k8s')).objects);
type Loaded = { where: string; object: ReturnType<typeof manifests>[number]['object'] };
const find = (objects: Loaded[], kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)!.object;
const container = (objects: Loaded[], app: string) => find(objects, 'Deployment', app).spec.template.spec.containers[0];
const envOf = (objects: Loaded[], app: string, name: string) => container(objects, app).env.find((e: { name: string }) => e.name === name);

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
    expect(result).toMatchObject({ apps: 10, composeServices: 12, dockerfileStages: 6 });
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
        'Deployment/gateway: container gateway: refers to the Secret jwt; the operator creates only gov-platform-secrets, nats-tls and gov-db-<app>',
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
  it('rejects an app that reads another app\'s database Secret or event key, or that is not its own NATS user', () => {
    const objects = manifests();
    envOf(objects, 'supervision', 'DATABASE_URL').valueFrom.secretKeyRef.name = 'gov-db-information';
    envOf(objects, 'information', 'EVENT_SIGNING_KEY').valueFrom.secretKeyRef.key = 'EVENT_SIGNING_KEY_GATEWAY';
    envOf(objects, 'disclosure', 'NATS_USER').value = 'gateway';
    container(objects, 'party-affairs').env = container(objects, 'party-affairs').env.filter((e: { name: string }) => e.name !== 'NATS_PASSWORD');
    expect(checkKubernetes(objects)).toEqual(
      expect.arrayContaining([
        'Deployment/supervision: DATABASE_URL does not come from the Secret gov-db-supervision, key DATABASE_URL',
        'Deployment/supervision: container supervision: reads gov-db-information/DATABASE_URL, which belongs to another app',
        'Deployment/information: EVENT_SIGNING_KEY does not come from the Secret gov-platform-secrets, key EVENT_SIGNING_KEY_INFORMATION',
        'Deployment/information: container information: reads gov-platform-secrets/EVENT_SIGNING_KEY_GATEWAY, which belongs to another app',
        'Deployment/disclosure: NATS_USER is not its own user disclosure',
        'Deployment/party-affairs: NATS_PASSWORD does not come from the Secret gov-platform-secrets, key NATS_PASSWORD_PARTY_AFFAIRS',
      ]),
    );
  });

  it('rejects NATS without TLS, an app given the server key, a literal NATS password and a missing NATS user', () => {
    const objects = manifests();
    find(objects, 'ConfigMap', 'gov-platform-config').data.NATS_URL = 'nats://nats:4222';
    delete find(objects, 'Deployment', 'gateway').spec.template.spec.volumes.find((v: { name: string }) => v.name === 'nats-ca').secret.items;
    const nats = find(objects, 'ConfigMap', 'nats-config');
    nats.data['nats.conf'] = nats.data['nats.conf'].replace('password: $NATS_PASSWORD_SUPERVISION', 'password: "hunter2"').replace(/\ntls \{[^}]*\}/, '');
    find(objects, 'StatefulSet', 'nats').spec.template.spec.containers[0].env.pop();
    const problems = checkKubernetes(objects);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Deployment/information: NATS_URL is not tls://',
        'Deployment/gateway: NATS_CA_FILE is not /etc/nats-tls/ca.crt mounted from the Secret nats-tls',
        'Deployment/gateway: mounts more of the Secret nats-tls than ca.crt',
        'StatefulSet/nats: its configuration has no tls block (clients must connect over TLS)',
        'StatefulSet/nats: its configuration holds a literal password; each must be $NATS_PASSWORD_<APP> from the environment',
        'StatefulSet/nats: no user supervision with the password $NATS_PASSWORD_SUPERVISION',
        'StatefulSet/nats: NATS_PASSWORD_GATEWAY does not come from the Secret gov-platform-secrets, key NATS_PASSWORD_GATEWAY',
      ]),
    );
    expect(problems.filter((p: string) => p.endsWith('NATS_URL is not tls://'))).toHaveLength(10);
  });

  it('rejects a PostgreSQL bootstrap with a literal password, a missing schema or a password from the wrong Secret', () => {
    const objects = manifests();
    const roles = find(objects, 'ConfigMap', 'postgres-roles');
    roles.data['postgres-roles.sql'] = roles.data['postgres-roles.sql']
      .replace("ALTER ROLE gov_gateway LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'password';", "ALTER ROLE gov_gateway PASSWORD 'p0ssw0rd-in-the-repo';")
      .replace('CREATE SCHEMA IF NOT EXISTS information AUTHORIZATION gov_information;', '');
    const job = find(objects, 'Job', 'postgres-bootstrap').spec.template.spec.containers[0];
    job.env.find((e: { name: string }) => e.name === 'POSTGRES_PASSWORD_DISCLOSURE').valueFrom.secretKeyRef.name = 'gov-platform-secrets';
    expect(checkKubernetes(objects)).toEqual(
      expect.arrayContaining([
        'Job/postgres-bootstrap: its roles script holds a literal password',
        'Job/postgres-bootstrap: its roles script does not create the schema information owned by gov_information, closed to PUBLIC',
        'Job/postgres-bootstrap: POSTGRES_PASSWORD_DISCLOSURE does not come from the Secret gov-db-disclosure, key PASSWORD',
      ]),
    );
    expect(checkKubernetes(objects.filter((o: Loaded) => o.object.kind !== 'Job'))).toContain("deploy/k8s: no workload runs the PostgreSQL roles script (each app's role gov_<schema> and its schema)");
  });

  it('rejects missing and too open NetworkPolicies', () => {
    expect(checkNetworkPolicies(manifests())).toEqual([]);
    const objects: Loaded[] = manifests().filter((o: Loaded) => !(o.object.kind === 'NetworkPolicy' && o.object.metadata.name === 'default-deny'));
    find(objects, 'NetworkPolicy', 'apps-egress').spec.egress.push({ ports: [{ protocol: 'TCP', port: 443 }] });
    find(objects, 'NetworkPolicy', 'apps-ops').spec.ingress[0].from = [{ namespaceSelector: {} }];
    find(objects, 'NetworkPolicy', 'nats').spec.ingress[0].from[0].podSelector.matchExpressions.push({ key: 'app.kubernetes.io/name', operator: 'NotIn', values: ['foreign-affairs'] });
    find(objects, 'NetworkPolicy', 'postgres').spec.ingress.push({ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] });
    // An app whose pods no policy selects: no ops port, no way out.
    find(objects, 'Deployment', 'disclosure').spec.template.metadata.labels['app.kubernetes.io/component'] = 'worker';
    expect(checkNetworkPolicies(objects)).toEqual(
      expect.arrayContaining([
        'deploy/k8s: no NetworkPolicy that denies all ingress and egress by default (podSelector: {}, both policyTypes, no rules)',
        'NetworkPolicy/apps-egress: lets Deployment/supervision out to ports 443; only NATS 4222, PostgreSQL 5432 and DNS 53',
        "NetworkPolicy/apps-ops: admits Deployment/gateway's ops port 9400 from outside the namespace",
        'NetworkPolicy: nats does not admit Deployment/foreign-affairs on 4222',
        "NetworkPolicy/postgres: admits postgres from more than the platform's pods",
        "NetworkPolicy: nothing admits Deployment/disclosure's ops port 9400 from the namespace",
        'NetworkPolicy: no egress policy selects Deployment/disclosure',
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
  it('rejects a shared database role, another app\'s event key, a wrong NATS user, plain NATS and written-out passwords', () => {
    const compose = readCompose(join(root, 'docker-compose.yml'));
    compose.services.supervision.environment.DATABASE_URL = compose.services.information.environment.DATABASE_URL;
    compose.services.information.environment.EVENT_SIGNING_KEY = '${EVENT_SIGNING_KEY_GATEWAY:?set it}';
    compose.services.disclosure.environment.NATS_USER = 'gateway';
    compose.services['foreign-affairs'].environment.NATS_URL = 'nats://nats:4222';
    compose.services.nats.environment.NATS_PASSWORD_GATEWAY = 'p0123';
    delete compose.services.postgres.environment.POSTGRES_PASSWORD_PARTY_AFFAIRS;
    compose.services.gateway.volumes = ['./deploy/tls:/etc/nats-tls:ro'];
    expect(checkCompose(compose)).toEqual(
      expect.arrayContaining([
        'docker-compose.yml: service supervision: DATABASE_URL must connect as its own role gov_supervision with the password ${POSTGRES_PASSWORD_SUPERVISION:?message}',
        "docker-compose.yml: service information: EVENT_SIGNING_KEY must come from the operator's environment as ${EVENT_SIGNING_KEY_INFORMATION:?message}, not be written here",
        'docker-compose.yml: service disclosure: NATS_USER is "gateway", not its own user "disclosure"',
        'docker-compose.yml: service foreign-affairs: NATS_URL is not tls://',
        "docker-compose.yml: service nats: NATS_PASSWORD_GATEWAY must come from the operator's environment as ${NATS_PASSWORD_GATEWAY:?message}, not be written here",
        'docker-compose.yml: service postgres: no POSTGRES_PASSWORD_PARTY_AFFAIRS (the password of the role gov_party_affairs)',
        'docker-compose.yml: service gateway: mounts ./deploy/tls; an app gets only ./deploy/tls/ca.crt',
        'docker-compose.yml: service gateway: NATS_CA_FILE is not /etc/nats-tls/ca.crt mounted from ./deploy/tls/ca.crt',
      ]),
    );
  });

  it('rejects the operator\'s TLS folder unless git ignores it', () => {
    const compose = readCompose(join(root, 'docker-compose.yml'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    expect(checkCompose(compose, APPS, dir)).toContain("docker-compose.yml: service nats: mounts ./deploy/tls, but .gitignore does not ignore deploy/tls/ (the NATS server's private key)");
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n/deploy/tls/\n');
    expect(checkCompose(compose, APPS, dir).filter((p: string) => p.includes('deploy/tls'))).toEqual([]);
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

  it('rejects an end-of-life Node, a runtime with shell-form commands and a user by name', () => {
    const broken = dockerfile
      .replace(/^ARG NODE_IMAGE=.*$/m, 'ARG NODE_IMAGE=node:20-bookworm-slim')
      .replace(/^CMD \[.*$/m, 'CMD node --import ./tools/register-dist.mjs main.mjs')
      .replace(/^USER .*$/m, 'USER node');
    expect(checkDockerfile(broken)).toEqual([
      'deploy/Dockerfile: the final stage (FROM scratch) does not take its root file system (COPY --from=<stage> … /) from a stage on a node:24 image',
      'deploy/Dockerfile: the runtime has no shell, so its CMD must be exec form (["node", …])',
      "deploy/Dockerfile: the final stage's USER node is not numeric (Kubernetes verifies runAsNonRoot only on a numeric user)",
    ]);
  });

  it('is the file the buildah images are built from (npm run images), on their own Node 24 base', () => {
    const build = readFileSync(join(root, 'tools/images/build.mjs'), 'utf8');
    expect(build).toContain("'-f', 'deploy/Dockerfile'");
    expect(build).toContain('`NODE_IMAGE=${base}`');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
  });

  it('rejects a single stage without ARG APP', () => {
    expect(checkDockerfile('FROM node:20-bookworm-slim\nUSER node\nCMD ["node"]\n')).toEqual(
      expect.arrayContaining(['deploy/Dockerfile: not multi-stage', 'deploy/Dockerfile: the final stage has no ARG APP']),
    );
  });
});

describe('secret values', () => {
  it('finds none in the committed deployment files, and leaves out the operator\'s deploy/tls/', () => {
    expect(findCommittedSecrets(deploymentFiles())).toEqual([]);
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'deploy/tls'), { recursive: true });
    writeFileSync(join(tree, 'docker-compose.yml'), 'name: x\n');
    writeFileSync(join(tree, 'deploy/tls/tls.key'), '-----BEGIN PRIVATE KEY-----\n');
    writeFileSync(join(tree, 'deploy/notes.md'), 'nothing\n');
    expect(deploymentFiles(tree).map((f: string) => f.slice(tree.length + 1)).sort()).toEqual(['deploy/notes.md', 'docker-compose.yml']);
  });

  it('catches a private key, an installation key and a generated password, but not an image digest', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const file = join(dir, 'leaky.yaml');
    writeFileSync(
      file,
      [
        `EVENT_SIGNING_KEY_GATEWAY: ${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
        `EVENT_VERIFY_KEYS: gateway=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
        `POSTGRES_PASSWORD: ${randomBytes(24).toString('hex')}`,
        '-----BEGIN EC PRIVATE KEY-----',
        `image: postgres:16-alpine@sha256:${randomBytes(32).toString('hex')}`,
      ].join('\n'),
    );
    expect(findCommittedSecrets([file]).map((p: string) => p.replace(/^.*leaky\.yaml:/, ''))).toEqual([
      '1: holds an Ed25519 private key (base64 DER); secrets come from the operator, never from the repository',
      "2: holds an installation's Ed25519 public key (base64 DER); secrets come from the operator, never from the repository",
      '3: holds a long hex string (a generated password or key); secrets come from the operator, never from the repository',
      '4: holds a PEM private key; secrets come from the operator, never from the repository',
    ]);
  });
});
