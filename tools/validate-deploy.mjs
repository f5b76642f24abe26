// Offline validation of the deployment files (no Docker engine runs here): docker-compose.yml against the
// Compose specification (dclint), every Kubernetes object against the Kubernetes schemas (kubernetes-models),
// the Dockerfile's essentials, and that every app has its Deployment, its Service and its compose service,
// exactly as tools/deploy/generate.mjs produces them. `node tools/validate-deploy.mjs` exits non-zero on a problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DCLinter } from 'dclint';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from './aliases.mjs';
import { APPS, composeFile, kubernetesManifest } from './deploy/generate.mjs';

/** Lints a compose file: the Compose schema and dclint's error-level rules. Returns problems as text. */
export function validateCompose(path) {
  const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  const [result] = linter.lintFiles([path], false);
  return (result?.messages ?? []).filter((m) => m.type === 'error').map((m) => `${relative(repoRoot, path)}:${m.line} ${m.rule}: ${m.message}`);
}

const MODULES = { v1: 'kubernetes-models/v1', 'apps/v1': 'kubernetes-models/apps/v1', 'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1', 'batch/v1': 'kubernetes-models/batch/v1' };

/** Validates one Kubernetes object with its kubernetes-models class. Returns problems as text. */
export async function validateKubernetesObject(object, where = 'object') {
  const module = MODULES[object?.apiVersion];
  if (!module) return [`${where}: unsupported apiVersion ${object?.apiVersion}`];
  const models = await import(module);
  const Model = models[object.kind];
  if (!Model) return [`${where}: unknown kind ${object.kind} in ${object.apiVersion}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${where}: ${object.kind}/${object.metadata?.name}: ${String(error.message ?? error).split('\n').slice(0, 6).join(' ')}`];
  }
}

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
}

/** Every object of every manifest under a folder (the kustomization file aside). */
export function kubernetesObjects(dir) {
  return yamlFiles(dir)
    .filter((file) => !file.endsWith('kustomization.yaml'))
    .flatMap((file) => parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => ({ file, object: doc.toJS() })))
    .filter(({ object }) => object);
}

/** The Dockerfile's essentials: several stages, `ARG APP`, a non-root user, a healthcheck. */
export function validateDockerfile(text) {
  const problems = [];
  if ((text.match(/^FROM\s/gm) ?? []).length < 2) problems.push('Dockerfile: not multi-stage');
  if (!/^ARG APP\b/m.test(text)) problems.push('Dockerfile: no ARG APP');
  const user = [...text.matchAll(/^USER\s+(\S+)/gm)].pop()?.[1];
  if (!user || user === 'root' || user === '0') problems.push('Dockerfile: the final stage does not run as a non-root user');
  if (!/^HEALTHCHECK\s/m.test(text)) problems.push('Dockerfile: no HEALTHCHECK');
  if (!/npm ci --omit=dev/.test(text)) problems.push('Dockerfile: production dependencies are not installed with --omit=dev');
  return problems;
}

export async function validateAll() {
  const problems = [];
  const compose = join(repoRoot, 'docker-compose.yml');
  problems.push(...validateCompose(compose));
  const objects = kubernetesObjects(join(repoRoot, 'deploy/k8s'));
  for (const { file, object } of objects) problems.push(...(await validateKubernetesObject(object, relative(repoRoot, file))));
  problems.push(...validateDockerfile(readFileSync(join(repoRoot, 'deploy/Dockerfile'), 'utf8')));

  const composeServices = Object.keys(parseAllDocuments(readFileSync(compose, 'utf8'))[0].toJS().services ?? {});
  const kustomization = readFileSync(join(repoRoot, 'deploy/k8s/kustomization.yaml'), 'utf8');
  for (const app of APPS) {
    if (!objects.some(({ object }) => object.kind === 'Deployment' && object.metadata?.name === app)) problems.push(`${app}: no Deployment`);
    if (!objects.some(({ object }) => object.kind === 'Service' && object.metadata?.name === app)) problems.push(`${app}: no Service`);
    if (!composeServices.includes(app)) problems.push(`${app}: no compose service`);
    if (!kustomization.includes(`apps/${app}.yaml`)) problems.push(`${app}: not in kustomization.yaml`);
    if (readFileSync(join(repoRoot, 'deploy/k8s/apps', `${app}.yaml`), 'utf8') !== kubernetesManifest(app)) problems.push(`${app}: deploy/k8s/apps/${app}.yaml differs from the generator (node tools/deploy/generate.mjs)`);
  }
  if (readFileSync(compose, 'utf8') !== composeFile()) problems.push('docker-compose.yml differs from the generator (node tools/deploy/generate.mjs)');
  return { problems, objects: objects.length, apps: APPS.length, composeServices: composeServices.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, objects, apps, composeServices } = await validateAll();
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(`deploy: ${objects} Kubernetes objects, ${composeServices} compose services, ${apps} apps checked — ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}
