import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  BULLETIN_STATUS_LABELS,
  BulletinChanged,
  BulletinErrors,
  BulletinEvents,
  type BulletinView,
  type CreateBulletin,
  type ExportBulletinList,
  type ListBulletins,
  type ReviewBulletin,
  type SendBackBulletin,
  type SignBulletin,
  type SubmitBulletin,
  type UpdateBulletin,
  type WithdrawBulletin,
} from '@gov/contracts-information';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { bulletinTaskChange } from '../../common/tasks.js';
import { SubmissionsRepository } from '../submissions/submissions.repository.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { canManageBulletins, canReviewBulletins, canSeeBulletin, canSignBulletins } from './bulletins.policy.js';
import { BulletinsRepository, type BulletinRow } from './bulletins.repository.js';
import { canTake, labelOf, nextNumber, statusAfter, yearOf, type BulletinStep } from './bulletins.rules.js';
import { snapshotOf, toBulletinView, type DraftItem } from './bulletins.views.js';

const refused = (field: string, message: string) => new DomainError(CommonErrors.validationFailed, message, [{ field, code: 'minLength', message: `${field}：${message}` }]);

/**
 * 《博山政务信息》: 信息科 builds an issue from accepted items, the chief reviews it (审核), the office's leader signs it
 * (签发): then it takes the next 期号 of its year and kind, its items' text is frozen, each item gets its 区刊 adoption,
 * and it never changes again.
 */
@Injectable()
export class BulletinsService {
  constructor(
    private readonly bulletins: BulletinsRepository,
    private readonly submissionRows: SubmissionsRepository,
    private readonly submissions: SubmissionsService,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    if (!canManageBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以编辑期刊');
    const itemIds = [...new Set(request.itemIds)];
    const id = await this.transactions.run(async (tx) => {
      await this.submissions.requireAccepted(itemIds, tx);
      const now = new Date();
      const row: BulletinRow = {
        id: randomUUID(),
        kind: request.kind,
        theme: request.theme?.trim() || null,
        editorNote: request.editorNote?.trim() || null,
        year: null,
        number: null,
        status: 'draft',
        itemIds,
        reviewedBy: null,
        reviewedAt: null,
        signedBy: null,
        releasedOn: null,
        distribution: [],
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.bulletins.insert(row, tx.manager);
      await this.bulletins.insertStep({ bulletinId: row.id, step: 'create', status: 'draft', note: null, actor: caller.username, at: now }, tx.manager);
      await tx.emit(BulletinEvents.created, snapshotOf(row), undefined, BulletinChanged.Event);
      return row.id;
    });
    return this.view(id);
  }

  update(request: UpdateBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      if (!canManageBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以编辑期刊');
      const itemIds = [...new Set(request.itemIds)];
      await this.submissions.requireAccepted(itemIds, tx);
      Object.assign(row, { kind: request.kind, theme: request.theme?.trim() || null, editorNote: request.editorNote?.trim() || null, itemIds });
      return { event: BulletinEvents.updated, note: `编入 ${itemIds.length} 条信息` };
    });
  }

  submit(request: SubmitBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', async () => {
      if (!canManageBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以送审期刊');
      return { event: BulletinEvents.submitted, note: null };
    });
  }

  review(request: ReviewBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    return this.step(request.id, request.expectedVersion, caller, 'review', async (row, _tx, now) => {
      if (!canReviewBulletins(caller)) throw new DomainError(BulletinErrors.reviewerRequired, '期刊审核须由信息科科长办理');
      Object.assign(row, { reviewedBy: caller.username, reviewedAt: now, reason: null });
      return { event: BulletinEvents.reviewed, note: request.note?.trim() || null };
    });
  }

  sendBack(request: SendBackBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '退回须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'send-back', async (row) => {
      if (!canReviewBulletins(caller) && !canSignBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '只有审核人或签发人可以退回期刊');
      Object.assign(row, { reason, reviewedBy: null, reviewedAt: null });
      return { event: BulletinEvents.sentBack, note: reason };
    });
  }

  /** 签发: the next gap-free 期号 of the year and kind, the items' text frozen, each item's 区刊 adoption; immutable thereafter. */
  sign(request: SignBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    return this.step(request.id, request.expectedVersion, caller, 'sign', async (row, tx) => {
      if (!canSignBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '期刊须由办公室领导签发');
      const published = await this.bulletins.published(row.itemIds, tx.manager);
      if (published.length) {
        const first = published[0];
        throw new DomainError(BulletinErrors.itemAlreadyPublished, `有信息已刊登于《博山政务信息》${labelOf(first.kind, first.year, first.number)}，不能重复刊登`);
      }
      const year = yearOf(request.releasedOn);
      const number = nextNumber(await this.bulletins.takenNumbers(year, row.kind, tx.manager));
      const label = labelOf(row.kind, year, number)!;
      const items = await this.submissions.adoptInBulletin(tx, row.itemIds, `《博山政务信息》${label}`, request.releasedOn, caller);
      for (const [index, item] of items.entries()) {
        await this.bulletins.insertItem({ bulletinId: row.id, position: index + 1, submissionId: item.id, title: item.title, body: item.body, unitId: item.unitId }, tx.manager);
      }
      Object.assign(row, { year, number, releasedOn: request.releasedOn, signedBy: caller.username, distribution: request.distribution.map((d) => d.trim()).filter(Boolean) });
      return { event: BulletinEvents.released, note: `签发《博山政务信息》${label}，分送：${row.distribution.join('、')}` };
    });
  }

  withdraw(request: WithdrawBulletin.Request, caller: CallerContext): Promise<BulletinView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '撤回须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      if (!canManageBulletins(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以撤回期刊');
      row.reason = reason;
      return { event: BulletinEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<BulletinView> {
    const row = await this.bulletins.findById(id);
    if (!row || !canSeeBulletin(caller, row.status)) throw new DomainError(BulletinErrors.notFound, '期刊不存在或无权查看');
    return this.view(id);
  }

  async list(request: ListBulletins.Request, caller: CallerContext): Promise<ListBulletins.Reply> {
    if (caller.unitId || !(canManageBulletins(caller) || canSeeBulletin(caller, 'released'))) throw new DomainError(CommonErrors.forbidden, '无权查看期刊');
    const page = pageOf(request);
    const { items, total } = await this.bulletins.search({ ...request, ...page, onlyReleased: !canManageBulletins(caller) && !canSignBulletins(caller) });
    const visible = items.filter((r) => canSeeBulletin(caller, r.status));
    return { items: await this.views(visible), total, ...page };
  }

  /** 期刊目录 of a year (.xlsx): 期号, 签发日期, 签发人, 条数, the titles. */
  async exportList(request: ExportBulletinList.Request, caller: CallerContext): Promise<ExportBulletinList.Reply> {
    if (caller.unitId || !canSeeBulletin(caller, 'released')) throw new DomainError(CommonErrors.forbidden, '无权查看期刊');
    const rows = await this.bulletins.released(request.year);
    const items = await this.bulletins.items(rows.map((r) => r.id));
    const content = writeXlsx({
      name: `博山政务信息${request.year}`,
      header: ['期号', '种类', '专题', '签发日期', '签发人', '条数', '篇目'],
      rows: rows.map((r) => {
        const own = items.filter((i) => i.bulletinId === r.id);
        return [labelOf(r.kind, r.year, r.number), { regular: '常规期', special: '专刊', supplement: '增刊' }[r.kind], r.theme ?? '', r.releasedOn, r.signedBy, own.length, own.map((i) => `${i.position}. ${i.title}`).join('\n')];
      }),
      widths: [18, 8, 20, 12, 12, 6, 80],
    });
    return { filename: `博山政务信息目录-${request.year}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  private async views(rows: BulletinRow[]): Promise<BulletinView[]> {
    const frozen = await this.bulletins.items(rows.filter((r) => r.status === 'released').map((r) => r.id));
    const draftIds = [...new Set(rows.filter((r) => r.status !== 'released').flatMap((r) => r.itemIds))];
    const drafts = new Map<string, DraftItem>((await this.submissionRows.findByIds(draftIds)).map((s) => [s.id, { submissionId: s.id, title: s.title, body: s.body, unitId: s.unitId }]));
    return rows.map((row) => toBulletinView(row, frozen, drafts));
  }

  private async view(id: string): Promise<BulletinView> {
    const row = await this.bulletins.findById(id);
    if (!row) throw new DomainError(BulletinErrors.notFound, '期刊不存在');
    return (await this.views([row]))[0];
  }

  /** One step on an issue, in one transaction: seen, allowed, at the version held, saved, a step line, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: BulletinStep, change: (row: BulletinRow, tx: Tx, now: Date) => Promise<{ event: string; note: string | null }>): Promise<BulletinView> {
    await this.transactions.run(async (tx) => {
      const current = await this.bulletins.findById(id, tx.manager, true);
      if (!current || !canSeeBulletin(caller, current.status)) throw new DomainError(BulletinErrors.notFound, '期刊不存在或无权查看');
      if (current.version !== expectedVersion) {
        throw new DomainError(BulletinErrors.versionConflict, `期刊已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) {
        throw new DomainError(BulletinErrors.invalidState, current.status === 'released' ? '期刊已签发，不可更改' : `期刊${BULLETIN_STATUS_LABELS[current.status]}，不能进行此操作`);
      }
      const now = new Date();
      const next: BulletinRow = { ...current };
      const { event, note } = await change(next, tx, now);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.bulletins.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(BulletinErrors.versionConflict, '期刊已被他人修改，请刷新后重试');
      await this.bulletins.insertStep({ bulletinId: id, step, status: next.status, note, actor: caller.username, at: now }, tx.manager);
      await tx.emit(event, snapshotOf(next), undefined, BulletinChanged.Event);
      await publishTaskChanges(tx, bulletinTaskChange(current, next, caller.userId));
    });
    return this.view(id);
  }
}
