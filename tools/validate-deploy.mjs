// Offline validation of the deployment files, for CI (no Docker engine and no cluster here):
// `node tools/validate-deploy.mjs` exits non-zero on any problem.
//  - docker-compose.yml against the Compose specification and dclint's rules, then what the platform needs of
//    it (every app built from deploy/Dockerfile, healthchecks, ordered start-up, secrets only from the environment);
//  - every Kubernetes object that deploy/k8s/kustomization.yaml puts together (resources and generated
//    ConfigMaps) against the Kubernetes schemas with its kubernetes-models class, unknown fields included, then
//    the Pod Security "restricted" profile, resources, probes, and that every reference (ConfigMap, Secret,
//    Service selector, named port, Ingress backend) points at something that exists;
//  - deploy/Dockerfile's essentials (stages, ARG APP, production dependencies, a numeric non-root USER, a HEALTHCHECK,
//    Node 24, exec-form commands in a runtime without a shell);
//  - that every app (tools/apps.mjs) has its Deployment, its Service and its compose service;
//  - the trust model: each app connects to PostgreSQL as its own role (its own Secret gov-db-<app>), to NATS as its own
//    user over TLS, and signs its events with its own key; the NATS users and the PostgreSQL roles are generated
//    (tools/nats-config.ts); NetworkPolicies deny everything else; and no secret value is committed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DCLinter } from 'dclint';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from './aliases.mjs';
import { APPS } from './apps.mjs';

export const OPS_PORT = 9400;
export const HTTP_PORT = 3000;
export const NATS_PORT = 4222;
export const POSTGRES_PORT = 5432;
export const DNS_PORT = 53;
export const CONFIG_MAP = 'gov-platform-config';
/** The Secret of the shared and per-app keys that the operator creates; the repository never holds one. */
export const SECRET = 'gov-platform-secrets';
/** The NATS server's certificate, its key and its CA (ca.crt, the only part the apps get). */
export const TLS_SECRET = 'nats-tls';
/** Where the CA is mounted in every app, and the server's TLS files in the NATS container. */
export const NATS_CA_FILE = '/etc/nats-tls/ca.crt';
/** Compose: the operator's folder of the NATS server's TLS files, git-ignored. */
export const TLS_DIR = 'deploy/tls';
/** Each app's own database Secret: DATABASE_URL (as its role gov_<schema>) and PASSWORD (for the bootstrap). */
export const dbSecretOf = (app) => `gov-db-${app}`;
/** `duty-and-meetings` → `DUTY_AND_MEETINGS`, the suffix of the per-app keys. */
export const envSuffix = (app) => app.replace(/-/g, '_').toUpperCase();
export const schemaOf = (app) => app.replace(/-/g, '_');
/** The keys of the shared Secret that belong to one app only. */
const PER_APP_KEY = /^(NATS_PASSWORD|EVENT_SIGNING_KEY|POSTGRES_PASSWORD)_([A-Z0-9_]+)$/;

/**
 * The secret variables of each app in Kubernetes: variable → [Secret, key]. In compose the same variable must be
 * `${<key>:?message}` (DATABASE_URL apart: it names the role and takes `${POSTGRES_PASSWORD_<APP>:?message}`).
 */
export function appSecretEnv(app) {
  const suffix = envSuffix(app);
  return {
    DATABASE_URL: [dbSecretOf(app), 'DATABASE_URL'],
    // Every app verifies the gateway's caller assertions; only the gateway signs them.
    CALLER_VERIFY_KEY: [SECRET, 'CALLER_VERIFY_KEY'],
    NATS_PASSWORD: [SECRET, `NATS_PASSWORD_${suffix}`],
    EVENT_SIGNING_KEY: [SECRET, `EVENT_SIGNING_KEY_${suffix}`],
    EVENT_VERIFY_KEYS: [SECRET, 'EVENT_VERIFY_KEYS'],
    ...(PERSONAL_DATA_APPS.has(app) ? { FIELD_ENCRYPTION_KEY: [SECRET, 'FIELD_ENCRYPTION_KEY'] } : {}),
    ...(app === 'gateway' ? { FIELD_ENCRYPTION_KEY: [SECRET, 'FIELD_ENCRYPTION_KEY'], JWT_SECRET: [SECRET, 'JWT_SECRET'], CALLER_SIGNING_KEY: [SECRET, 'CALLER_SIGNING_KEY'] } : {}),
  };
}
/** The services that keep personal fields encrypted at rest (and so hold FIELD_ENCRYPTION_KEY); the gateway holds it too. */
const PERSONAL_DATA_APPS = new Set(['duty-and-meetings', 'disclosure', 'document-secretariat', 'facilities-and-vehicles', 'foreign-affairs', 'party-affairs', 'personnel-finance']);
/** Variables that hold secrets: in compose they may only come from the operator's environment. */
const SECRET_VARIABLE = /PASSWORD|SECRET|SIGNING_KEY|VERIFY_KEY/;

const isMap = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const asArray = (value) => (Array.isArray(value) ? value : []);
const rel = (file) => relative(repoRoot, file) || file;

// ---------------------------------------------------------------------------------------------------------------
// Compose

/** docker-compose.yml against the Compose schema and dclint's rules (errors and warnings alike). */
export function lintCompose(file) {
  const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  return linter.lintFiles([file], false).flatMap((result) => result.messages.map((m) => `${rel(file)}:${m.line} ${m.type} ${m.rule}: ${m.message}`));
}

/** Reads a compose file the way Compose does (YAML merge keys resolved); interpolation is left as written. */
export function readCompose(file) {
  return parse(readFileSync(file, 'utf8'), { merge: true });
}

/** Whether `.gitignore` in `baseDir` ignores the operator's TLS folder (it holds the NATS server's private key). */
export function tlsDirIgnored(baseDir = repoRoot) {
  const file = join(baseDir, '.gitignore');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()) : [];
  return lines.some((line) => new RegExp(`^/?${TLS_DIR}/?(\\*\\*?)?$`).test(line));
}

/** The bind mounts of a compose service as { source, target } (short and long syntax). */
function mountsOf(service) {
  return asArray(service.volumes).map((volume) => {
    if (isMap(volume)) return { source: volume.source, target: volume.target };
    const [source, target] = String(volume).split(':');
    return { source, target };
  });
}

/** What the platform needs of the compose file, beyond the schema (`baseDir`: where its relative paths start). */
export function checkCompose(compose, apps = APPS, baseDir = repoRoot) {
  const problems = [];
  const services = isMap(compose?.services) ? compose.services : {};
  const where = (name) => `docker-compose.yml: service ${name}`;
  const environmentOf = (service) =>
    Array.isArray(service.environment)
      ? Object.fromEntries(service.environment.map((entry) => String(entry).split(/=(.*)/s, 2)))
      : isMap(service.environment)
        ? service.environment
        : {};
  const fromOperator = (value, variable) => new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`).test(String(value));
  const tlsSource = (source) => new RegExp(`^\\./${TLS_DIR}(/|$)`).test(source ?? '');
  const appNames = new Set(apps);

  const nats = services.nats;
  if (!nats) problems.push('docker-compose.yml: no nats service');
  else {
    const command = [].concat(nats.command ?? []).join(' ');
    if (!/(^|\s)(-js|--jetstream)(\s|$)/.test(command)) problems.push(`${where('nats')}: JetStream is not enabled (-js / --jetstream)`);
    if (!nats.healthcheck?.test) problems.push(`${where('nats')}: no healthcheck`);
    if (!mountsOf(nats).some((m) => tlsSource(m.source) && m.target === posix.dirname(NATS_CA_FILE))) problems.push(`${where('nats')}: does not mount ./${TLS_DIR} on ${posix.dirname(NATS_CA_FILE)} (its TLS certificate, key and CA)`);
    const environment = environmentOf(nats);
    for (const app of apps) if (!environment[`NATS_PASSWORD_${envSuffix(app)}`]) problems.push(`${where('nats')}: no NATS_PASSWORD_${envSuffix(app)} (the password of the NATS user ${app})`);
  }
  const postgres = services.postgres;
  if (!postgres) problems.push('docker-compose.yml: no postgres service');
  else {
    if (!/pg_isready/.test([].concat(postgres.healthcheck?.test ?? []).join(' '))) problems.push(`${where('postgres')}: its healthcheck does not use pg_isready`);
    const roles = mountsOf(postgres).find((m) => /^\/docker-entrypoint-initdb\.d\/.*\.sql$/.test(m.target ?? ''));
    if (!roles) problems.push(`${where('postgres')}: no roles script in /docker-entrypoint-initdb.d (each app's role and schema)`);
    const environment = environmentOf(postgres);
    for (const app of apps) if (!environment[`POSTGRES_PASSWORD_${envSuffix(app)}`]) problems.push(`${where('postgres')}: no POSTGRES_PASSWORD_${envSuffix(app)} (the password of the role gov_${schemaOf(app)})`);
  }

  for (const [name, service] of Object.entries(services)) {
    if (!isMap(service)) continue;
    const environment = environmentOf(service);
    const expected = appNames.has(name) ? appSecretEnv(name) : {};
    for (const [variable, value] of Object.entries(environment)) {
      if (variable === 'DATABASE_URL' || !SECRET_VARIABLE.test(variable)) continue;
      const source = expected[variable]?.[1] ?? variable;
      if (!fromOperator(value, source)) problems.push(`${where(name)}: ${variable} must come from the operator's environment as \${${source}:?message}, not be written here`);
    }
    if (environment.DATABASE_URL !== undefined && appNames.has(name)) {
      const role = `gov_${schemaOf(name)}`;
      const password = `POSTGRES_PASSWORD_${envSuffix(name)}`;
      if (!new RegExp(`^postgres(ql)?://${role}:\\$\\{${password}:\\?[^}]+\\}@`).test(String(environment.DATABASE_URL))) {
        problems.push(`${where(name)}: DATABASE_URL must connect as its own role ${role} with the password \${${password}:?message}`);
      }
    }
    const dependsOn = Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : (service.depends_on ?? {});
    for (const [dependency, options] of Object.entries(dependsOn)) {
      if (!services[dependency]) problems.push(`${where(name)}: depends on ${dependency}, which is not a service`);
      else if (options?.condition !== 'service_healthy') problems.push(`${where(name)}: waits for ${dependency} without condition: service_healthy`);
      else if (!services[dependency].healthcheck?.test) problems.push(`${where(name)}: waits for ${dependency} to be healthy, but ${dependency} has no healthcheck`);
    }
    if (service.ports && name !== 'gateway') problems.push(`${where(name)}: publishes ports; only the gateway is public`);
    for (const { source } of mountsOf(service)) {
      if (!/^\.{1,2}\//.test(source ?? '')) continue;
      // The operator's TLS folder is not in the repository; it must stay out of it.
      if (tlsSource(source)) {
        if (!tlsDirIgnored(baseDir)) problems.push(`${where(name)}: mounts ${source}, but .gitignore does not ignore ${TLS_DIR}/ (the NATS server's private key)`);
      } else if (!existsSync(join(baseDir, source))) problems.push(`${where(name)}: mounts ${source}, which does not exist`);
      if (appNames.has(name) && tlsSource(source) && source !== `./${TLS_DIR}/ca.crt`) problems.push(`${where(name)}: mounts ${source}; an app gets only ./${TLS_DIR}/ca.crt`);
    }
  }
  const dependencies = (name) => (Array.isArray(services[name]?.depends_on) ? services[name].depends_on : Object.keys(services[name]?.depends_on ?? {}));
  const cycle = (name, path) => (path.includes(name) ? [...path, name] : dependencies(name).map((d) => cycle(d, [...path, name])).find(Boolean));
  const loop = Object.keys(services).map((name) => cycle(name, [])).find(Boolean);
  if (loop) problems.push(`docker-compose.yml: services wait for each other in a circle: ${loop.join(' → ')}`);

  for (const app of apps) {
    const service = services[app];
    if (!isMap(service)) {
      problems.push(`docker-compose.yml: no service for ${app}`);
      continue;
    }
    if (service.build?.dockerfile !== 'deploy/Dockerfile') problems.push(`${where(app)}: not built from deploy/Dockerfile`);
    const args = Array.isArray(service.build?.args) ? Object.fromEntries(service.build.args.map((a) => String(a).split(/=(.*)/s, 2))) : (service.build?.args ?? {});
    if (args.APP !== app) problems.push(`${where(app)}: build arg APP is ${JSON.stringify(args.APP)}, not ${JSON.stringify(app)}`);
    if (!/\/health\/(ready|live)/.test([].concat(service.healthcheck?.test ?? []).join(' '))) problems.push(`${where(app)}: no healthcheck on /health/ready or /health/live`);
    const dependsOn = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
    for (const infrastructure of ['nats', 'postgres']) if (!dependsOn.includes(infrastructure)) problems.push(`${where(app)}: does not wait for ${infrastructure}`);
    const environment = environmentOf(service);
    if (String(environment.OPS_PORT) !== String(OPS_PORT)) problems.push(`${where(app)}: OPS_PORT is not ${OPS_PORT}`);
    for (const variable of ['NATS_URL', ...Object.keys(appSecretEnv(app))]) if (!environment[variable]) problems.push(`${where(app)}: no ${variable}`);
    if (environment.NATS_URL && !/^tls:\/\//.test(String(environment.NATS_URL))) problems.push(`${where(app)}: NATS_URL is not tls://`);
    if (environment.NATS_USER !== app) problems.push(`${where(app)}: NATS_USER is ${JSON.stringify(environment.NATS_USER)}, not its own user ${JSON.stringify(app)}`);
    if (environment.NATS_CA_FILE !== NATS_CA_FILE || !mountsOf(service).some((m) => m.source === `./${TLS_DIR}/ca.crt` && m.target === NATS_CA_FILE)) {
      problems.push(`${where(app)}: NATS_CA_FILE is not ${NATS_CA_FILE} mounted from ./${TLS_DIR}/ca.crt`);
    }
  }
  const gateway = services.gateway;
  if (isMap(gateway) && !asArray(gateway.ports).some((p) => (isMap(p) ? Number(p.target) === HTTP_PORT : new RegExp(`:${HTTP_PORT}(/tcp)?$`).test(String(p))))) {
    problems.push(`${where('gateway')}: does not publish port ${HTTP_PORT}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes: the schema of each object

/** Wraps a value so that every property the schema's validator reads is recorded. */
function recordReads(value, path, read) {
  if (!value || typeof value !== 'object') return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const own = typeof key === 'string' && Object.hasOwn(target, key);
      if (own) read.add(`${path}/${key}`);
      const child = Reflect.get(target, key, receiver);
      return own ? recordReads(child, `${path}/${key}`, read) : child;
    },
  });
}

/** Every property path of a plain value, parents before children. */
function propertyPaths(value, path = '', out = []) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push(`${path}/${key}`);
      propertyPaths(child, `${path}/${key}`, out);
    }
  }
  return out;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Validates one Kubernetes object: instantiated with its kubernetes-models class, validated against the
 * Kubernetes schema by the class's `validate()`. The schemas accept fields they do not know, which the API
 * server's strict field validation (kubectl's default) rejects; so the properties that validation never read
 * are reported as unknown fields too.
 */
export async function validateKubernetesObject(object, where = 'object') {
  const label = `${where}: ${object?.kind ?? '?'}/${object?.metadata?.name ?? '?'}`;
  if (!isMap(object) || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') return [`${where}: not a Kubernetes object (apiVersion and kind)`];
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [undefined, object.apiVersion];
  let Model;
  try {
    Model = (await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`))[object.kind];
  } catch {
    Model = undefined;
  }
  if (typeof Model !== 'function') return [`${label}: unknown kind ${object.kind} in ${object.apiVersion}`];

  const problems = [];
  const model = new Model(object);
  const read = new Set();
  try {
    Model.prototype.validate.call(recordReads(model, '', read));
  } catch (error) {
    problems.push(`${label}: ${String(error?.message ?? error)}`);
  }
  const unknown = propertyPaths(model).filter((path) => !read.has(path));
  for (const path of unknown.filter((path) => !unknown.some((parent) => path.startsWith(`${parent}/`)))) problems.push(`${label}: unknown field ${path.slice(1).replaceAll('/', '.')}`);

  const name = object.metadata?.name;
  const pattern = object.kind === 'Service' || object.kind === 'Namespace' ? DNS_LABEL : DNS_SUBDOMAIN;
  if (typeof name !== 'string' || !pattern.test(name) || name.length > (pattern === DNS_LABEL ? 63 : 253)) problems.push(`${label}: metadata.name is not a valid ${object.kind} name`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes: the kustomization

function yamlFilesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? yamlFilesUnder(path) : /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The objects `kubectl apply -k <dir>` would apply, as written (before kustomize's name hashes and image
 * rewrites): every document of every resource file, and the ConfigMaps of configMapGenerator.
 */
export function loadKustomization(dir) {
  const problems = [];
  const objects = [];
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) return { problems: [`${rel(file)}: missing`], objects, kustomization: {} };
  const kustomization = parse(readFileSync(file, 'utf8')) ?? {};
  const used = new Set([file]);
  for (const resource of asArray(kustomization.resources)) {
    const path = join(dir, resource);
    if (!existsSync(path) || !statSync(path).isFile()) {
      problems.push(`${rel(file)}: resource ${resource} is not a file`);
      continue;
    }
    used.add(path);
    const documents = parseAllDocuments(readFileSync(path, 'utf8'));
    documents.forEach((document, index) => {
      if (document.errors.length) problems.push(`${rel(path)}#${index + 1}: ${document.errors[0].message}`);
      const object = document.toJS();
      if (object !== null && object !== undefined) objects.push({ where: `${rel(path)}#${index + 1}`, object });
    });
  }
  for (const generator of asArray(kustomization.configMapGenerator)) {
    const data = {};
    for (const entry of asArray(generator.files)) {
      const [key, source] = String(entry).includes('=') ? String(entry).split(/=(.*)/s, 2) : [basename(String(entry)), String(entry)];
      const path = join(dir, source);
      if (!existsSync(path)) problems.push(`${rel(file)}: configMapGenerator ${generator.name} reads ${source}, which does not exist`);
      else {
        used.add(path);
        data[key] = readFileSync(path, 'utf8');
      }
    }
    for (const literal of asArray(generator.literals)) {
      const [key, value] = String(literal).split(/=(.*)/s, 2);
      data[key] = value ?? '';
    }
    objects.push({
      where: `${rel(file)} configMapGenerator`,
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: generator.name, namespace: kustomization.namespace, ...(generator.options?.labels ? { labels: generator.options.labels } : {}) }, data },
    });
  }
  for (const path of yamlFilesUnder(dir)) if (!used.has(path)) problems.push(`${rel(path)}: not listed in ${rel(file)}`);
  for (const image of asArray(kustomization.images)) {
    const containers = objects.flatMap(({ object }) => containersOf(object));
    if (!containers.some((c) => imageName(c.image) === image.name)) problems.push(`${rel(file)}: images entry ${image.name} matches no container`);
  }
  return { problems, objects, kustomization };
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes: what the platform needs of the objects

function podSpecOf(object) {
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object?.kind)) return object.spec?.template?.spec;
  if (object?.kind === 'CronJob') return object.spec?.jobTemplate?.spec?.template?.spec;
  if (object?.kind === 'Pod') return object.spec;
  return undefined;
}

function podLabelsOf(object) {
  if (object?.kind === 'CronJob') return object.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
  if (object?.kind === 'Pod') return object.metadata?.labels ?? {};
  return object?.spec?.template?.metadata?.labels ?? {};
}

function containersOf(object) {
  const spec = podSpecOf(object);
  return spec ? [...asArray(spec.initContainers), ...asArray(spec.containers)] : [];
}

function imageName(image) {
  const text = String(image ?? '');
  const withoutDigest = text.split('@')[0];
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

function imageTag(image) {
  const text = String(image ?? '');
  if (text.includes('@')) return text.split('@')[1];
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  return colon > slash ? text.slice(colon + 1) : undefined;
}

const matches = (selector, labels) => isMap(selector) && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** The Pod Security "restricted" profile, resources and image tags, for one pod template. */
function checkPodSecurity(label, object) {
  const problems = [];
  const spec = podSpecOf(object);
  const pod = spec.securityContext ?? {};
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC) problems.push(`${label}: uses the host's namespaces`);
  for (const volume of asArray(spec.volumes)) if (volume.hostPath) problems.push(`${label}: volume ${volume.name} is a hostPath`);
  const podSeccomp = pod.seccompProfile?.type;
  for (const container of containersOf(object)) {
    const where = `${label}: container ${container.name}`;
    const context = container.securityContext ?? {};
    if (!(context.runAsNonRoot ?? pod.runAsNonRoot)) problems.push(`${where}: runAsNonRoot is not set`);
    if ((context.runAsUser ?? pod.runAsUser) === 0) problems.push(`${where}: runs as uid 0`);
    if (context.privileged) problems.push(`${where}: is privileged`);
    if (context.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (!asArray(context.capabilities?.drop).includes('ALL')) problems.push(`${where}: does not drop ALL capabilities`);
    for (const capability of asArray(context.capabilities?.add)) if (capability !== 'NET_BIND_SERVICE') problems.push(`${where}: adds capability ${capability}`);
    if (!['RuntimeDefault', 'Localhost'].includes(context.seccompProfile?.type ?? podSeccomp)) problems.push(`${where}: no RuntimeDefault seccomp profile`);
    for (const port of asArray(container.ports)) if (port.hostPort) problems.push(`${where}: uses a hostPort`);
    const tag = imageTag(container.image);
    if (!tag || tag === 'latest') problems.push(`${where}: image ${container.image} has no explicit tag`);
    if (!container.resources?.requests?.memory || !container.resources?.requests?.cpu) problems.push(`${where}: no cpu and memory requests`);
    if (!container.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
  }
  return problems;
}

/** The port a probe's httpGet resolves to, through the container's named ports. */
function probePort(container, probe) {
  const port = probe?.httpGet?.port;
  if (typeof port === 'number') return port;
  return asArray(container.ports).find((p) => p.name === port)?.containerPort;
}

function checkAppDeployment(app, deployment, configMaps) {
  const problems = [];
  const label = `Deployment/${app}`;
  const spec = podSpecOf(deployment);
  const container = asArray(spec?.containers).find((c) => c.name === app) ?? asArray(spec?.containers)[0];
  if (!container) return [`${label}: no container`];
  if (imageName(container.image) !== `gov/${app}`) problems.push(`${label}: image ${container.image} is not gov/${app}`);
  const ports = Object.fromEntries(asArray(container.ports).map((p) => [p.name, p.containerPort]));
  if (ports.ops !== OPS_PORT) problems.push(`${label}: no container port named ops on ${OPS_PORT}`);
  if (app === 'gateway' && ports.http !== HTTP_PORT) problems.push(`${label}: no container port named http on ${HTTP_PORT}`);
  for (const [kind, path] of [
    ['livenessProbe', '/health/live'],
    ['readinessProbe', '/health/ready'],
  ]) {
    const probe = container[kind];
    if (probe?.httpGet?.path !== path || probePort(container, probe) !== OPS_PORT) problems.push(`${label}: ${kind} is not GET ${path} on the ops port (${OPS_PORT})`);
  }
  if (container.startupProbe && probePort(container, container.startupProbe) === undefined) problems.push(`${label}: startupProbe's port is not one of the container's ports`);
  if (container.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${label}: root filesystem is not read-only`);
  if (!asArray(spec.initContainers).length) problems.push(`${label}: no init step before the app starts (wait for PostgreSQL; migrations run at start)`);
  if (!asArray(container.envFrom).some((e) => e.configMapRef?.name === CONFIG_MAP)) problems.push(`${label}: does not take its settings from the ConfigMap ${CONFIG_MAP}`);
  const env = Object.fromEntries(asArray(container.env).map((e) => [e.name, e]));
  for (const [variable, [secret, key]] of Object.entries(appSecretEnv(app))) {
    const ref = env[variable]?.valueFrom?.secretKeyRef;
    if (ref?.name !== secret || ref?.key !== key) problems.push(`${label}: ${variable} does not come from the Secret ${secret}, key ${key}`);
  }
  if (env.NATS_USER?.value !== app) problems.push(`${label}: NATS_USER is not its own user ${app}`);
  // Nothing of another app: its database Secret, its NATS password, its event key.
  for (const c of containersOf(deployment)) {
    for (const e of asArray(c.env)) {
      const ref = e.valueFrom?.secretKeyRef;
      if (!ref) continue;
      const owner = PER_APP_KEY.exec(ref.key ?? '')?.[2];
      if ((/^gov-db-/.test(ref.name) && ref.name !== dbSecretOf(app)) || (owner && owner !== envSuffix(app))) problems.push(`${label}: container ${c.name}: reads ${ref.name}/${ref.key}, which belongs to another app`);
    }
  }
  const settings = Object.assign({}, ...configMaps.filter((c) => c.metadata?.name === CONFIG_MAP).map((c) => c.data ?? {}));
  const opsPortSetting = env.OPS_PORT?.value ?? settings.OPS_PORT;
  if (String(opsPortSetting) !== String(OPS_PORT)) problems.push(`${label}: OPS_PORT is not ${OPS_PORT}`);
  const natsUrl = env.NATS_URL?.value ?? settings.NATS_URL;
  if (!/^tls:\/\//.test(String(natsUrl))) problems.push(`${label}: NATS_URL is not tls://`);
  const caFile = env.NATS_CA_FILE?.value ?? settings.NATS_CA_FILE;
  // The CA comes from the Secret nats-tls, and only the CA: the server's key stays in the NATS pod.
  const caVolumes = asArray(spec.volumes).filter((v) => v.secret?.secretName === TLS_SECRET);
  const caMounted = asArray(container.volumeMounts).some((m) => {
    const volume = caVolumes.find((v) => v.name === m.name);
    return volume && asArray(volume.secret.items).some((i) => posix.join(m.mountPath, i.path) === caFile);
  });
  if (caFile !== NATS_CA_FILE || !caMounted) problems.push(`${label}: NATS_CA_FILE is not ${NATS_CA_FILE} mounted from the Secret ${TLS_SECRET}`);
  for (const volume of caVolumes) {
    const keys = asArray(volume.secret.items).map((i) => i.key);
    if (!keys.length || keys.some((k) => k !== 'ca.crt')) problems.push(`${label}: mounts more of the Secret ${TLS_SECRET} than ca.crt`);
  }
  return problems;
}

/** Label selector semantics: matchLabels and matchExpressions; an empty selector selects everything. */
function selects(selector, labels = {}) {
  if (!isMap(selector)) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = asArray(selector.matchExpressions).every(({ key, operator, values }) => {
    if (operator === 'In') return asArray(values).includes(labels[key]);
    if (operator === 'NotIn') return !asArray(values).includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    return false;
  });
  return byLabels && byExpressions;
}

const isEmptySelector = (selector) => isMap(selector) && !Object.keys(selector.matchLabels ?? {}).length && !asArray(selector.matchExpressions).length;

/** Whether a NetworkPolicy rule's ports let `port` through (no ports: all of them); named ports by the target's names. */
function rulePorts(rule, port, names = []) {
  const ports = asArray(rule.ports);
  return !ports.length || ports.some((p) => p.port === undefined || p.port === port || names.includes(p.port) || (typeof p.port === 'number' && p.endPort >= port && p.port <= port));
}

/**
 * NetworkPolicies: a default deny of both directions; every app reachable on its ops port from the namespace only,
 * the gateway on its HTTP port; the apps' egress to NATS, PostgreSQL and DNS only; NATS and PostgreSQL reachable
 * from the apps only.
 */
export function checkNetworkPolicies(objects, apps = APPS) {
  const problems = [];
  const all = objects.map(({ object }) => object).filter(isMap);
  const policies = all.filter((o) => o.kind === 'NetworkPolicy');
  const workload = (name) => all.find((o) => podSpecOf(o) && o.metadata?.name === name);
  const types = (p) => asArray(p.spec?.policyTypes).length ? asArray(p.spec.policyTypes) : ['Ingress', ...(p.spec?.egress ? ['Egress'] : [])];
  const denyAll = policies.find((p) => isEmptySelector(p.spec?.podSelector) && types(p).includes('Ingress') && types(p).includes('Egress') && !asArray(p.spec?.ingress).length && !asArray(p.spec?.egress).length);
  if (!denyAll) problems.push('deploy/k8s: no NetworkPolicy that denies all ingress and egress by default (podSelector: {}, both policyTypes, no rules)');
  const selecting = (labels, type) => policies.filter((p) => types(p).includes(type) && selects(p.spec?.podSelector, labels));
  const ingressRules = (labels) => selecting(labels, 'Ingress').flatMap((p) => asArray(p.spec?.ingress).map((rule) => ({ policy: p.metadata?.name, rule })));
  const egressRules = (labels) => selecting(labels, 'Egress').flatMap((p) => asArray(p.spec?.egress).map((rule) => ({ policy: p.metadata?.name, rule })));
  const labelsOf = (name) => podLabelsOf(workload(name) ?? {});
  const peerSelects = (peer, labels) => !peer.ipBlock && !peer.namespaceSelector && selects(peer.podSelector, labels);
  const portNames = (name) => containersOf(workload(name) ?? {}).flatMap((c) => asArray(c.ports).filter((p) => p.name).map((p) => [p.name, p.containerPort]));
  const namesOf = (name, port) => portNames(name).filter(([, number]) => number === port).map(([n]) => n);

  for (const app of apps) {
    if (!workload(app)) continue;
    const labels = labelsOf(app);
    const inbound = ingressRules(labels);
    if (!inbound.some(({ rule }) => rulePorts(rule, OPS_PORT, namesOf(app, OPS_PORT)) && asArray(rule.from).length)) problems.push(`NetworkPolicy: nothing admits Deployment/${app}'s ops port ${OPS_PORT} from the namespace`);
    for (const { policy, rule } of inbound) {
      const open = !asArray(rule.from).length || asArray(rule.from).some((peer) => peer.ipBlock || peer.namespaceSelector);
      if (open && rulePorts(rule, OPS_PORT, namesOf(app, OPS_PORT))) problems.push(`NetworkPolicy/${policy}: admits Deployment/${app}'s ops port ${OPS_PORT} from outside the namespace`);
    }
    if (app === 'gateway' && !inbound.some(({ rule }) => rulePorts(rule, HTTP_PORT, namesOf(app, HTTP_PORT)))) problems.push(`NetworkPolicy: nothing admits the gateway's HTTP port ${HTTP_PORT}`);
    const outbound = egressRules(labels);
    if (!outbound.length) problems.push(`NetworkPolicy: no egress policy selects Deployment/${app}`);
    for (const { policy, rule } of outbound) {
      const ports = asArray(rule.ports).map((p) => p.port);
      if (!ports.length || ports.some((port) => ![NATS_PORT, POSTGRES_PORT, DNS_PORT].includes(port))) problems.push(`NetworkPolicy/${policy}: lets Deployment/${app} out to ports ${ports.length ? ports.join(', ') : 'all'}; only NATS ${NATS_PORT}, PostgreSQL ${POSTGRES_PORT} and DNS ${DNS_PORT}`);
    }
    for (const [target, port] of [
      ['nats', NATS_PORT],
      ['postgres', POSTGRES_PORT],
    ]) {
      if (!workload(target)) continue;
      if (!outbound.some(({ rule }) => rulePorts(rule, port) && asArray(rule.to).some((peer) => peerSelects(peer, labelsOf(target))))) problems.push(`NetworkPolicy: Deployment/${app} may not reach ${target} on ${port}`);
      if (!ingressRules(labelsOf(target)).some(({ rule }) => rulePorts(rule, port, namesOf(target, port)) && asArray(rule.from).some((peer) => peerSelects(peer, labels)))) problems.push(`NetworkPolicy: ${target} does not admit Deployment/${app} on ${port}`);
    }
  }
  for (const target of ['nats', 'postgres']) {
    if (!workload(target)) continue;
    for (const { policy, rule } of ingressRules(labelsOf(target))) {
      if (!asArray(rule.from).length || asArray(rule.from).some((peer) => peer.ipBlock || peer.namespaceSelector || !peer.podSelector || isEmptySelector(peer.podSelector))) problems.push(`NetworkPolicy/${policy}: admits ${target} from more than the platform's pods`);
    }
  }
  return problems;
}

/** References between the objects, the security profile, and what every app needs. */
export function checkKubernetes(objects, apps = APPS) {
  const problems = [];
  const all = objects.map(({ object }) => object).filter(isMap);
  const ofKind = (kind) => all.filter((o) => o.kind === kind);
  const named = (kind, name) => all.find((o) => o.kind === kind && o.metadata?.name === name);
  const workloads = all.filter((o) => podSpecOf(o));
  const configMaps = ofKind('ConfigMap');
  const label = (o) => `${o.kind}/${o.metadata?.name}`;
  const operatorSecrets = new Set([SECRET, TLS_SECRET, ...apps.map(dbSecretOf)]);
  const operatorSecretList = `${SECRET}, ${TLS_SECRET} and gov-db-<app>`;

  if (ofKind('Secret').length) problems.push(`deploy/k8s: holds a Secret (${ofKind('Secret').map(label).join(', ')}); secrets are created by the operator, never committed`);
  for (const configMap of configMaps) {
    for (const key of Object.keys(configMap.data ?? {})) if (/PASSWORD|SECRET|_KEY$|DATABASE_URL/.test(key)) problems.push(`${label(configMap)}: ${key} is a secret and belongs in the Secret ${SECRET}`);
  }

  for (const workload of workloads) {
    const spec = podSpecOf(workload);
    problems.push(...checkPodSecurity(label(workload), workload));
    const selector = workload.spec?.selector?.matchLabels;
    if (workload.kind !== 'Job' && workload.kind !== 'CronJob' && workload.kind !== 'Pod' && !matches(selector, podLabelsOf(workload))) problems.push(`${label(workload)}: its selector does not match its pod labels`);
    if (workload.kind === 'StatefulSet' && named('Service', workload.spec?.serviceName)?.spec?.clusterIP !== 'None') problems.push(`${label(workload)}: serviceName ${workload.spec?.serviceName} is not a headless Service`);
    const volumeConfigMaps = asArray(spec.volumes).map((v) => v.configMap?.name).filter(Boolean);
    for (const container of containersOf(workload)) {
      const where = `${label(workload)}: container ${container.name}`;
      const refs = [
        ...asArray(container.envFrom).flatMap((e) => [e.configMapRef && ['ConfigMap', e.configMapRef.name], e.secretRef && ['Secret', e.secretRef.name]]),
        ...asArray(container.env).flatMap((e) => [e.valueFrom?.configMapKeyRef && ['ConfigMap', e.valueFrom.configMapKeyRef.name], e.valueFrom?.secretKeyRef && ['Secret', e.valueFrom.secretKeyRef.name]]),
      ].filter(Boolean);
      for (const [kind, name] of refs) {
        if (kind === 'Secret' && !operatorSecrets.has(name)) problems.push(`${where}: refers to the Secret ${name}; the operator creates only ${operatorSecretList}`);
        if (kind === 'ConfigMap' && !named('ConfigMap', name)) problems.push(`${where}: refers to the ConfigMap ${name}, which is not defined`);
      }
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const port = container[probe]?.httpGet?.port ?? container[probe]?.tcpSocket?.port;
        if (typeof port === 'string' && !asArray(container.ports).some((p) => p.name === port)) problems.push(`${where}: ${probe} uses port ${port}, which the container does not name`);
      }
    }
    for (const name of volumeConfigMaps) if (!named('ConfigMap', name)) problems.push(`${label(workload)}: mounts the ConfigMap ${name}, which is not defined`);
    for (const volume of asArray(spec.volumes)) if (volume.secret && !operatorSecrets.has(volume.secret.secretName)) problems.push(`${label(workload)}: mounts the Secret ${volume.secret.secretName}; the operator creates only ${operatorSecretList}`);
  }

  for (const service of ofKind('Service')) {
    const targets = workloads.filter((w) => matches(service.spec?.selector, podLabelsOf(w)));
    if (!targets.length) {
      problems.push(`${label(service)}: its selector matches no workload`);
      continue;
    }
    for (const port of asArray(service.spec?.ports)) {
      const target = port.targetPort ?? port.port;
      const found = targets.some((w) => containersOf(w).some((c) => asArray(c.ports).some((p) => (typeof target === 'string' ? p.name === target : p.containerPort === target))));
      if (!found) problems.push(`${label(service)}: port ${port.name ?? port.port} targets ${target}, which its pods do not expose`);
    }
  }
  for (const budget of ofKind('PodDisruptionBudget')) {
    if (!workloads.some((w) => matches(budget.spec?.selector?.matchLabels, podLabelsOf(w)))) problems.push(`${label(budget)}: its selector matches no workload`);
  }
  for (const ingress of ofKind('Ingress')) {
    const backends = asArray(ingress.spec?.rules).flatMap((r) => asArray(r.http?.paths).map((p) => p.backend?.service));
    if (ingress.spec?.defaultBackend?.service) backends.push(ingress.spec.defaultBackend.service);
    for (const backend of backends.filter(Boolean)) {
      const service = named('Service', backend.name);
      if (!service) problems.push(`${label(ingress)}: routes to the Service ${backend.name}, which is not defined`);
      else if (!asArray(service.spec?.ports).some((p) => (backend.port?.name ? p.name === backend.port.name : p.port === backend.port?.number))) problems.push(`${label(ingress)}: routes to a port the Service ${backend.name} does not have`);
      if (backend.port?.number === OPS_PORT || backend.port?.name === 'ops') problems.push(`${label(ingress)}: routes to the ops port`);
    }
  }

  const config = named('ConfigMap', CONFIG_MAP);
  if (!config) problems.push(`deploy/k8s: no ConfigMap ${CONFIG_MAP}`);
  else if (!config.data?.NATS_URL) problems.push(`ConfigMap/${CONFIG_MAP}: no NATS_URL`);
  for (const secret of [SECRET, TLS_SECRET]) if (named('Secret', secret)) problems.push(`deploy/k8s: holds the Secret ${secret}`);

  const nats = named('StatefulSet', 'nats');
  if (!nats) problems.push('deploy/k8s: no StatefulSet nats');
  else {
    const container = asArray(podSpecOf(nats).containers)[0] ?? {};
    if (!/^nats:2\.12(\.\d+)?(-|$)/.test(String(container.image))) problems.push(`StatefulSet/nats: image ${container.image} is not nats:2.12`);
    const mounted = asArray(podSpecOf(nats).volumes).map((v) => named('ConfigMap', v.configMap?.name)).filter(Boolean);
    const text = mounted.flatMap((c) => Object.values(c.data ?? {})).join('\n');
    if (!/(^|\s)(-js|--jetstream)(\s|$)/.test(asArray(container.args).join(' ')) && !/jetstream\s*[{:]/.test(text)) problems.push('StatefulSet/nats: JetStream is not enabled');
    if (!/^\s*sync_interval\s*:/m.test(text)) problems.push('StatefulSet/nats: its configuration does not set jetstream sync_interval deliberately');
    if (!asArray(nats.spec?.volumeClaimTemplates).length) problems.push('StatefulSet/nats: no volume for the JetStream store');
    problems.push(...checkNatsServer(nats, text, apps));
  }
  const postgres = named('StatefulSet', 'postgres');
  if (!postgres) problems.push('deploy/k8s: no StatefulSet postgres');
  else if (!asArray(postgres.spec?.volumeClaimTemplates).length) problems.push('StatefulSet/postgres: no volume for its data');
  problems.push(...checkPostgresBootstrap(all, apps));
  problems.push(...checkNetworkPolicies(objects, apps));

  for (const app of apps) {
    const deployment = named('Deployment', app);
    if (!deployment) problems.push(`deploy/k8s: no Deployment for ${app}`);
    else problems.push(...checkAppDeployment(app, deployment, configMaps));
    const service = named('Service', app);
    if (!service) problems.push(`deploy/k8s: no Service for ${app}`);
    else {
      const ports = asArray(service.spec?.ports);
      if (!ports.some((p) => p.port === OPS_PORT)) problems.push(`Service/${app}: does not expose the ops port ${OPS_PORT}`);
      if (app === 'gateway' && !ports.some((p) => p.port === HTTP_PORT)) problems.push(`Service/${app}: does not expose HTTP on ${HTTP_PORT}`);
      if (service.spec?.type && service.spec.type !== 'ClusterIP') problems.push(`Service/${app}: is ${service.spec.type}, not ClusterIP`);
    }
  }
  return problems;
}


/**
 * The NATS server: TLS for clients from the Secret nats-tls, and one user per app whose password is a variable of
 * the server's environment, each from its own key of the Secret (never a literal in the configuration).
 */
function checkNatsServer(nats, conf, apps) {
  const problems = [];
  const container = asArray(podSpecOf(nats).containers)[0] ?? {};
  const tls = /(^|\n)\s*tls\s*[{:]([^}]*)\}/.exec(conf)?.[2];
  if (!tls) problems.push('StatefulSet/nats: its configuration has no tls block (clients must connect over TLS)');
  else {
    const files = ['cert_file', 'key_file', 'ca_file'].map((field) => [field, new RegExp(`${field}\\s*[:=]\\s*"?([^"\\s]+)`).exec(tls)?.[1]]);
    for (const [field, file] of files) if (!file) problems.push(`StatefulSet/nats: its tls block has no ${field}`);
    const tlsVolumes = asArray(podSpecOf(nats).volumes).filter((v) => v.secret?.secretName === TLS_SECRET).map((v) => v.name);
    const mounted = asArray(container.volumeMounts).filter((m) => tlsVolumes.includes(m.name)).map((m) => m.mountPath);
    for (const [field, file] of files) if (file && !mounted.includes(posix.dirname(file))) problems.push(`StatefulSet/nats: its tls ${field} ${file} is not in a mount of the Secret ${TLS_SECRET}`);
  }
  if (!/(^|\n)\s*authorization\s*[{:]/.test(conf)) problems.push('StatefulSet/nats: its configuration has no authorization block (one user per app)');
  if (/password\s*[:=]\s*["'][^"']*["']/.test(conf)) problems.push('StatefulSet/nats: its configuration holds a literal password; each must be $NATS_PASSWORD_<APP> from the environment');
  const env = Object.fromEntries(asArray(container.env).map((e) => [e.name, e]));
  for (const app of apps) {
    const variable = `NATS_PASSWORD_${envSuffix(app)}`;
    if (!new RegExp(`user\\s*[:=]\\s*"?${app}"?\\s*,\\s*password\\s*[:=]\\s*\\$${variable}\\b`).test(conf)) problems.push(`StatefulSet/nats: no user ${app} with the password $${variable}`);
    const ref = env[variable]?.valueFrom?.secretKeyRef;
    if (ref?.name !== SECRET || ref?.key !== variable) problems.push(`StatefulSet/nats: ${variable} does not come from the Secret ${SECRET}, key ${variable}`);
  }
  return problems;
}

/**
 * The PostgreSQL bootstrap: a workload that runs a roles script (a ConfigMap's .sql) creating every app's role
 * gov_<schema> and its schema, with each password from that app's Secret gov-db-<app> (never a literal).
 */
function checkPostgresBootstrap(all, apps) {
  const problems = [];
  const scripts = all.filter((o) => o.kind === 'ConfigMap').flatMap((c) => Object.entries(c.data ?? {}).filter(([key]) => key.endsWith('.sql')).map(([, text]) => ({ name: c.metadata?.name, text })));
  const runner = all.find((o) => podSpecOf(o) && asArray(podSpecOf(o).volumes).some((v) => scripts.some((s) => s.name === v.configMap?.name)));
  if (!runner) return ['deploy/k8s: no workload runs the PostgreSQL roles script (each app\'s role gov_<schema> and its schema)'];
  const script = scripts.find((s) => asArray(podSpecOf(runner).volumes).some((v) => v.configMap?.name === s.name)).text;
  if (/\bpassword\s+'[^']/i.test(script)) problems.push(`${runner.kind}/${runner.metadata?.name}: its roles script holds a literal password`);
  const env = Object.fromEntries(containersOf(runner).flatMap((c) => asArray(c.env)).map((e) => [e.name, e]));
  for (const app of apps) {
    const schema = schemaOf(app);
    const role = `gov_${schema}`;
    if (!new RegExp(`CREATE SCHEMA IF NOT EXISTS "?${schema}"? AUTHORIZATION "?${role}\\b`).test(script) || !new RegExp(`REVOKE ALL ON SCHEMA "?${schema}"? FROM PUBLIC`).test(script)) {
      problems.push(`${runner.kind}/${runner.metadata?.name}: its roles script does not create the schema ${schema} owned by ${role}, closed to PUBLIC`);
    }
    const variable = `POSTGRES_PASSWORD_${envSuffix(app)}`;
    const ref = env[variable]?.valueFrom?.secretKeyRef;
    if (!script.includes(variable) || ref?.name !== dbSecretOf(app) || ref?.key !== 'PASSWORD') problems.push(`${runner.kind}/${runner.metadata?.name}: ${variable} does not come from the Secret ${dbSecretOf(app)}, key PASSWORD`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Secret values

/** What a committed secret looks like: private keys (PEM, Ed25519 DER), installation keys, long random strings. */
const SECRET_VALUE_PATTERNS = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a PEM private key'],
  [/MC4CAQAwBQYDK2Vw[A-Za-z0-9+/=]{20,}/, 'an Ed25519 private key (base64 DER)'],
  [/MCowBQYDK2VwAyEA[A-Za-z0-9+/=]{20,}/, 'an installation\'s Ed25519 public key (base64 DER)'],
  [/(?<![A-Za-z0-9:])(?<!sha256:)[0-9a-f]{32,}(?![A-Za-z0-9])/i, 'a long hex string (a generated password or key)'],
];

/** Every text file of the deployment (docker-compose.yml, deploy/** but the operator's git-ignored deploy/tls/). */
export function deploymentFiles(root = repoRoot) {
  const files = [join(root, 'docker-compose.yml')];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (relative(root, path).split('\\').join('/') === TLS_DIR) continue;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'deploy'));
  return files.filter((file) => existsSync(file));
}

/** No secret value in the deployment files: they come from the operator's Secrets and environment only. */
export function findCommittedSecrets(files) {
  const problems = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    lines.forEach((line, index) => {
      for (const [pattern, what] of SECRET_VALUE_PATTERNS) if (pattern.test(line)) problems.push(`${rel(file)}:${index + 1}: holds ${what}; secrets come from the operator, never from the repository`);
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Dockerfile

/** The Dockerfile's instructions: comments dropped, continuation lines joined, split into stages. */
export function dockerfileStages(text) {
  const instructions = [];
  let current = '';
  for (const line of text.split(/\r?\n/)) {
    if (!current && /^\s*(#|$)/.test(line)) continue;
    if (current && /^\s*#/.test(line)) continue;
    current += (current ? ' ' : '') + line.trim();
    if (current.endsWith('\\')) current = current.slice(0, -1).trim();
    else {
      instructions.push(current);
      current = '';
    }
  }
  if (current) instructions.push(current);
  const stages = [];
  for (const instruction of instructions) {
    const [keyword, ...rest] = instruction.split(/\s+/);
    const entry = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (entry.keyword === 'FROM') stages.push({ name: /\s+AS\s+(\S+)\s*$/i.exec(entry.args)?.[1], from: entry.args, instructions: [] });
    else if (stages.length) stages.at(-1).instructions.push(entry);
  }
  return stages;
}

/** The Dockerfile's essentials: several stages, production dependencies only, ARG APP, non-root, a healthcheck, Node 24. */
export function checkDockerfile(text) {
  const problems = [];
  const stages = dockerfileStages(text);
  if (stages.length < 2) problems.push('deploy/Dockerfile: not multi-stage');
  const final = stages.at(-1);
  if (!final) return [...problems, 'deploy/Dockerfile: no FROM'];
  const all = (stage, keyword) => stage.instructions.filter((i) => i.keyword === keyword);
  const runs = stages.flatMap((stage) => all(stage, 'RUN').map((i) => i.args));
  const stageOf = (copy) => copy && stages.find((s) => s.name === /--from=(\S+)/.exec(copy.args)?.[1]);
  // Global ARGs (before the first FROM) name the base image: `ARG NODE_IMAGE=node:24-bookworm-slim`.
  const globals = Object.fromEntries([...text.split(/^\s*FROM\s/im)[0].matchAll(/^\s*ARG\s+(\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
  const baseOf = (stage) => stage.from.split(/\s+/)[0].replace(/\$\{?(\w+)\}?/g, (m, name) => globals[name] ?? m);
  const node24 = (stage) => /^node:24[\w.-]*$/.test(baseOf(stage));
  if (baseOf(final) === 'scratch') {
    // A runtime without a base image: its file system comes from a stage built on Node 24, and with no shell
    // in it the command and the healthcheck must be exec form.
    const rootfs = stageOf(all(final, 'COPY').find((i) => /--from=\S+\s+\S+\s+\/$/.test(i.args)));
    if (!rootfs || !node24(rootfs)) problems.push('deploy/Dockerfile: the final stage (FROM scratch) does not take its root file system (COPY --from=<stage> … /) from a stage on a node:24 image');
    for (const keyword of ['CMD', 'HEALTHCHECK']) {
      const instruction = all(final, keyword).at(-1)?.args ?? '';
      const command = keyword === 'HEALTHCHECK' ? (/\bCMD\s+(.*)$/.exec(instruction)?.[1] ?? '[') : instruction;
      if (!/^NONE\b/i.test(instruction) && !/^\[/.test(command.trim())) problems.push(`deploy/Dockerfile: the runtime has no shell, so its ${keyword} must be exec form (["node", …])`);
    }
  } else if (!node24(final)) problems.push(`deploy/Dockerfile: the final stage is not based on a node:24 image (${final.from})`);
  if (!runs.some((r) => /\bnpm ci\b/.test(r) && !/--omit=dev/.test(r)) || !runs.some((r) => /\bnpm run build\b/.test(r))) problems.push('deploy/Dockerfile: no build stage running npm ci and npm run build');
  if (!all(final, 'ARG').some((i) => /^APP(=|\s|$)/.test(i.args))) problems.push('deploy/Dockerfile: the final stage has no ARG APP');
  // node_modules comes from an `npm ci --omit=dev` stage, directly or through a stage that copied it from one.
  let source = stageOf(all(final, 'COPY').find((i) => /node_modules/.test(i.args)));
  for (let hops = 0; source && hops < stages.length && !all(source, 'RUN').some((i) => /\bnpm ci\b.*--omit=dev/.test(i.args)); hops++) {
    source = stageOf(all(source, 'COPY').find((i) => /node_modules/.test(i.args)));
  }
  if (!source || !all(source, 'RUN').some((i) => /\bnpm ci\b.*--omit=dev/.test(i.args))) problems.push('deploy/Dockerfile: the final stage does not take node_modules from an `npm ci --omit=dev` stage');
  if (all(final, 'RUN').some((i) => /\bnpm (ci|install)\b/.test(i.args) && !/--omit=dev/.test(i.args))) problems.push('deploy/Dockerfile: the final stage installs development dependencies');
  const user = all(final, 'USER').at(-1)?.args.split(':')[0];
  if (!user || user === 'root' || user === '0') problems.push('deploy/Dockerfile: the final stage does not switch to a non-root USER');
  else if (!/^[1-9]\d*$/.test(user)) problems.push(`deploy/Dockerfile: the final stage's USER ${user} is not numeric (Kubernetes verifies runAsNonRoot only on a numeric user)`);
  const healthcheck = all(final, 'HEALTHCHECK').at(-1)?.args;
  if (!healthcheck || /^NONE\b/i.test(healthcheck)) problems.push('deploy/Dockerfile: no HEALTHCHECK');
  else if (!healthcheck.includes('/health/live')) problems.push('deploy/Dockerfile: the HEALTHCHECK does not ask /health/live');
  if (!all(final, 'ENV').some((i) => /\bNODE_ENV=production\b/.test(i.args))) problems.push('deploy/Dockerfile: NODE_ENV is not production');
  if (!all(final, 'EXPOSE').some((i) => i.args.split(/\s+/).includes(String(OPS_PORT)))) problems.push(`deploy/Dockerfile: does not EXPOSE the ops port ${OPS_PORT}`);
  if (!all(final, 'CMD').length && !all(final, 'ENTRYPOINT').length) problems.push('deploy/Dockerfile: no CMD');
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

/** Everything, against the repository's files. */
export async function validateAll(root = repoRoot, apps = APPS) {
  const problems = [];
  const composeFile = join(root, 'docker-compose.yml');
  let composeServices = 0;
  if (!existsSync(composeFile)) problems.push('docker-compose.yml: missing');
  else {
    const lint = lintCompose(composeFile);
    problems.push(...lint);
    if (!lint.some((p) => /invalid-yaml|invalid-schema|unknown-error/.test(p))) {
      const compose = readCompose(composeFile);
      composeServices = Object.keys(compose?.services ?? {}).length;
      problems.push(...checkCompose(compose, apps, root));
    }
  }

  const { problems: kustomizeProblems, objects } = loadKustomization(join(root, 'deploy/k8s'));
  problems.push(...kustomizeProblems);
  for (const { where, object } of objects) problems.push(...(await validateKubernetesObject(object, where)));
  problems.push(...checkKubernetes(objects, apps));

  problems.push(...findCommittedSecrets(deploymentFiles(root)));

  const dockerfile = join(root, 'deploy/Dockerfile');
  const stages = existsSync(dockerfile) ? dockerfileStages(readFileSync(dockerfile, 'utf8')).length : 0;
  problems.push(...(existsSync(dockerfile) ? checkDockerfile(readFileSync(dockerfile, 'utf8')) : ['deploy/Dockerfile: missing']));

  return { problems, apps: apps.length, composeServices, kubernetesObjects: objects.length, dockerfileStages: stages };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await validateAll();
  for (const problem of result.problems) console.error(`✗ ${problem}`);
  console.log(
    `validate-deploy: ${result.apps} apps; docker-compose.yml ${result.composeServices} services; deploy/k8s ${result.kubernetesObjects} objects; ` +
      `deploy/Dockerfile ${result.dockerfileStages} stages — ${result.problems.length ? `${result.problems.length} problem(s)` : 'all valid'}`,
  );
  process.exit(result.problems.length ? 1 : 0);
}
