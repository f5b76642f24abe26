import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LIFE_MEETING_KIND_LABELS } from '@gov/contracts-party-affairs';
import { LOGGER, publishTaskChanges, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import type { Logger } from 'pino';
import { addMonths, todayInShanghai } from '../../common/dates.js';
import { configOn, dueItems, type DueItem } from './compliance.rules.js';
import { LifeMeetingsRepository, type BranchOfMeeting } from './life-meetings.repository.js';

const PERIOD_NAMES = { month: '月', quarter: '季度', year: '年度' } as const;

/** The 待办 of one owed meeting: the 机关党总支's staff follow it up; due on the period's last day (red after it). */
export function dueStep(branch: Pick<BranchOfMeeting, 'id' | 'name'>, item: DueItem, source: string): WaitingStep {
  const label = LIFE_MEETING_KIND_LABELS[item.kind];
  return {
    step: `${item.kind}-${item.period}`,
    kind: 'party_meeting_due',
    title: `${branch.name}：${item.period} ${PERIOD_NAMES[item.frequency]}${label}尚未召开`,
    assignee: { type: 'role', id: 'section_staff' },
    section: 'dang_zongzhi',
    deadline: { date: item.dueOn, explanation: `${label}${item.frequency === 'quarter' ? '每季度' : item.frequency === 'month' ? '每月' : '每年'}至少召开 1 次，本期 ${item.from} 至 ${item.dueOn}（${source}）` },
    link: `/party-affairs/dashboard`,
  };
}

/** Keeps the 待办 of what each branch owes in step with its meetings: in a meeting's transaction, and hourly as periods turn. */
@Injectable()
export class LifeDueTasks implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly meetings: LifeMeetingsRepository,
    private readonly transactions: Transactions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Publishes what changed in what `branchId` owes (task opened/closed), in `tx`. */
  async sync(branchId: string, tx: Tx, today = todayInShanghai(), by?: string): Promise<void> {
    const branch = await this.meetings.branch(branchId, tx.manager);
    if (!branch) return;
    const config = configOn(today);
    const after =
      branch.status === 'active' && branch.kind === 'branch'
        ? dueItems(await this.meetings.heldSince(branch.id, addMonths(today, -24), tx.manager), today, branch.termStartedOn, config).map((item) => dueStep(branch, item, config.source))
        : [];
    const state = await this.meetings.dueState(branch.id, tx.manager);
    if (JSON.stringify(state.steps) === JSON.stringify(after)) return;
    const version = state.version + 1;
    await publishTaskChanges(tx, { app: 'party-affairs', record: { type: 'party-branch-life', id: branch.id }, before: state.steps, after, version, by, outcome: branch.status === 'active' ? 'done' : 'withdrawn' });
    await this.meetings.saveDueState(branch.id, after, version, tx.manager);
  }

  /** Every active branch, each in its own transaction. */
  async syncAll(today = todayInShanghai()): Promise<void> {
    for (const branch of await this.meetings.activeBranches()) {
      await this.transactions.run((tx) => this.sync(branch.id, tx, today));
    }
  }

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), 3_600_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.syncAll()
      .catch((error: unknown) => this.logger.error({ err: error }, '组织生活待办同步失败'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
