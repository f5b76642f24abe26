import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { pageOf } from '@gov/contracts-common';
import { APP_CONFIG, LOGGER } from '@gov/platform';
import type { AuditEventView, AuditOutcome, ListAuditEvents, VerifyAuditChain } from '@gov/contracts-gateway';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../../gateway.env.js';
import { checkHead, checkLink, KEYED, type ChainedRow } from '../../security/hash-chain.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetId?: string | null;
  statusCode: number;
  outcome?: AuditOutcome;
  reason?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const SIGN_IN_ACTION = 'auth.login';
export const TOTP_ENROLL_ACTION = 'auth.totp-enroll';

function toView(row: AuditEventEntity): AuditEventView {
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    action: row.action,
    targetId: row.targetId,
    outcome: row.outcome,
    statusCode: row.statusCode,
    reason: row.reason,
    ip: row.ip,
    requestId: row.requestId,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

function toChained(row: AuditEventEntity): ChainedRow {
  return { ...toView(row), hashAlg: row.hashAlg };
}

/** The audit log: every sign-in attempt and every write, append-only, hash-chained; only the audit administrator reads it. */
@Injectable()
export class AuditService implements OnModuleInit {
  constructor(
    private readonly repository: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.repository.setRetentionDays(this.config.AUDIT_RETENTION_DAYS);
  }

  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.repository.append({
        actorId: entry.actorId,
        actorUsername: entry.actorUsername,
        action: entry.action,
        targetId: entry.targetId ?? null,
        outcome: entry.outcome ?? (entry.statusCode < 400 ? 'success' : 'failure'),
        statusCode: entry.statusCode,
        reason: entry.reason ?? null,
        ip: entry.ip ?? null,
        requestId: entry.requestId ?? null,
      });
    } catch (error) {
      // The write itself has happened; losing its audit row is an incident ops must see.
      this.logger.error({ err: error, action: entry.action, requestId: entry.requestId }, '审计日志写入失败');
      throw error;
    }
  }

  async list(query: ListAuditEvents.Request): Promise<ListAuditEvents.Reply> {
    const { limit, offset } = pageOf(query);
    const [rows, total] = await this.repository.list(query, limit, offset);
    return { items: rows.map(toView), total, limit, offset };
  }

  /**
   * Walks the whole chain from the oldest row kept; reports the first row that does not check out. The head
   * anchored outside the table is read first: the row it names must be there with its hash, and nothing may be
   * missing up to it, so rows cut off the end of the table (or an emptied table) show too.
   */
  async verify(): Promise<VerifyAuditChain.Reply> {
    const key = this.repository.chainKey;
    const head = await this.repository.head();
    if (head) {
      const result = checkHead(head, key);
      if (!result.ok) return { ok: false, checked: 0, firstBrokenSeq: head.seq, firstBrokenId: null, reason: result.reason };
    }
    let previous: ChainedRow | undefined;
    let checked = 0;
    for (;;) {
      const batch = await this.repository.batchAfter(previous?.seq ?? 0, 1000);
      if (!batch.length) break;
      for (const entity of batch) {
        const row = toChained(entity);
        const result = checkLink(previous, row, key);
        checked++;
        if (!result.ok) return { ok: false, checked, firstBrokenSeq: row.seq, firstBrokenId: row.id, reason: result.reason };
        if (head && row.seq === head.seq && row.hash !== head.hash) {
          return { ok: false, checked, firstBrokenSeq: row.seq, firstBrokenId: row.id, reason: '与链头记录的哈希不符（记录被替换）' };
        }
        previous = row;
      }
    }
    const lastSeq = previous?.seq ?? 0;
    if (!head && previous?.hashAlg === KEYED) return { ok: false, checked, firstBrokenSeq: null, firstBrokenId: null, reason: '链头记录缺失（已被删除）' };
    if (head && lastSeq < head.seq) {
      return { ok: false, checked, firstBrokenSeq: lastSeq + 1, firstBrokenId: null, reason: `序号 ${lastSeq + 1} 至 ${head.seq} 的记录缺失（日志末尾被截断）` };
    }
    return { ok: true, checked, firstBrokenSeq: null, firstBrokenId: null, reason: null };
  }
}
