// Generates the per-app Kubernetes manifests (deploy/k8s/apps/<app>.yaml) and docker-compose.yml from one list,
// so every app has both and they never drift apart. `node tools/deploy/generate.mjs` rewrites them;
// tools/validate-deploy.mjs fails when the committed files differ from what this produces.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from '../aliases.mjs';
import { APPS } from '../apps.mjs';

export { APPS };

const OPS_PORT = 9400;
const HTTP_PORT = 3000;
const NAMESPACE = 'gov-platform';
const IMAGE = (app) => `registry.example.invalid/gov-platform/${app}:0.1.0`;

/** Secrets each app needs, by key of the `gov-platform-secrets` Secret (never values). */
const SECRETS = {
  'duty-and-meetings': ['FIELD_ENCRYPTION_KEY'],
  gateway: ['FIELD_ENCRYPTION_KEY', 'JWT_SECRET'],
};

function deployment(app) {
  const gateway = app === 'gateway';
  // JWT_SECRET may be left out: the gateway then generates one and keeps it in its schema.
  const secretEnv = (SECRETS[app] ?? []).map((key) => ({ name: key, valueFrom: { secretKeyRef: { name: 'gov-platform-secrets', key, ...(key === 'JWT_SECRET' ? { optional: true } : {}) } } }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, namespace: NAMESPACE, labels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'gov-platform' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'app.kubernetes.io/name': app } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'gov-platform' }, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(OPS_PORT), 'prometheus.io/path': '/metrics' } },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          terminationGracePeriodSeconds: 30,
          // Migrations run when the app starts, under a PostgreSQL advisory lock; this only waits for the database.
          initContainers: [
            {
              name: 'wait-for-postgres',
              image: 'postgres:16-alpine',
              command: ['sh', '-c', 'until pg_isready -d "$DATABASE_URL"; do echo waiting for postgres; sleep 2; done'],
              env: [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'gov-platform-secrets', key: 'DATABASE_URL' } } }],
              securityContext: { allowPrivilegeEscalation: false, runAsUser: 70, capabilities: { drop: ['ALL'] } },
              resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
            },
          ],
          containers: [
            {
              name: app,
              image: IMAGE(app),
              imagePullPolicy: 'IfNotPresent',
              ports: [
                { name: 'ops', containerPort: OPS_PORT },
                ...(gateway ? [{ name: 'http', containerPort: HTTP_PORT }] : []),
              ],
              envFrom: [{ configMapRef: { name: 'gov-platform-config' } }],
              env: [
                { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'gov-platform-secrets', key: 'DATABASE_URL' } } },
                { name: 'INSTANCE_ID', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                ...secretEnv,
              ],
              livenessProbe: { httpGet: { path: '/health/live', port: 'ops' }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
              readinessProbe: { httpGet: { path: '/health/ready', port: 'ops' }, initialDelaySeconds: 5, periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 3 },
              startupProbe: { httpGet: { path: '/health/live', port: 'ops' }, periodSeconds: 2, failureThreshold: 60 },
              resources: { requests: { cpu: gateway ? '250m' : '100m', memory: '150Mi' }, limits: { cpu: gateway ? '1' : '500m', memory: gateway ? '384Mi' : '256Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

function service(app) {
  const gateway = app === 'gateway';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app, namespace: NAMESPACE, labels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'gov-platform' } },
    spec: {
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': app },
      ports: [{ name: 'ops', port: OPS_PORT, targetPort: 'ops' }, ...(gateway ? [{ name: 'http', port: 80, targetPort: 'http' }] : [])],
    },
  };
}

export function kubernetesManifest(app) {
  return `# Generated by tools/deploy/generate.mjs — edit the generator, not this file.\n---\n${stringify(deployment(app))}---\n${stringify(service(app))}`;
}

export function composeFile() {
  const services = {
    nats: {
      image: 'nats:2.12-alpine',
      command: ['-js', '-sd', '/data', '-m', '8222'],
      volumes: ['nats-data:/data'],
      healthcheck: { test: ['CMD', 'wget', '-q', '-O', '-', 'http://127.0.0.1:8222/healthz?js-enabled-only=true'], interval: '5s', timeout: '3s', retries: 20 },
    },
    postgres: {
      image: 'postgres:16-alpine',
      environment: { POSTGRES_USER: 'gov', POSTGRES_DB: 'gov', POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}' },
      volumes: ['postgres-data:/var/lib/postgresql/data'],
      healthcheck: { test: ['CMD-SHELL', 'pg_isready -U gov -d gov'], interval: '5s', timeout: '3s', retries: 20 },
    },
  };
  for (const app of APPS) {
    const gateway = app === 'gateway';
    services[app] = {
      build: { context: '.', dockerfile: 'deploy/Dockerfile', args: { APP: app } },
      environment: {
        DATABASE_URL: 'postgres://gov:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@postgres:5432/gov',
        NATS_URL: 'nats://nats:4222',
        OPS_PORT: String(OPS_PORT),
        LOG_LEVEL: 'info',
        ...(app === 'duty-and-meetings' || gateway ? { FIELD_ENCRYPTION_KEY: '${FIELD_ENCRYPTION_KEY:?set FIELD_ENCRYPTION_KEY in .env (openssl rand -hex 32)}' } : {}),
        ...(gateway ? { HTTP_PORT: String(HTTP_PORT), JWT_SECRET: '${JWT_SECRET:?set JWT_SECRET in .env (openssl rand -hex 32)}' } : {}),
      },
      // Loopback only: put the office's reverse proxy (TLS) in front; change the address deliberately to expose it.
      ...(gateway ? { ports: [`127.0.0.1:${HTTP_PORT}:${HTTP_PORT}`] } : {}),
      depends_on: {
        nats: { condition: 'service_healthy' },
        postgres: { condition: 'service_healthy' },
        // duty-and-meetings owns the reference data every other service copies: start it first.
        ...(app !== 'duty-and-meetings' ? { 'duty-and-meetings': { condition: 'service_healthy' } } : {}),
      },
      healthcheck: {
        test: ['CMD', 'node', '-e', `fetch('http://127.0.0.1:${OPS_PORT}/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
        interval: '10s',
        timeout: '3s',
        retries: 6,
        start_period: '20s',
      },
      restart: 'unless-stopped',
    };
  }
  return `# The full platform: docker compose up --build (needs .env with POSTGRES_PASSWORD, FIELD_ENCRYPTION_KEY, JWT_SECRET).\n# Generated by tools/deploy/generate.mjs — edit the generator, not this file.\n${stringify({ name: 'gov-platform', services, volumes: { 'nats-data': {}, 'postgres-data': {} } })}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const app of APPS) writeFileSync(join(repoRoot, 'deploy/k8s/apps', `${app}.yaml`), kubernetesManifest(app));
  writeFileSync(join(repoRoot, 'docker-compose.yml'), composeFile());
  console.log(`wrote ${APPS.length} Kubernetes manifests and docker-compose.yml`);
}
