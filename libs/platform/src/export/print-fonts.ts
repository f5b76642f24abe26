import { existsSync } from 'node:fs';

/**
 * The faces of printed government papers (the 公文 of GB/T 9704-2012, 《博山政务信息》) and where Debian puts them: one
 * list for every service that prints, first found wins. Pure: no PDF library here (each printing service draws with its
 * own renderer, so that the others' images do not carry one).
 *
 * The standard's faces (方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体) are not free; an operator who holds a licence
 * installs them under /usr/share/fonts/truetype/gov/ and they are used first. Otherwise the free substitutes (README,
 * "公文字体"):
 * - 仿宋 → Noto Serif CJK SC (fonts-noto-cjk). Debian's only 仿宋 face, cwTeX 仿宋 (fonts-cwtex-fs), is drawn for Big5: it
 *   lacks most simplified characters (25 of a 64-character sample of a 通知: 兴县办关进强…), so it cannot set a simplified 公文;
 * - 小标宋 → Noto Serif CJK SC Bold; 黑体 → Noto Sans CJK SC; 宋体 → Noto Serif CJK SC;
 * - 楷体 → AR PL UKai CN (fonts-arphic-ukai; in the collection its PostScript name is `UKaiCN`), else the 仿宋 substitute.
 */
export type FontRole = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti';

/** A face in a font file (a collection names the face by its PostScript name). */
export interface FontFace {
  path: string;
  family?: string;
}

export const FONT_CANDIDATES: Record<FontRole, FontFace[]> = {
  fangsong: [{ path: '/usr/share/fonts/truetype/gov/fangsong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' }],
  xiaobiaosong: [{ path: '/usr/share/fonts/truetype/gov/xiaobiaosong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', family: 'NotoSerifCJKsc-Bold' }],
  heiti: [{ path: '/usr/share/fonts/truetype/gov/heiti.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }],
  kaiti: [
    { path: '/usr/share/fonts/truetype/gov/kaiti.ttf' },
    { path: '/usr/share/fonts/truetype/arphic/ukai.ttc', family: 'UKaiCN' },
    { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' },
  ],
  songti: [{ path: '/usr/share/fonts/truetype/gov/songti.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' }],
};

/** The face used for each role on this machine, or the roles none of whose candidates is installed. */
export function resolveFonts(candidates: Record<FontRole, FontFace[]> = FONT_CANDIDATES): { faces: Partial<Record<FontRole, FontFace>>; missing: FontRole[] } {
  const faces: Partial<Record<FontRole, FontFace>> = {};
  const missing: FontRole[] = [];
  for (const role of Object.keys(candidates) as FontRole[]) {
    const face = candidates[role].find((c) => existsSync(c.path));
    if (face) faces[role] = face;
    else missing.push(role);
  }
  return { faces, missing };
}

/** The substitutions in use, for the reader (the standard's faces are not free): `仿宋 → NotoSerifCJKsc-Regular`. */
export function fontSubstitutions(faces: Record<FontRole, FontFace>): string[] {
  const named: Record<FontRole, string> = { fangsong: '仿宋', xiaobiaosong: '小标宋', heiti: '黑体', kaiti: '楷体', songti: '宋体' };
  return (Object.keys(named) as FontRole[]).filter((role) => !faces[role].path.includes('/gov/')).map((role) => `${named[role]} → ${faces[role].family ?? faces[role].path}`);
}
