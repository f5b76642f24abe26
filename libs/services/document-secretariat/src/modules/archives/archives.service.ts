import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ARCHIVE_ITEM_STATUS_LABELS,
  ARCHIVE_PART_LABELS,
  ArchiveErrors,
  ArchiveEvents,
  CommonDocumentErrors,
  RETENTION_LABELS,
  SECRECY_LABELS,
  type ArchiveHandoverView,
  type ArchiveItemInput,
  type ArchiveItemView,
  type ArchivePartRole,
  type ArchivePartView,
  type CreateArchiveHandover,
  type ExportArchiveCatalogue,
  type FileArchiveItems,
  type FileRef,
  type ListArchiveHandovers,
  type ListArchiveItems,
  type SecrecyLevel,
  type UpdateArchiveItem,
  type VoidArchiveItem,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, writeXlsx, XLSX_MEDIA_TYPE, type Tx } from '@gov/platform';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { formatArchiveCode } from './archive-code.js';
import { ARCHIVE_ITEM_MACHINE } from './archive-item-states.js';
import type { FondsRuleValue, OrganizationsRuleValue } from '@gov/contracts-document-secretariat';
import { ArchiveLegalRules } from './archive-legal-rules.service.js';
import { orderForNumbering } from './archive-numbering.js';
import { ARCHIVABLE_STATUS, archiveExclusion, catalogueDocNumber } from './archive-sources.js';
import { transition } from './state-machine.js';
import { conflictOnUnique } from './unique-violation.js';
import { visibleOr404 } from '../../common/rows.js';
import { ArchivesRepository, type HandoverRow, type ItemColumn, type ItemRow } from './archives.repository.js';
import { toHandoverView, toItemView } from './archives.views.js';

export const ARCHIVES_MANAGE = DocumentSecretariatPermissions.archivesManage;

/**
 * 立卷归档 (DA/T 22—2015): files completed documents as 件 with their parts, gives each a gap-free 件号 within its class
 * (全宗号·门类·年度·保管期限·机构) in the filing transaction, keeps the 归档文件目录, exports it as a spreadsheet, and
 * records hand-overs. Items are never deleted; a voided item keeps its 件号, which is never given again.
 */
@Injectable()
export class ArchivesService {
  constructor(
    private readonly archives: ArchivesRepository,
    private readonly transactions: Transactions,
    private readonly rules: ArchiveLegalRules,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly files: Files,
  ) {}

  async file(request: FileArchiveItems.Request, caller: CallerContext): Promise<FileArchiveItems.Reply> {
    this.requireManager(caller);
    const sources = new Set(request.items.map((i) => `${i.sourceKind}:${i.sourceId}`));
    if (sources.size !== request.items.length) throw new DomainError(ArchiveErrors.alreadyFiled, '同一文件在本次归档中出现了两次');
    return conflictOnUnique(
      () =>
        this.transactions.run(async (tx) => {
          const fondsRule = await this.rules.current('archives.fonds', undefined, tx);
          const fonds = fondsRule.value as unknown as FondsRuleValue;
          const organizations = (await this.rules.current('archives.organizations', undefined, tx)).value as unknown as OrganizationsRuleValue;
          if (!organizations.organizations.some((o) => o.code === request.organizationCode)) {
            throw new DomainError(
              ArchiveErrors.unknownOrganization,
              `机构（问题）代码 ${request.organizationCode} 不在代码表中（可用：${organizations.organizations.map((o) => `${o.code} ${o.name}`).join('、')}）`,
            );
          }
          const prepared: { input: ArchiveItemInput; source: Awaited<ReturnType<Registry['visible']>> }[] = [];
          for (const input of request.items) {
            const source = await this.registry.visible(input.sourceKind, input.sourceId, caller, tx);
            if (!ARCHIVABLE_STATUS[input.sourceKind].includes(source.status)) {
              throw new DomainError(
                ArchiveErrors.sourceNotArchivable,
                `“${source.title}”的状态为“${source.statusLabel}”：${input.sourceKind === 'incoming' ? '收文须办结后' : '发文须核发后'}才能归档（《党政机关公文处理工作条例》第二十六条）`,
              );
            }
            if (input.sourceKind === 'incoming') {
              const facts = await this.archives.incomingFilingFacts(input.sourceId, tx.manager);
              const exclusion = facts && archiveExclusion({ kind: 'incoming', generalDistribution: facts.general_distribution, actedOn: facts.acted_on });
              if (exclusion) {
                throw new DomainError(ArchiveErrors.notToBeFiled, `“${source.title}”是${exclusion}`, [
                  { field: 'items.sourceId', code: ArchiveErrors.notToBeFiled.code, message: `来源文件：${exclusion}` },
                ]);
              }
            }
            if (input.sourceKind === 'outgoing' && !input.finalDraft) {
              throw new DomainError(ArchiveErrors.missingPart, `发文“${source.title}”须同时归档正本和定稿（DA/T 22—2015：正本与定稿为一件）`);
            }
            const filed = await this.archives.filedItemOf(input.sourceKind, input.sourceId, tx.manager);
            if (filed) throw new DomainError(ArchiveErrors.alreadyFiled, `“${source.title}”已归档，档号 ${filed.archive_code}`);
            prepared.push({ input, source });
          }
          const views: ArchiveItemView[] = [];
          for (const { input, source } of orderForNumbering(prepared.map((p) => ({ ...p, matter: p.input.matter, documentDate: p.input.documentDate })))) {
            const itemNumber = await this.nextItemNumber(tx, fonds, request);
            const archiveCode = formatArchiveCode({ ...fonds, year: request.year, retention: request.retention, organizationCode: request.organizationCode, itemNumber });
            const id = randomUUID();
            const secrecyLevel = source.secrecyLevel;
            const parts: ArchivePartView[] = [];
            const attach = async (refs: readonly FileRef[], role: ArchivePartRole) => {
              for (const ref of await this.files.attach(tx, caller, { kind: 'archive_item', id, secrecyLevel }, refs, role)) parts.push({ ...ref, role, roleLabel: ARCHIVE_PART_LABELS[role] });
            };
            await attach([input.original], 'original');
            if (input.finalDraft) await attach([input.finalDraft], 'final_draft');
            await attach([input.processingSheet], 'processing_sheet');
            await attach(input.attachments ?? [], 'attachment');
            const now = new Date();
            const row: ItemRow = {
              id,
              archive_code: archiveCode,
              fonds_code: fonds.fondsCode,
              category_code: fonds.categoryCode,
              year: request.year,
              retention: request.retention,
              organization_code: request.organizationCode,
              item_number: itemNumber,
              source_kind: input.sourceKind,
              source_id: input.sourceId,
              doc_number: catalogueDocNumber(input.sourceKind, source.docNumber),
              title: source.title,
              responsible: input.responsible.trim(),
              document_date: input.documentDate,
              pages: input.pages,
              matter: input.matter?.trim() || null,
              remark: input.remark?.trim() || null,
              parts,
              status: 'filed',
              void_reason: null,
              voided_by: null,
              handover_id: null,
              rule_id: fondsRule.id,
              secrecy_level: secrecyLevel,
              unit_ids: [],
              user_ids: [],
              ...firstVersion(caller, now),
            };
            await this.archives.insertItem(row, tx.manager);
            await this.index(tx, row);
            await this.timeline.append(tx, caller, {
              kind: 'archive_item',
              id,
              action: 'archive.filed',
              label: '归档',
              note: `档号 ${archiveCode}`,
              detail: { archiveCode, sourceKind: input.sourceKind, sourceId: input.sourceId, parts: parts.map((p) => ({ role: p.role, fileId: p.fileId, sha256: p.sha256 })) },
            });
            // The source's own history says where it went.
            await this.timeline.append(tx, caller, { kind: input.sourceKind, id: input.sourceId, action: 'archive.filed', label: '立卷归档', note: `档号 ${archiveCode}`, detail: { archiveItemId: id } });
            const view = toItemView(row);
            await tx.emit(ArchiveEvents.filed, view);
            views.push(view);
          }
          return { items: views };
        }),
      { archive_item_source_idx: { spec: ArchiveErrors.alreadyFiled, detail: '本次归档的文件刚刚已被他人归档' } },
    );
  }

  async get(id: string, caller: CallerContext): Promise<ArchiveItemView> {
    return toItemView(await this.visibleItem(id, caller));
  }

  async list(request: ListArchiveItems.Request, caller: CallerContext): Promise<ListArchiveItems.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.archives.searchItems(request, caller, page);
    return { items: rows.map(toItemView), total, ...page };
  }

  async update(request: UpdateArchiveItem.Request, caller: CallerContext): Promise<ArchiveItemView> {
    this.requireManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.visibleItem(request.id, caller, tx);
      this.assertEditable(row);
      transition(ARCHIVE_ITEM_MACHINE, row.status, 'correct');
      this.assertVersion(row, request.expectedVersion);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const next: ItemRow = { ...row };
      const set = <K extends 'title' | 'responsible' | 'pages' | 'remark'>(key: K, value: ItemRow[K] | undefined) => {
        if (value === undefined || value === row[key]) return;
        changes[key] = { from: row[key], to: value };
        next[key] = value;
      };
      set('title', request.title?.trim());
      set('responsible', request.responsible?.trim());
      set('pages', request.pages);
      set('remark', request.remark === undefined ? undefined : request.remark.trim() || null);
      if (!Object.keys(changes).length) return toItemView(row);
      Object.assign(next, { version: row.version + 1, updated_by: caller.username, updated_at: new Date() });
      await this.saveVersion(tx, next, row.version, ['title', 'responsible', 'pages', 'remark']);
      await this.timeline.append(tx, caller, { kind: 'archive_item', id: row.id, action: 'archive.corrected', label: '修改著录项', detail: { changes } });
      const view = toItemView(next);
      await tx.emit(ArchiveEvents.updated, view);
      return view;
    });
  }

  async void(request: VoidArchiveItem.Request, caller: CallerContext): Promise<ArchiveItemView> {
    this.requireManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.visibleItem(request.id, caller, tx);
      this.assertEditable(row);
      const status = transition(ARCHIVE_ITEM_MACHINE, row.status, 'void');
      this.assertVersion(row, request.expectedVersion);
      const next: ItemRow = { ...row, status, void_reason: request.reason.trim(), voided_by: caller.username, version: row.version + 1, updated_by: caller.username, updated_at: new Date() };
      await this.saveVersion(tx, next, row.version, ['status', 'void_reason', 'voided_by']);
      await this.timeline.append(tx, caller, {
        kind: 'archive_item',
        id: row.id,
        action: 'archive.voided',
        label: '作废',
        note: next.void_reason,
        detail: { archiveCode: row.archive_code, itemNumberKept: row.item_number },
      });
      const view = toItemView(next);
      await tx.emit(ArchiveEvents.voided, view);
      return view;
    });
  }

  /** The 归档文件目录 of one year (and optionally one 保管期限 and 机构) as an .xlsx, with the DA/T 22—2015 columns. */
  async exportCatalogue(request: ExportArchiveCatalogue.Request, caller: CallerContext): Promise<ExportArchiveCatalogue.Reply> {
    const rows = await this.archives.catalogue(request, caller);
    const content = writeXlsx({
      name: '归档文件目录',
      header: ['档号', '文号', '责任者', '题名', '日期', '页数', '密级', '备注'],
      rows: rows.map((r) => [
        r.archive_code,
        r.doc_number,
        r.responsible,
        r.title,
        r.document_date.replace(/-/g, ''),
        r.pages,
        r.secrecy_level ? SECRECY_LABELS[r.secrecy_level as SecrecyLevel] : '',
        r.status === 'voided' ? `已作废（${r.void_reason}），件号保留不再使用` : (r.remark ?? ''),
      ]),
      widths: [30, 22, 24, 60, 10, 6, 6, 30],
    });
    const scope = [String(request.year), request.retention ? RETENTION_LABELS[request.retention] : null, request.organizationCode ?? null].filter(Boolean).join('-');
    return { filename: `归档文件目录-${scope}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  async handOver(request: CreateArchiveHandover.Request, caller: CallerContext): Promise<ArchiveHandoverView> {
    this.requireManager(caller);
    const itemIds = [...new Set(request.itemIds)];
    return this.transactions.run(async (tx) => {
      const id = randomUUID();
      const items: ItemRow[] = [];
      for (const itemId of itemIds) {
        const row = await this.visibleItem(itemId, caller, tx);
        if (row.status === 'handed_over') throw new DomainError(ArchiveErrors.handedOver, `档号 ${row.archive_code} 已移交`);
        transition(ARCHIVE_ITEM_MACHINE, row.status, 'hand_over');
        items.push(row);
      }
      items.sort((a, b) => a.archive_code.localeCompare(b.archive_code));
      const secrecyLevel = Math.max(...items.map((i) => i.secrecy_level));
      const [signature] = await this.files.attach(tx, caller, { kind: 'archive_handover', id, secrecyLevel }, [request.receiverSignature], 'receiver_signature');
      const now = new Date();
      const row: HandoverRow = {
        id,
        from_party: request.fromParty?.trim() || '博山区人民政府办公室',
        to_party: request.toParty.trim(),
        handed_over_on: request.handedOverOn,
        receiver_name: request.receiverName.trim(),
        receiver_signature: signature,
        item_count: items.length,
        note: request.note?.trim() || null,
        secrecy_level: secrecyLevel,
        unit_ids: [],
        user_ids: [],
        created_by: caller.username,
        created_at: now,
      };
      await this.archives.insertHandover(row, tx.manager);
      for (const [position, item] of items.entries()) {
        await this.archives.addHandoverItem(id, item.id, position + 1, tx.manager);
        const next: ItemRow = { ...item, status: 'handed_over', handover_id: id, version: item.version + 1, updated_by: caller.username, updated_at: now };
        await this.saveVersion(tx, next, item.version, ['status', 'handover_id']);
        await this.timeline.append(tx, caller, { kind: 'archive_item', id: item.id, action: 'archive.handed_over', label: '移交', note: `移交${row.to_party}，接收人 ${row.receiver_name}`, detail: { handoverId: id } });
      }
      await this.registry.put(tx, {
        kind: 'archive_handover',
        id,
        title: `向${row.to_party}移交归档文件 ${row.item_count} 件`,
        status: 'recorded',
        statusLabel: '已移交',
        secrecyLevel,
        unitIds: [],
        userIds: [],
        year: Number(row.handed_over_on.slice(0, 4)),
        createdAt: now,
        updatedAt: now,
      });
      await this.timeline.append(tx, caller, {
        kind: 'archive_handover',
        id,
        action: 'archive_handover.recorded',
        label: '移交登记',
        note: `${row.from_party} → ${row.to_party}，${row.item_count} 件，接收人 ${row.receiver_name}`,
        detail: { itemIds: items.map((i) => i.id), receiverSignature: { fileId: signature.fileId, sha256: signature.sha256 } },
      });
      const view = toHandoverView(row, items);
      await tx.emit(ArchiveEvents.handedOver, view);
      return view;
    });
  }

  async getHandover(id: string, caller: CallerContext): Promise<ArchiveHandoverView> {
    const row = visibleOr404(await this.archives.findHandover(id), caller, { spec: ArchiveErrors.handoverNotFound, detail: '移交记录不存在或无权查看' });
    return toHandoverView(row, await this.archives.handoverItems(id));
  }

  async listHandovers(request: ListArchiveHandovers.Request, caller: CallerContext): Promise<ListArchiveHandovers.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.archives.searchHandovers(caller, page);
    const items: ArchiveHandoverView[] = [];
    for (const row of rows) items.push(toHandoverView(row, await this.archives.handoverItems(row.id)));
    return { items, total, ...page };
  }

  /** The next 件号 of the class, in the caller's transaction: one upsert, so concurrent filers queue and a rollback gives the number back. */
  private async nextItemNumber(tx: Tx, fonds: FondsRuleValue, request: FileArchiveItems.Request): Promise<number> {
    const next = await this.archives.nextItemNumber(fonds, request, tx.manager);
    if (next === null) throw new DomainError(ArchiveErrors.numberExhausted, `${request.year} 年 ${request.retention}-${request.organizationCode} 类的件号已用到 9999`);
    return next;
  }

  private async visibleItem(id: string, caller: CallerContext, tx?: Tx): Promise<ItemRow> {
    return visibleOr404(await this.archives.findItem(id, tx?.manager, !!tx), caller, { spec: ArchiveErrors.notFound, detail: '归档文件不存在或无权查看' });
  }

  private assertEditable(row: ItemRow): void {
    if (row.status === 'handed_over') throw new DomainError(ArchiveErrors.handedOver, `档号 ${row.archive_code} 已移交，不能修改或作废`);
  }

  private assertVersion(row: ItemRow, expectedVersion: number): void {
    if (row.version !== expectedVersion) {
      throw new DomainError(CommonDocumentErrors.versionConflict, `归档文件已被他人修改（当前版本 ${row.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
    }
  }

  private async saveVersion(tx: Tx, next: ItemRow, expectedVersion: number, columns: readonly ItemColumn[]): Promise<void> {
    if (!(await this.archives.saveItemIfVersion(next, expectedVersion, columns, tx.manager))) throw new DomainError(CommonDocumentErrors.versionConflict, '归档文件已被他人修改，请刷新后重试');
    await this.index(tx, next);
  }

  private async index(tx: Tx, row: ItemRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'archive_item',
      id: row.id,
      title: row.title,
      docNumber: row.doc_number,
      status: row.status,
      statusLabel: ARCHIVE_ITEM_STATUS_LABELS[row.status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: row.year,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private requireManager(caller: CallerContext): void {
    if (!hasPermission(caller, ARCHIVES_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科档案管理人员可以立卷归档');
  }
}
