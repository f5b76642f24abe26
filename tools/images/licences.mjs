// The licence report over the images' SBOMs, for a government buyer's 信创/compliance review: every licence with
// the components under it, and what such a review asks about, flagged:
//  - blocking (the build fails): no licence at all, UNLICENSED/proprietary, or a network copyleft licence (AGPL,
//    SSPL) or a non-open one (BUSL, Commons Clause, Elastic);
//  - to explain: strong copyleft (GPL) and weak copyleft (LGPL, MPL, EPL, CDDL) — in these images only glibc and
//    the GCC runtime libraries, linked dynamically and unmodified, under the GCC runtime library exception —
//    and packages known to phone home (telemetry) or fetch code at install time; uncommon permissive licences
//    (BlueOak, Python-2.0) and public-domain dedications (Unlicense, CC0), which a reviewer reads once.
const BLOCKING = [/^$/, /UNLICENSED|proprietary|SEE LICENSE IN/i, /AGPL|SSPL/i, /BUSL|Commons-Clause|Elastic/i];
const COPYLEFT = [/\bGPL/i, /LGPL/i, /MPL/i, /EPL/i, /CDDL/i, /EUPL/i];
/** The licences every review accepts without a question. */
const COMMON = /^(\(?(MIT|ISC|Apache-2\.0|BSD-2-Clause|BSD-3-Clause|0BSD)\)?(\s+(OR|AND)\s+)?)+$/;
/** Packages with behaviour a security review asks about, whatever their licence. */
const BEHAVIOUR = {
  '@scarf/scarf': 'install-time telemetry (an HTTP call to scarf.sh from its install script); the images are built with --ignore-scripts, so it never runs, and the code never calls it',
};

/** Licences a reviewer asks about once, with the answer (the 公文 fonts of document-secretariat's image). */
const EXPLAINED = {
  'SIL-1.1': 'SIL Open Font License 1.1 (Noto CJK): free to use, embed in documents (the 公文 PDF embeds subsets) and redistribute with the software; the fonts alone may not be sold',
  'LicenseRef-Arphic-Public-License': 'Arphic Public License (AR PL UKai, the 楷体 substitute): free to use and redistribute unmodified, modified copies under the same licence; embedding in documents is allowed',
};

const licencesOf = (component) =>
  (component.licenses ?? []).map((l) => l.expression ?? l.license?.id ?? l.license?.name ?? '').filter(Boolean);

export function licenceReport(sboms) {
  const byLicence = new Map();
  const flagged = [];
  const blocking = [];
  const seen = new Set();
  for (const [app, sbom] of Object.entries(sboms)) {
    for (const component of sbom.components) {
      const id = `${component.name}@${component.version}`;
      const licences = licencesOf(component);
      const key = licences.length ? licences.join(' AND ') : '(none)';
      if (!byLicence.has(key)) byLicence.set(key, new Map());
      const apps = byLicence.get(key).get(id) ?? new Set();
      apps.add(app);
      byLicence.get(key).set(id, apps);
      if (seen.has(id)) continue;
      seen.add(id);
      const text = licences.join(' ');
      if (BLOCKING.some((re) => re.test(text))) blocking.push({ id, licence: key, why: 'no licence, not open source, or network copyleft' });
      else if (COPYLEFT.some((re) => re.test(text))) {
        const deb = component.purl?.startsWith('pkg:deb/');
        flagged.push({ id, licence: key, why: deb ? 'copyleft Debian runtime library: linked dynamically by node, unmodified; source at Debian (snapshot.debian.org); GCC runtime library exception for libgcc/libstdc++' : 'copyleft: check the package is used unmodified and its notice shipped' });
      }
      else if (EXPLAINED[key]) flagged.push({ id, licence: key, why: EXPLAINED[key] });
      else if (!COMMON.test(text)) flagged.push({ id, licence: key, why: /Unlicense|CC0|WTFPL/i.test(text) ? 'public-domain dedication: some legal reviews want a licence with a warranty disclaimer under PRC law; it is permissive' : 'permissive but uncommon: give the reviewer its text (in the package)' });
      if (BEHAVIOUR[component.name]) flagged.push({ id, licence: key, why: BEHAVIOUR[component.name] });
    }
  }
  const lines = ['# Licence report of the images', '', `Images: ${Object.keys(sboms).join(', ')}. Components: ${seen.size}.`, ''];
  lines.push('## Needs a decision (blocks the build)', '', ...(blocking.length ? blocking.map((b) => `- ${b.id}: ${b.licence} — ${b.why}`) : ['- none']), '');
  lines.push('## To explain to a 信创/compliance review', '', ...(flagged.length ? flagged.map((f) => `- ${f.id}: ${f.licence} — ${f.why}`) : ['- none']), '');
  lines.push(
    '## Also asked in such a review',
    '',
    '- Origin: every component is open source from Debian (bookworm) and the npm registry; none is a commercial or export-restricted product. Node bundles OpenSSL 3, which provides the national algorithms SM3/SM4 that the platform uses for field encryption.',
    '- The base is Debian, not a domestic OS: a 信创 installation rebuilds the same Dockerfile with NODE_IMAGE on its own Debian-compatible base (openEuler, Kylin or UOS with Node 24) — the runtime image takes only node and glibc from it.',
    '',
    '## Licences',
    '',
    '| licence | components | in images |',
    '|---|---|---|',
  );
  for (const [licence, components] of [...byLicence].sort((a, b) => b[1].size - a[1].size)) {
    const apps = new Set([...components.values()].flatMap((s) => [...s]));
    lines.push(`| ${licence.replace(/\|/g, '\\|')} | ${components.size}: ${[...components.keys()].slice(0, 12).join(', ')}${components.size > 12 ? ', …' : ''} | ${apps.size} |`);
  }
  const summary = `${seen.size} components, ${byLicence.size} licence expressions, ${blocking.length} blocking, ${flagged.length} flagged`;
  return { markdown: `${lines.join('\n')}\n`, summary, blocking, flagged };
}
