import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { BulletinErrors, type BulletinView, type RenderBulletinPdf } from '@gov/contracts-information';
import { DomainError, fontSubstitutions, resolveFonts, type FontFace } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { BulletinsService } from '../bulletins.service.js';
import { layoutBulletin, type BulletinContent, type FontRole } from './bulletin-layout.js';
import { renderBulletinPdf } from './bulletin-pdf.js';

/** What an issue prints from its view; each item's source is its reporting unit (a 综合 item is 信息科's). */
export function printContentOf(view: BulletinView, unitNames: Map<string, string>): BulletinContent {
  return {
    label: view.label,
    theme: view.theme,
    editorNote: view.editorNote,
    releasedOn: view.releasedOn,
    released: view.status === 'released',
    items: view.items.map((i) => ({ title: i.title, body: i.body, source: i.unitId ? (unitNames.get(i.unitId) ?? '报送单位') : '信息科综合' })),
    distribution: view.distribution,
  };
}

/** The printable issue of 《博山政务信息》 (PDF), for whoever may see the issue. */
@Injectable()
export class BulletinPrintService {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly units: UnitDirectory,
  ) {}

  async pdf(request: RenderBulletinPdf.Request, caller: CallerContext): Promise<RenderBulletinPdf.Reply> {
    const view = await this.bulletins.get(request.id, caller);
    const { faces, missing } = resolveFonts();
    if (missing.length) throw new DomainError(BulletinErrors.fontsMissing, `服务器未安装期刊排版所需字体（${missing.join('、')}）：请安装 fonts-noto-cjk`);
    const directory = await this.units.findByIds(view.items.flatMap((i) => (i.unitId ? [i.unitId] : [])));
    const names = new Map([...directory].map(([id, unit]) => [id, unit.name]));
    const pages = layoutBulletin(printContentOf(view, names));
    const all = faces as Record<FontRole, FontFace>;
    const title = `《博山政务信息》${view.label ?? '（未签发）'}`;
    const pdf = await renderBulletinPdf(pages, all, { title, subject: view.theme ?? view.kindLabel, createdAt: new Date(view.updatedAt) });
    const filename = `博山政务信息-${view.label ?? `未签发-${view.id.slice(0, 8)}`}.pdf`.replace(/[\\/:*?"<>|]/g, '_');
    return { filename, mediaType: 'application/pdf', pages: pages.length, released: view.status === 'released', fontSubstitutions: fontSubstitutions(all), contentBase64: pdf.toString('base64') };
  }
}
