import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianLicences, licenceOfText } from './build.mjs';
import { licenceReport } from './licences.mjs';

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'copyright-')), 'copyright');
  writeFileSync(path, text);
  return path;
};

describe('the images’ licences (SBOM and the compliance report)', () => {
  it('reads a licence from a LICENSE file when package.json names none (png-js under pdfkit)', () => {
    expect(licenceOfText('MIT License\n\nCopyright (c) 2017 Devon Govett\n\nPermission is hereby granted, free of charge, …')).toBe('MIT');
    expect(licenceOfText('ISC License\n\nCopyright …')).toBe('ISC');
    expect(licenceOfText('                                 Apache License\n                           Version 2.0, January 2004')).toBe('Apache-2.0');
    expect(licenceOfText('All rights reserved.')).toBeUndefined();
  });

  it('takes a Debian package’s licence from the files it ships, not from its packaging', () => {
    const dep5 = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: Adobe\nLicense: SIL-1.1\n\nFiles: debian/*\nCopyright: someone\nLicense: GPL-3+\n\nLicense: SIL-1.1\n text\n';
    expect(debianLicences(file(dep5))).toEqual(['SIL-1.1']);
    expect(debianLicences(file('This is the Debian prepackaged version.\n\nARPHIC PUBLIC LICENSE\n\nCopyright (C) 1999\n'))).toEqual(['LicenseRef-Arphic-Public-License']);
    expect(debianLicences(file('GCC RUNTIME LIBRARY EXCEPTION\nGNU General Public License'))).toEqual(['GPL-3.0-or-later WITH GCC-exception-3.1']);
  });

  it('blocks a component without a licence and explains the fonts’ licences', () => {
    const sbom = (components: object[]) => ({ components });
    const report = licenceReport({
      'document-secretariat': sbom([
        { name: 'no-licence', version: '1.0.0', licenses: [] },
        { name: 'fonts-noto-cjk', version: '1:20220127+repack1-1', purl: 'pkg:deb/debian/fonts-noto-cjk', licenses: [{ expression: 'SIL-1.1' }] },
        { name: 'fonts-arphic-ukai', version: '0.2.20080216.2-5', purl: 'pkg:deb/debian/fonts-arphic-ukai', licenses: [{ expression: 'LicenseRef-Arphic-Public-License' }] },
        { name: 'png-js', version: '2.0.0', licenses: [{ license: { id: 'MIT' } }] },
      ]),
    });
    expect(report.blocking.map((b: { id: string }) => b.id)).toEqual(['no-licence@1.0.0']);
    expect(report.flagged.map((f: { id: string; why: string }) => [f.id, f.why.split(' ')[0]])).toEqual([
      ['fonts-noto-cjk@1:20220127+repack1-1', 'SIL'],
      ['fonts-arphic-ukai@0.2.20080216.2-5', 'Arphic'],
    ]);
  });
});
