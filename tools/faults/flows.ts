/**
 * The flows the fault scenarios drive across services, each from a producer's write through its outbox to the
 * consumers' inboxes and effects:
 * - units written in duty-and-meetings, copied into the unit read models of supervision and document-secretariat;
 * - 批示 recorded in document-secretariat, each becoming one 督办事项 in supervision (keyed on the 批示's id).
 * A tag names one scenario's records (a unit's code, a 批示's material title starts with it), so each counts its own.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CallerContext } from '@gov/contracts-common';
import { DocumentSecretariatEvents, InstructionSubjects } from '@gov/contracts-document-secretariat';
import { UnitEvents, UnitSubjects } from '@gov/contracts-duty-and-meetings';
import { DomainError, type RpcClient } from '@gov/platform';
import { sleep } from './infra.js';

export interface FlowSpec {
  name: string;
  /** The producer's schema, the subject of its event, and the event field that carries the tag. */
  producer: string;
  subject: string;
  tagField: string;
  /** Counts the producer's records of a tag (`$1` is the LIKE pattern). */
  records: string;
  consumers: { schema: string; effects: string }[];
}

export const UNIT_FLOW: FlowSpec = {
  name: '单位',
  producer: 'duty_and_meetings',
  subject: UnitEvents.created,
  tagField: 'code',
  records: `SELECT count(*) AS n FROM duty_and_meetings.unit WHERE code LIKE $1`,
  consumers: [
    { schema: 'supervision', effects: `SELECT count(*) AS n FROM supervision.unit_directory WHERE code LIKE $1` },
    { schema: 'document_secretariat', effects: `SELECT count(*) AS n FROM document_secretariat.unit_directory WHERE code LIKE $1` },
  ],
};

export const INSTRUCTION_FLOW: FlowSpec = {
  name: '批示',
  producer: 'document_secretariat',
  subject: DocumentSecretariatEvents.instructionRecorded,
  tagField: 'sourceTitle',
  records: `SELECT count(*) AS n FROM document_secretariat.leader_instruction WHERE source_title LIKE $1`,
  consumers: [{ schema: 'supervision', effects: `SELECT count(*) AS n FROM supervision.supervision_item WHERE source_kind = 'leader_instruction' AND source_title LIKE $1` }],
};

/** What a flow ends with: outbox = inbox = effects, per consumer, against what the driver was told was written. */
export interface Tally {
  /** The producer's records, its outbox rows for them, and how many of those are not yet published. */
  records: number;
  outbox: number;
  unsent: number;
  /** Per consumer: inbox rows for those events, effects, dead letters. */
  inbox: number[];
  effects: number[];
  dead: number[];
}

/** Writes one record `i` of a flow; resolves when the producer acknowledged it (or it proves already written). */
type WriteOne = (i: number) => Promise<void>;

/** Unit `i`: a retry whose first attempt did commit meets the unique code, and that answer means "written". */
export const writeUnit =
  (rpc: RpcClient, caller: CallerContext, tag: string): WriteOne =>
  async (i) => {
    try {
      await rpc.call('duty-and-meetings', UnitSubjects.create, { code: `${tag}-${i}`, name: `故障演练${tag}单位${i}`, type: 'department', liaisons: [], dutyPhones: [] }, caller);
    } catch (error) {
      const code = error instanceof DomainError ? error.spec.code : '';
      if (code !== 'UNIT.CODE_TAKEN' && code !== 'UNIT.NAME_TAKEN') throw error;
    }
  };

/** 批示 `i`, by a leader: every attempt carries the same request id, so a retry records and publishes nothing new. */
export const writeInstruction = (rpc: RpcClient, caller: CallerContext, tag: string): WriteOne => {
  const requestIds = new Map<number, string>();
  return async (i) => {
    if (!requestIds.has(i)) requestIds.set(i, randomUUID());
    await rpc.call(
      'document-secretariat',
      InstructionSubjects.record,
      { requestId: requestIds.get(i), sourceKind: 'other', sourceTitle: `${tag}-${i} 故障演练材料`, text: `请抓紧办理（故障演练 ${i}）`, leaderTitle: '区长' },
      caller,
    );
  };
};

/** Writes records with retries: an attempt that failed (timeout, no responders, a lost connection) is tried again. */
export class Writer {
  acked = 0;
  failed = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(
    readonly flow: FlowSpec,
    readonly tag: string,
    private readonly writeOne: WriteOne,
  ) {}

  /** Resolves once `count` writes were acknowledged. */
  whenAcked(count: number): Promise<void> {
    if (this.acked >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Writes records 0..`count`-1 with `concurrency` in flight, each retried until `deadline`. */
  async write(count: number, concurrency: number, deadline: number): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        for (;;) {
          try {
            await this.writeOne(i);
            break;
          } catch {
            if (Date.now() > deadline) {
              this.failed++;
              return;
            }
            await sleep(200);
          }
        }
        this.acked++;
        this.waiters = this.waiters.filter((w) => (this.acked >= w.count ? (w.resolve(), false) : true));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
}

/**
 * The newer producer of a rolling upgrade: unit events with fields the consumers do not know yet, written into the
 * producer's outbox as its new version would (its relay publishes them).
 */
export async function writeUpgradedEvents(db: pg.Pool, tag: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 100) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = start; i < Math.min(count, start + 100); i++) {
      const id = randomUUID();
      const envelope = {
        id,
        type: UnitEvents.created,
        producer: 'duty-and-meetings',
        occurredAt: new Date().toISOString(),
        actor: { userId: randomUUID(), username: 'faults', displayName: '故障演练' },
        data: { id: randomUUID(), code: `${tag}-${i}`, name: `故障演练${tag}单位${i}`, type: 'department', status: 'active', version: 1, regionCode: '370304', liaisonCount: 2 },
      };
      values.push(id, UnitEvents.created, JSON.stringify(envelope));
      rows.push(`($${values.length - 2}, $${values.length - 1}, $${values.length}::jsonb)`);
    }
    await db.query(`INSERT INTO ${UNIT_FLOW.producer}.outbox (id, subject, envelope) VALUES ${rows.join(', ')}`, values);
  }
}

export async function tally(db: pg.Pool, flow: FlowSpec, tag: string): Promise<Tally> {
  const like = `${tag}-%`;
  const events = `SELECT id FROM ${flow.producer}.outbox WHERE subject = '${flow.subject}' AND envelope->'data'->>'${flow.tagField}' LIKE $1`;
  const one = async (sql: string): Promise<number> => Number((await db.query(sql, [like])).rows[0].n);
  const result: Tally = {
    records: await one(flow.records),
    outbox: await one(`SELECT count(*) AS n FROM (${events}) e`),
    unsent: await one(`SELECT count(*) AS n FROM ${flow.producer}.outbox WHERE sent_at IS NULL AND id IN (${events})`),
    inbox: [],
    effects: [],
    dead: [],
  };
  for (const { schema, effects } of flow.consumers) {
    result.inbox.push(await one(`SELECT count(*) AS n FROM ${schema}.inbox WHERE event_id IN (${events})`));
    result.effects.push(await one(effects));
    result.dead.push(await one(`SELECT count(*) AS n FROM ${schema}.dead_letter WHERE subject = '${flow.subject}' AND envelope->'data'->>'${flow.tagField}' LIKE $1`));
  }
  return result;
}

function stages(t: Tally, withRecords: boolean): number[] {
  return [...(withRecords ? [t.records] : []), t.outbox, ...t.inbox, ...t.effects];
}

/** Every stage holds exactly `expected`: the records (when the producer wrote them), the outbox, each inbox and effect. */
export function settled(t: Tally, expected: number, withRecords: boolean): boolean {
  return stages(t, withRecords).every((n) => n === expected) && t.unsent === 0;
}

/**
 * Lost: acknowledged writes missing from some stage, or dead-lettered. Doubled: a stage with more than was written
 * (a record written twice, one event sent as two, an effect applied twice).
 */
export function lostAndDoubled(t: Tally, expected: number, withRecords: boolean): { lost: number; doubled: number } {
  const counts = stages(t, withRecords);
  const dead = t.dead.reduce((a, b) => a + b, 0);
  return { lost: Math.max(0, expected - Math.min(...counts)) + dead, doubled: Math.max(0, Math.max(...counts) - expected) };
}

export function describe(flow: FlowSpec, t: Tally): string {
  return `${flow.name}：记录 ${t.records}、outbox ${t.outbox}（未发 ${t.unsent}）、inbox ${t.inbox.join('/')}、effects ${t.effects.join('/')}、死信 ${t.dead.reduce((a, b) => a + b, 0)}`;
}

/** Polls the tally until every stage settled or the deadline passed (PostgreSQL may be restarting meanwhile). */
export async function waitSettled(db: pg.Pool, flow: FlowSpec, tag: string, expected: () => number, withRecords: boolean, deadline: number): Promise<Tally> {
  let last: Tally | undefined;
  for (;;) {
    try {
      last = await tally(db, flow, tag);
      if (settled(last, expected(), withRecords)) return last;
    } catch {
      // the database is restarting
    }
    if (Date.now() > deadline) {
      if (last) return last;
      throw new Error('数据库在时限内无法查询');
    }
    await sleep(500);
  }
}
