/**
 * A system outside the platform that keeps its own copy of the 督办 items (supervision items), written as another
 * team would write it: only NATS, PostgreSQL and the published event catalogue (docs/asyncapi/asyncapi.json), none
 * of the platform's code. It shows the rules of docs/CONSUMING-EVENTS.md:
 * - its own NATS user (`ext-supervision-mirror`) and its own durable consumer on the stream `EVT_SUPERVISION`;
 * - an event is acknowledged only after its effect committed, so a crash means a redelivery, never a loss;
 * - each event id is recorded in the transaction of its effect, so a redelivery changes nothing;
 * - each snapshot carries the item's `version`: an older one never overwrites a newer one (events may come out of
 *   order); the traffic light, which changes without a new version, is ordered by `occurredAt`;
 * - a subject it does not understand yet (a future `item.closed.v2`) is acknowledged and skipped: the promise is that
 *   the old subject keeps flowing while consumers move over (docs/EVENTS-VERSIONING.md).
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import pg from 'pg';

export interface MirrorOptions {
  /** NATS servers, comma-separated (`tls://…` in production). */
  natsUrl: string;
  /** The grant's name: NATS user `ext-<name>`, durable consumer `ext-<name>`, reply inbox `_INBOX_ext_<name>`. */
  name: string;
  password: string;
  /** The platform's `BUS_NAMESPACE`, when it has one (tests). */
  namespace?: string;
  /** Its own database (here: any PostgreSQL) and schema. */
  databaseUrl: string;
  schema: string;
  /** CA of the NATS server's certificate, for `tls://` URLs. */
  caFile?: string;
  /**
   * The producers' public keys as the operator gives them (`EVENT_VERIFY_KEYS`: `app=<base64 SPKI>,…`): when set, an
   * event is applied only with supervision's valid signature (header `x-producer`).
   */
  verifyKeys?: string;
  log?: (line: string) => void;
}

/** JSON with object keys sorted and undefined fields left out: what the producer's signature covers. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** `app=key,…` → the keys of `app` (a producer may be listed twice while its key is rotated). */
export function producerKeys(verifyKeys: string, app: string): KeyObject[] {
  return verifyKeys
    .split(',')
    .filter((entry) => entry.startsWith(`${app}=`))
    .map((entry) => createPublicKey({ key: Buffer.from(entry.slice(app.length + 1), 'base64'), format: 'der', type: 'spki' }));
}

/** Whether `header` (`v1.<app>.<signature>`) is `app`'s signature of this event (docs/CONSUMING-EVENTS.md §6). */
export function signedBy(app: string, keys: KeyObject[], header: string | undefined, envelope: { id: string; type: string; data: unknown }): boolean {
  const prefix = `v1.${app}.`;
  if (!header?.startsWith(prefix)) return false;
  const digest = createHash('sha256').update(canonical(envelope.data)).digest('hex');
  const signed = Buffer.from(`${app}\n${envelope.id}\n${envelope.type}\n${digest}`, 'utf8');
  const signature = Buffer.from(header.slice(prefix.length), 'base64url');
  return keys.some((key) => verify(null, signed, key, signature));
}

/** The fields of the `SupervisionItemSnapshot` payload (the AsyncAPI schema `SupervisionItem…Event`) this mirror keeps. */
interface ItemSnapshot {
  id: string;
  kind: string;
  title: string;
  status: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  dueDate: string | null;
  light: string;
  version: number;
}

interface Envelope {
  id: string;
  type: string;
  occurredAt: string;
  data: ItemSnapshot;
}

/** The event subjects this version of the mirror understands, after `evt.supervision.` (major version 1: no suffix). */
export const UNDERSTOOD = ['item.created', 'item.assigned', 'item.closed', 'item.withdrawn', 'item.turned-red', 'item.redated'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The envelope if it is one this mirror can apply; a reason otherwise. */
export function readItemEvent(value: unknown): Envelope | string {
  const envelope = value as Partial<Envelope> | null;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.id !== 'string' || !UUID.test(envelope.id)) return 'no event id';
  const data = envelope.data as Partial<ItemSnapshot> | undefined;
  if (!data || typeof data.id !== 'string' || !UUID.test(data.id)) return 'no item id';
  if (!Number.isInteger(data.version) || (data.version as number) < 1) return 'no version';
  if (typeof data.title !== 'string' || typeof data.status !== 'string' || typeof data.kind !== 'string') return 'no title, status or kind';
  if (typeof envelope.occurredAt !== 'string' || Number.isNaN(Date.parse(envelope.occurredAt))) return 'no occurredAt';
  return envelope as Envelope;
}

export class SupervisionMirror {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  /** Events applied (not counting redeliveries and duplicates). */
  applied = 0;
  duplicates = 0;
  private readonly keys: KeyObject[] | undefined;

  private constructor(
    private readonly options: MirrorOptions,
    private readonly nc: NatsConnection,
    private readonly pool: pg.Pool,
  ) {
    this.keys = options.verifyKeys ? producerKeys(options.verifyKeys, 'supervision') : undefined;
  }

  /** Its tables (idempotent), its durable consumer (created once, then resumed), and the loop. */
  static async start(options: MirrorOptions): Promise<SupervisionMirror> {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    await migrate(pool, options.schema);
    const nc = await connect({
      servers: options.natsUrl.split(','),
      user: `ext-${options.name}`,
      pass: options.password,
      // The permissions of an outside consumer allow replies on its own inbox only.
      inboxPrefix: `_INBOX_ext_${options.name.replace(/-/g, '_')}`,
      name: `ext-${options.name}`,
      maxReconnectAttempts: -1,
      ...(options.caFile ? { tls: { caFile: options.caFile } } : {}),
    });
    const mirror = new SupervisionMirror(options, nc, pool);
    try {
      await mirror.consume();
    } catch (error) {
      await nc.close();
      await pool.end();
      throw error;
    }
    return mirror;
  }

  private get stream(): string {
    return this.options.namespace ? `${this.options.namespace.toUpperCase()}_EVT_SUPERVISION` : 'EVT_SUPERVISION';
  }

  private subject(s: string): string {
    return this.options.namespace ? `${this.options.namespace}.${s}` : s;
  }

  private async consume(): Promise<void> {
    const durable = `ext-${this.options.name}`;
    const jsm = await jetstreamManager(this.nc);
    try {
      await jsm.consumers.info(this.stream, durable);
    } catch {
      // First start: from the beginning of the stream (what it still keeps), every item subject, explicit acks,
      // redelivered after 30 s without an ack, never dropped by the server.
      await jsm.consumers.add(this.stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: this.subject('evt.supervision.item.>'),
        ack_wait: nanos(30_000),
        max_deliver: -1,
      });
    }
    const consumer = await jetstream(this.nc).consumers.get(this.stream, durable);
    const messages = await consumer.consume({ max_messages: 20 });
    this.messages = messages;
    this.loop = (async () => {
      for await (const message of messages) await this.handle(message);
    })();
  }

  private async handle(message: JsMsg): Promise<void> {
    const path = message.subject.slice(this.subject('evt.supervision.').length);
    if (!UNDERSTOOD.includes(path)) {
      // A newer version of a subject (`item.closed.v2`) or a new kind of event: not ours yet; the old subject keeps flowing.
      this.options.log?.(`skipped ${message.subject}`);
      message.ack();
      return;
    }
    let envelope: Envelope | string;
    try {
      envelope = readItemEvent(message.json());
    } catch {
      envelope = 'not JSON';
    }
    if (typeof envelope !== 'string' && this.keys && !signedBy('supervision', this.keys, message.headers?.get('x-producer') || undefined, envelope)) {
      envelope = 'not signed by supervision';
    }
    if (typeof envelope === 'string') {
      // Never retried forever: a message it cannot read is logged (for a person to look at) and acknowledged.
      this.options.log?.(`unreadable event on ${message.subject}: ${envelope}`);
      message.ack();
      return;
    }
    try {
      const applied = await this.apply(envelope);
      if (applied) this.applied++;
      else this.duplicates++;
      message.ack();
    } catch (error) {
      // The database is away: try again in 5 s (the effect did not commit, so nothing is half done).
      this.options.log?.(`event ${envelope.id} failed, retrying: ${String(error)}`);
      message.nak(5000);
    }
  }

  /** Applies one event exactly once; false when its id was applied before (a redelivery or a re-publish). */
  async apply(envelope: Envelope): Promise<boolean> {
    const s = this.options.schema;
    const item = envelope.data;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const fresh = await client.query(`INSERT INTO "${s}".applied_event (event_id, subject) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`, [envelope.id, envelope.type]);
      if (!fresh.rowCount) {
        await client.query('ROLLBACK');
        return false;
      }
      // The record: only a newer version replaces what we hold.
      await client.query(
        `INSERT INTO "${s}".item (id, kind, title, status, lead_unit_id, co_unit_ids, due_date, light, light_at, version, last_event_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, status = EXCLUDED.status,
           lead_unit_id = EXCLUDED.lead_unit_id, co_unit_ids = EXCLUDED.co_unit_ids, due_date = EXCLUDED.due_date,
           version = EXCLUDED.version, last_event_id = EXCLUDED.last_event_id
         WHERE "${s}".item.version < EXCLUDED.version`,
        [item.id, item.kind, item.title, item.status, item.leadUnitId ?? null, item.coUnitIds ?? [], item.dueDate ?? null, item.light, envelope.occurredAt, item.version, envelope.id],
      );
      // The light changes without a new version: the latest observation wins, never one of an older version.
      await client.query(`UPDATE "${s}".item SET light = $2, light_at = $3 WHERE id = $1 AND version <= $4 AND light_at < $3`, [item.id, item.light, envelope.occurredAt, item.version]);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Stops after the message in hand: everything handled is acknowledged. */
  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop?.catch(() => undefined);
    await this.nc.drain().catch(() => undefined);
    await this.pool.end();
  }

  /** Drops the connection as a crash would: what was delivered and not acknowledged comes again after the ack wait. */
  async crash(): Promise<void> {
    await this.nc.close().catch(() => undefined);
    await this.loop?.catch(() => undefined);
    await this.pool.end();
  }
}

/** Its own two tables: the copy, and the event ids it applied (the dedupe key). */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await pool.query(`CREATE TABLE IF NOT EXISTS "${schema}".applied_event (event_id uuid PRIMARY KEY, subject text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await pool.query(
    `CREATE TABLE IF NOT EXISTS "${schema}".item (
       id uuid PRIMARY KEY, kind text NOT NULL, title text NOT NULL, status text NOT NULL, lead_unit_id uuid, co_unit_ids uuid[] NOT NULL,
       due_date date, light text NOT NULL, light_at timestamptz NOT NULL, version integer NOT NULL, last_event_id uuid NOT NULL)`,
  );
}
