import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DecisionEvents,
  type CatalogueView,
  type DecisionCataloguePublished,
  type GetCatalogue,
  type PublishCatalogue,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { Registry } from '../../common/registry.js';
import { Timeline } from '../../common/timeline.js';
import { assertManager } from './decisions.policy.js';
import { DecisionsRepository, type CatalogueRow } from './decisions.repository.js';
import { catalogueHeader, summaryOf } from './decisions.views.js';

/** The year's 决策事项目录 (第3条): kept as decisions are added, published once agreed and again after an adjustment. */
@Injectable()
export class DecisionCatalogueService {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
  ) {}

  async catalogue(request: GetCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    const row = await this.decisions.catalogue(request.year);
    const { items } = await this.decisions.search({ year: request.year, limit: 100, offset: 0 }, caller);
    return {
      ...catalogueHeader(request.year, row),
      itemCount: items.filter((i) => i.status !== 'withdrawn').length,
      items: items.map(summaryOf),
    };
  }

  /** 第3条: the catalogue is published once agreed; a later adjustment is recorded on the item, and the catalogue may be published again. */
  async publishCatalogue(request: PublishCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    assertManager(caller);
    return this.transactions.run(async (tx) => {
      const current = await this.decisions.catalogue(request.year, tx.manager, true);
      if (!current) throw new DomainError(CommonDocumentErrors.notFound, `${request.year}年度尚无决策事项目录`);
      if (current.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `目录已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const itemCount = await this.decisions.countActive(request.year, tx.manager);
      if (!itemCount) throw new DomainError(CommonDocumentErrors.invalidState, '目录中没有事项，不能公布');
      const row = (await this.decisions.publishCatalogue(request.year, request.expectedVersion, request.channel.trim(), caller.username, tx.manager)) as CatalogueRow;
      await this.putCatalogueRegistry(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'decision_catalogue',
        id: row.id,
        action: 'decision_catalogue.published',
        label: current.published ? '目录调整后重新公布' : '公布目录',
        detail: { channel: row.publication_channel, itemCount },
      });
      const event: DecisionCataloguePublished.Event = { year: row.year, channel: row.publication_channel as string, itemCount, version: row.version, publishedBy: caller.username };
      await tx.emit(DecisionEvents.cataloguePublished, event);
      const { items } = await this.decisions.search({ year: request.year, limit: 100, offset: 0 }, caller);
      return { ...catalogueHeader(request.year, row), itemCount, items: items.map(summaryOf) };
    });
  }

  /** The year's catalogue, created (with its registry entry and timeline step) when it is the first decision of the year. */
  async ensure(year: number, caller: CallerContext, tx: Tx): Promise<CatalogueRow> {
    const { row, created } = await this.decisions.ensureCatalogue(year, randomUUID(), caller.username, tx.manager);
    if (created) {
      await this.putCatalogueRegistry(tx, row);
      await this.timeline.append(tx, caller, { kind: 'decision_catalogue', id: row.id, action: 'decision_catalogue.created', label: '建立年度决策事项目录', detail: { year } });
    }
    return row;
  }

  private putCatalogueRegistry(tx: Tx, row: CatalogueRow): Promise<void> {
    return this.registry.put(tx, {
      kind: 'decision_catalogue',
      id: row.id,
      title: `${row.year}年度重大行政决策事项目录`,
      status: row.published ? 'published' : 'draft',
      statusLabel: row.published ? '已公布' : '未公布',
      year: row.year,
      secrecyLevel: 0,
      unitIds: [],
      userIds: [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}
