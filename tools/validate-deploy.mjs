// Offline validation of the deployment files, for CI (no Docker engine and no cluster here):
// `node tools/validate-deploy.mjs` exits non-zero on any problem.
//  - docker-compose.yml against the Compose specification and dclint's rules, then what the platform needs of
//    it (every app built from deploy/Dockerfile, healthchecks, ordered start-up, secrets only from the environment);
//  - every Kubernetes object that deploy/k8s/kustomization.yaml puts together (resources and generated
//    ConfigMaps) against the Kubernetes schemas with its kubernetes-models class, unknown fields included, then
//    the Pod Security "restricted" profile, resources, probes, and that every reference (ConfigMap, Secret,
//    Service selector, named port, Ingress backend) points at something that exists;
//  - deploy/Dockerfile's essentials (stages, ARG APP, production dependencies, a non-root USER, a HEALTHCHECK);
//  - that every app (tools/apps.mjs) has its Deployment, its Service and its compose service.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DCLinter } from 'dclint';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from './aliases.mjs';
import { APPS } from './apps.mjs';

export const OPS_PORT = 9400;
export const HTTP_PORT = 3000;
export const CONFIG_MAP = 'gov-platform-config';
/** The one Secret the operator creates; the repository never holds one. */
export const SECRET = 'gov-platform-secrets';
/** The secrets each app needs beyond DATABASE_URL (the gateway's JWT_SECRET is optional in Kubernetes). */
const APP_SECRETS = Object.fromEntries(
  APPS.map((app) => [
    app,
    // Every app verifies the gateway's caller assertions; only the gateway signs them.
    ['CALLER_VERIFY_KEY', ...({ 'duty-and-meetings': ['FIELD_ENCRYPTION_KEY'], gateway: ['JWT_SECRET', 'CALLER_SIGNING_KEY'] }[app] ?? [])],
  ]),
);
/** Variables that hold secrets: in compose they may only come from the operator's environment. */
const SECRET_VARIABLES = ['POSTGRES_PASSWORD', 'FIELD_ENCRYPTION_KEY', 'JWT_SECRET', 'CALLER_SIGNING_KEY', 'CALLER_VERIFY_KEY'];

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

  const nats = services.nats;
  if (!nats) problems.push('docker-compose.yml: no nats service');
  else {
    const command = [].concat(nats.command ?? []).join(' ');
    if (!/(^|\s)(-js|--jetstream)(\s|$)/.test(command)) problems.push(`${where('nats')}: JetStream is not enabled (-js / --jetstream)`);
    if (!nats.healthcheck?.test) problems.push(`${where('nats')}: no healthcheck`);
  }
  const postgres = services.postgres;
  if (!postgres) problems.push('docker-compose.yml: no postgres service');
  else if (!/pg_isready/.test([].concat(postgres.healthcheck?.test ?? []).join(' '))) problems.push(`${where('postgres')}: its healthcheck does not use pg_isready`);

  for (const [name, service] of Object.entries(services)) {
    if (!isMap(service)) continue;
    const environment = environmentOf(service);
    for (const variable of SECRET_VARIABLES) {
      const value = environment[variable];
      if (value !== undefined && !new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`).test(String(value))) {
        problems.push(`${where(name)}: ${variable} must come from the operator's environment as \${${variable}:?message}, not be written here`);
      }
    }
    if (environment.DATABASE_URL !== undefined && !/^postgres(ql)?:\/\/[^:@/]+:\$\{POSTGRES_PASSWORD:\?[^}]+\}@/.test(String(environment.DATABASE_URL))) {
      problems.push(`${where(name)}: DATABASE_URL must take its password from \${POSTGRES_PASSWORD:?message}`);
    }
    const dependsOn = Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : (service.depends_on ?? {});
    for (const [dependency, options] of Object.entries(dependsOn)) {
      if (!services[dependency]) problems.push(`${where(name)}: depends on ${dependency}, which is not a service`);
      else if (options?.condition !== 'service_healthy') problems.push(`${where(name)}: waits for ${dependency} without condition: service_healthy`);
      else if (!services[dependency].healthcheck?.test) problems.push(`${where(name)}: waits for ${dependency} to be healthy, but ${dependency} has no healthcheck`);
    }
    if (service.ports && name !== 'gateway') problems.push(`${where(name)}: publishes ports; only the gateway is public`);
    for (const volume of asArray(service.volumes)) {
      const source = isMap(volume) ? volume.source : String(volume).split(':')[0];
      if (/^\.{1,2}\//.test(source ?? '') && !existsSync(join(baseDir, source))) problems.push(`${where(name)}: mounts ${source}, which does not exist`);
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
    for (const variable of ['DATABASE_URL', 'NATS_URL']) if (!environment[variable]) problems.push(`${where(app)}: no ${variable}`);
    if (String(environment.OPS_PORT) !== String(OPS_PORT)) problems.push(`${where(app)}: OPS_PORT is not ${OPS_PORT}`);
    for (const variable of APP_SECRETS[app] ?? []) if (!environment[variable]) problems.push(`${where(app)}: no ${variable}`);
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
  for (const variable of ['DATABASE_URL', ...(APP_SECRETS[app] ?? [])]) {
    if (env[variable]?.valueFrom?.secretKeyRef?.name !== SECRET) problems.push(`${label}: ${variable} does not come from the Secret ${SECRET}`);
  }
  const settings = Object.assign({}, ...configMaps.filter((c) => c.metadata?.name === CONFIG_MAP).map((c) => c.data ?? {}));
  const opsPortSetting = env.OPS_PORT?.value ?? settings.OPS_PORT;
  if (String(opsPortSetting) !== String(OPS_PORT)) problems.push(`${label}: OPS_PORT is not ${OPS_PORT}`);
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
        if (kind === 'Secret' && name !== SECRET) problems.push(`${where}: refers to the Secret ${name}; the operator creates only ${SECRET}`);
        if (kind === 'ConfigMap' && !named('ConfigMap', name)) problems.push(`${where}: refers to the ConfigMap ${name}, which is not defined`);
      }
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const port = container[probe]?.httpGet?.port ?? container[probe]?.tcpSocket?.port;
        if (typeof port === 'string' && !asArray(container.ports).some((p) => p.name === port)) problems.push(`${where}: ${probe} uses port ${port}, which the container does not name`);
      }
    }
    for (const name of volumeConfigMaps) if (!named('ConfigMap', name)) problems.push(`${label(workload)}: mounts the ConfigMap ${name}, which is not defined`);
    for (const volume of asArray(spec.volumes)) if (volume.secret && volume.secret.secretName !== SECRET) problems.push(`${label(workload)}: mounts the Secret ${volume.secret.secretName}; the operator creates only ${SECRET}`);
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
  }
  const postgres = named('StatefulSet', 'postgres');
  if (!postgres) problems.push('deploy/k8s: no StatefulSet postgres');
  else if (!asArray(postgres.spec?.volumeClaimTemplates).length) problems.push('StatefulSet/postgres: no volume for its data');

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

/** The Dockerfile's essentials: several stages, production dependencies only, ARG APP, non-root, a healthcheck. */
export function checkDockerfile(text) {
  const problems = [];
  const stages = dockerfileStages(text);
  if (stages.length < 2) problems.push('deploy/Dockerfile: not multi-stage');
  const final = stages.at(-1);
  if (!final) return [...problems, 'deploy/Dockerfile: no FROM'];
  const all = (stage, keyword) => stage.instructions.filter((i) => i.keyword === keyword);
  const runs = stages.flatMap((stage) => all(stage, 'RUN').map((i) => i.args));
  if (!/^node:20[\w.-]*$/.test(final.from.split(/\s+/)[0])) problems.push(`deploy/Dockerfile: the final stage is not based on a node:20 image (${final.from})`);
  if (!runs.some((r) => /\bnpm ci\b/.test(r) && !/--omit=dev/.test(r)) || !runs.some((r) => /\bnpm run build\b/.test(r))) problems.push('deploy/Dockerfile: no build stage running npm ci and npm run build');
  if (!all(final, 'ARG').some((i) => /^APP(=|\s|$)/.test(i.args))) problems.push('deploy/Dockerfile: the final stage has no ARG APP');
  const modules = all(final, 'COPY').find((i) => /node_modules/.test(i.args));
  const source = modules && stages.find((s) => s.name === /--from=(\S+)/.exec(modules.args)?.[1]);
  if (!source || !all(source, 'RUN').some((i) => /\bnpm ci\b.*--omit=dev/.test(i.args))) problems.push('deploy/Dockerfile: the final stage does not take node_modules from an `npm ci --omit=dev` stage');
  if (all(final, 'RUN').some((i) => /\bnpm (ci|install)\b/.test(i.args) && !/--omit=dev/.test(i.args))) problems.push('deploy/Dockerfile: the final stage installs development dependencies');
  const user = all(final, 'USER').at(-1)?.args.split(':')[0];
  if (!user || user === 'root' || user === '0') problems.push('deploy/Dockerfile: the final stage does not switch to a non-root USER');
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
