import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { OutgoingErrors, SECRECY_LABELS, URGENCY_LABELS, type OutgoingDocumentView, type OutgoingStatus, type RenderOutgoingPdf, type SecrecyLevel } from '@gov/contracts-document-secretariat';
import { DomainError, fontSubstitutions, resolveFonts, type FontFace } from '@gov/platform';
import { BodyVersions } from '../../../common/body-versions.js';
import { OutgoingWorkflow } from '../outgoing-workflow.js';
import { layoutOfficialDocument, type FontRole, type OfficialDocumentContent } from './gbt9704-layout.js';
import { renderPdf } from './official-pdf.js';

/** 草稿 while it is being drafted, 征求意见稿 while it is reviewed or countersigned; from 签发 on, the document itself. */
export function draftMarkOf(status: OutgoingStatus): string | null {
  if (status === 'drafting') return '草稿';
  if (status === 'reviewing' || status === 'reviewed' || status === 'countersigning') return '征求意见稿';
  return null;
}

/** What a 公文 prints from its record and its current body version. */
export function printContentOf(view: OutgoingDocumentView, body: string): OfficialDocumentContent {
  const secrecyLevel = view.secrecyLevel as SecrecyLevel;
  const secrecy = secrecyLevel > 0 ? `${SECRECY_LABELS[secrecyLevel]}${view.secrecyPeriod ? `★${view.secrecyPeriod}` : ''}` : null;
  const urgency = view.urgency === 'urgent' || view.urgency === 'very_urgent' ? URGENCY_LABELS[view.urgency] : null;
  const printed = view.printedAt ?? view.issuedAt ?? null;
  return {
    issuingBody: view.issuingBody,
    docNumber: view.docNumber ?? null,
    upward: view.upward,
    signerName: view.upward ? (view.signerName ?? null) : null,
    copyNumber: secrecyLevel > 0 ? (view.copyNumber ?? view.copyNumberFrom ?? null) : null,
    secrecy,
    urgency,
    title: view.title,
    mainRecipients: view.mainRecipients.map((r) => r.name),
    body,
    attachments: view.attachments.map((a) => a.filename.replace(/\.[A-Za-z0-9]{1,5}$/, '')),
    writtenDate: view.writtenDate ?? null,
    copyRecipients: view.copyRecipients.map((r) => r.name),
    printingBody: /办公室$/.test(view.issuingBody) ? view.issuingBody : `${view.issuingBody}办公室`,
    printedDate: printed ? printed.slice(0, 10) : null,
    draftMark: draftMarkOf(view.status),
  };
}

/** The print-ready 公文 (GB/T 9704-2012) of an outgoing document the caller may see. */
@Injectable()
export class OutgoingPrintService {
  constructor(
    private readonly workflow: OutgoingWorkflow,
    private readonly versions: BodyVersions,
  ) {}

  async pdf(request: RenderOutgoingPdf.Request, caller: CallerContext): Promise<RenderOutgoingPdf.Reply> {
    const view = await this.workflow.viewOf(await this.workflow.visible(request.id, caller));
    const body = (await this.versions.latest({ kind: 'outgoing', id: view.id }))?.text ?? '';
    const { faces, missing } = resolveFonts();
    if (missing.length) throw new DomainError(OutgoingErrors.fontsMissing, `服务器未安装公文字体（${missing.join('、')}）：请安装 fonts-noto-cjk`);
    const content = printContentOf(view, body);
    const pages = layoutOfficialDocument(content);
    const all = faces as Record<FontRole, FontFace>;
    const pdf = await renderPdf(pages, all, { title: view.title, author: view.issuingBody, subject: view.docNumber ?? '', createdAt: new Date(view.updatedAt) });
    const name = `${view.docNumber ?? view.title}${content.draftMark ? `（${content.draftMark}）` : ''}.pdf`.replace(/[\\/:*?"<>|]/g, '_');
    return { filename: name, mediaType: 'application/pdf', pages: pages.length, draftMark: content.draftMark, fontSubstitutions: fontSubstitutions(all), contentBase64: pdf.toString('base64') };
  }
}
