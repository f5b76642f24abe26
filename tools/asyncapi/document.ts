/**
 * The AsyncAPI 3.0 document of the platform's events: one channel per subject (`evt.<app>.…`) with the wire message
 * (the envelope with its headers and the payload schema of the class that validates it), one `receive` operation per
 * channel (what an outside consumer does), the streams, the server and its credentials, and the guarantees.
 */
import { DUPLICATE_WINDOW_MS } from '../../libs/platform/src/messaging/nats-bus.js';
import { Headers, SERVICE_TITLES, type AppName } from '@gov/contracts-common';
import { PRODUCER_HEADER } from '../../libs/platform/src/security/event-assertion.js';
import { buildCatalogue, CONTRACT_PACKAGES, type CatalogueEntry } from './catalogue.js';
import { asyncApiSchemas, nameNamespacedSchemas, openApiSchemas, schemaNameOf, type JsonSchema } from './schemas.js';

/** The catalogue's version: raise the minor for added subjects or optional fields, the major never (see docs/EVENTS-VERSIONING.md). */
export const CATALOGUE_VERSION = '1.1.0';

const SCHEMA_REF = '#/components/schemas/';

const GUARANTEES_ZH = [
  '## 面向平台外部的事件消费者',
  '',
  '平台的每个服务在自己的 JetStream 流 `EVT_<APP>` 中发布事件，主题为 `evt.<app>.<对象>.<已发生的事>`。本文档由事件契约类（消费者用来校验事件的同一批类）生成，不会与代码脱节。',
  '',
  '**投递保证：至少一次。** 事件与业务数据在同一事务中写入发件箱（outbox），提交后才发布；发布失败会重发，因此同一事件可能到达多次。',
  '',
  `**事件 ID。** 信封的 \`id\` 是发件箱行的 ID（UUID），发布时作为 \`Nats-Msg-Id\`：JetStream 在 ${DUPLICATE_WINDOW_MS / 60000} 分钟的去重窗口内丢弃重复发布；窗口之外或消费者重投的重复，由消费者按事件 ID 去重（在自己的库中记录已处理的 ID，与处理结果同一事务提交）。`,
  '',
  '**顺序。** 同一流内按发布顺序存储；同一生产者同一记录的事件按提交顺序发布。跨主题、跨流不保证顺序，重投也会打乱顺序。携带快照的事件带 `version`（每次变更加一）：只应用比已持有版本更新的快照，旧版本忽略。',
  '',
  '**信任。** 每个事件带生产者签名头 `x-producer`（Ed25519，`v1.<app>.<签名>`，覆盖生产者、事件 ID、主题和规范化载荷的 SHA-256），公钥即 `EVENT_VERIFY_KEYS`。事件不携带调用方断言 `x-caller`（那只用于网关对服务的请求）；引起事件的用户在信封的 `actor` 中。',
  '',
  '**保留。** 流中的消息保留 `STREAM_MAX_AGE_DAYS` 天（默认 14 天）；停机超过这个时间的消费者需要通过 HTTP API 重新同步。',
  '',
  '**版本承诺。** 同一主题内契约只增不减：可以不经通知增加可选字段；删除或改名字段、改变类型、可选变必填、改变含义，都要发布新主题（如 `item.closed.v2`），旧主题至少再发布 180 天。见 docs/EVENTS-VERSIONING.md；接入指南见 docs/CONSUMING-EVENTS.md。',
].join('\n');

const GUARANTEES_EN = [
  '## For consumers outside the platform',
  '',
  'Each service publishes its events on its own JetStream stream `EVT_<APP>`, on subjects `evt.<app>.<aggregate>.<what-happened>`. This document is generated from the event contract classes, the same classes consumers validate events with.',
  '',
  '**Delivery: at least once.** An event is written to the outbox in the transaction of the change and published after commit; a failed publish is retried, so an event may arrive more than once.',
  '',
  `**Event id.** The envelope's \`id\` (a UUID, the outbox row's id) is the \`Nats-Msg-Id\`: JetStream drops a re-publish within its ${DUPLICATE_WINDOW_MS / 60000}-minute duplicate window; beyond it, and for redeliveries, the consumer dedupes by event id (record applied ids in its own store, in the transaction of the effect).`,
  '',
  '**Ordering.** A stream stores messages in publish order; one producer publishes the events of one record in commit order. There is no order across subjects or streams, and redelivery reorders. Events that carry a snapshot carry its `version` (one more per change): apply a snapshot only when it is newer than the one you hold.',
  '',
  '**Trust.** Every event carries its producer\'s signature in `x-producer` (Ed25519, `v1.<app>.<signature>` over the producer, event id, subject and the SHA-256 of the canonical payload), verifiable with `EVENT_VERIFY_KEYS`. Events carry no caller assertion (`x-caller` is only on the gateway\'s requests to services); who caused the event is the envelope\'s `actor`.',
  '',
  '**Retention.** Streams keep messages `STREAM_MAX_AGE_DAYS` (14 days by default); a consumer down for longer resynchronises through the HTTP API.',
  '',
  '**Versioning promise.** Within a subject a contract only grows: optional fields may be added without notice; removing or renaming a field, changing a type, making an optional field required or changing the meaning needs a new subject (e.g. `item.closed.v2`), and the old subject keeps flowing for at least 180 days. See docs/EVENTS-VERSIONING.md; how to connect: docs/CONSUMING-EVENTS.md.',
].join('\n');

const ENVELOPE_SCHEMAS: Record<string, JsonSchema> = {
  EventActor: {
    type: 'object',
    description: '引起事件的用户（系统任务为 system） / The user who caused the event (`system` for scheduled work).',
    required: ['userId', 'username', 'displayName'],
    properties: {
      userId: { type: 'string', description: '用户 ID' },
      username: { type: 'string', description: '用户名' },
      displayName: { type: 'string', description: '姓名' },
    },
  },
  EventHeaders: {
    type: 'object',
    description: 'NATS 消息头 / NATS message headers.',
    required: ['Nats-Msg-Id', PRODUCER_HEADER],
    properties: {
      'Nats-Msg-Id': { type: 'string', format: 'uuid', description: '等于信封的 id（事件 ID）；JetStream 据此在去重窗口内丢弃重复发布 / Equals the envelope id; JetStream drops re-publishes within its duplicate window.' },
      [PRODUCER_HEADER]: {
        type: 'string',
        pattern: '^v1\\.[a-z-]+\\.[A-Za-z0-9_-]+$',
        description: '生产者签名：v1.<app>.<Ed25519 签名（base64url）>，签名内容为 <app>\\n<事件 ID>\\n<主题>\\n<规范化载荷的 SHA-256> / Producer signature.',
      },
      [Headers.requestId]: { type: 'string', description: '引起事件的请求 ID（与网关日志、审计对应） / The request that caused the event.' },
      [Headers.traceparent]: { type: 'string', description: 'W3C Trace Context，接续引起事件的请求的链路 / W3C trace context of the causing request.' },
    },
  },
};

function envelopeSchema(entry: CatalogueEntry, payloadSchema: string): JsonSchema {
  return {
    type: 'object',
    required: ['id', 'type', 'producer', 'occurredAt', 'actor', 'data'],
    properties: {
      id: { type: 'string', format: 'uuid', description: '事件 ID（即 Nats-Msg-Id）：消费者按它去重 / Event id (= Nats-Msg-Id): dedupe on it.' },
      type: { type: 'string', const: entry.subject, description: '主题 / The subject.' },
      producer: { type: 'string', const: entry.producer, description: '生产者 / The producing app.' },
      occurredAt: { type: 'string', format: 'date-time', description: '发生时间 / When it happened.' },
      actor: { $ref: `${SCHEMA_REF}EventActor` },
      requestId: { type: 'string', description: '引起事件的请求 ID / The causing request.' },
      data: { $ref: `${SCHEMA_REF}${payloadSchema}` },
    },
  };
}

const EXAMPLE_UUID = '0b6f3f1e-5c1a-4d2e-9a43-2f5d8c1e7a10';

/** A deterministic example of a schema (for the document's examples). */
export function exampleOf(schema: JsonSchema | undefined, schemas: Record<string, JsonSchema>, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (typeof schema.$ref === 'string') return exampleOf(schemas[schema.$ref.slice(SCHEMA_REF.length)], schemas, depth + 1);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const list = schema[key] as JsonSchema[] | undefined;
    if (list?.length) {
      if (key === 'allOf') return Object.assign({}, ...list.map((s) => exampleOf(s, schemas, depth + 1) as object));
      return exampleOf(list.find((s) => s.type !== 'null') ?? list[0], schemas, depth + 1);
    }
  }
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : (schema.type as string | undefined);
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return EXAMPLE_UUID;
      if (schema.format === 'date') return '2026-12-04';
      if (schema.format === 'date-time') return '2026-12-04T09:30:00+08:00';
      return '示例';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' && schema.minimum > 0 ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'array':
      return [exampleOf(schema.items as JsonSchema, schemas, depth + 1)];
    default: {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, exampleOf(property, schemas, depth + 1)]));
    }
  }
}

function messageId(subject: string): string {
  return subject.slice('evt.'.length);
}

/** The whole AsyncAPI document (plain JSON, keys in a stable order). */
export async function buildAsyncApiDocument(): Promise<Record<string, unknown>> {
  const catalogue = buildCatalogue();
  nameNamespacedSchemas(CONTRACT_PACKAGES);
  const payloadClasses = [...new Set(catalogue.map((entry) => entry.payload))];
  const { schemas: openApi } = await openApiSchemas(payloadClasses);
  // Every class reachable from the payloads, by schema name, to read its validators.
  const classesByName = new Map<string, new () => object>();
  for (const contracts of Object.values(CONTRACT_PACKAGES)) collectClasses(contracts, classesByName);
  for (const type of payloadClasses) classesByName.set(schemaNameOf(type), type);
  const schemas: Record<string, JsonSchema> = { ...ENVELOPE_SCHEMAS, ...asyncApiSchemas(openApi, classesByName) };

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const entry of catalogue) {
    const id = messageId(entry.subject);
    const payloadSchema = schemaNameOf(entry.payload);
    const payload = envelopeSchema(entry, payloadSchema);
    messages[id] = {
      name: id,
      title: entry.description.zh,
      summary: entry.description.en,
      description: `${entry.description.zh}\n\n${entry.description.en}\n\n载荷类 / payload class: \`${entry.payloadName}\`；流 / stream: \`${entry.stream}\`。`,
      contentType: 'application/json',
      headers: { $ref: `${SCHEMA_REF}EventHeaders` },
      payload,
      correlationId: { description: '事件 ID：信封 id 与 Nats-Msg-Id 相同 / The event id: envelope id = Nats-Msg-Id.', location: '$message.payload#/id' },
      tags: [{ name: entry.producer }],
      examples: [
        {
          name: 'example',
          summary: entry.description.zh,
          headers: { 'Nats-Msg-Id': EXAMPLE_UUID, [PRODUCER_HEADER]: `v1.${entry.producer}.c2lnbmF0dXJl`, [Headers.requestId]: 'req-0001', [Headers.traceparent]: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
          payload: {
            id: EXAMPLE_UUID,
            type: entry.subject,
            producer: entry.producer,
            occurredAt: '2026-12-04T09:30:00+08:00',
            actor: { userId: '7d0c6a52-8a7b-4f7e-9d51-1f2b3c4d5e6f', username: 'ducha_kz', displayName: '督查室科长' },
            requestId: 'req-0001',
            data: exampleOf({ $ref: `${SCHEMA_REF}${payloadSchema}` }, schemas),
          },
        },
      ],
    };
    channels[entry.subject] = {
      address: entry.subject,
      title: entry.description.zh,
      summary: entry.description.en,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      tags: [{ name: entry.producer }],
      'x-stream': entry.stream,
      'x-payload-class': entry.payloadName,
    };
    operations[`receive.${id}`] = {
      action: 'receive',
      title: `接收 ${entry.subject}`,
      summary: entry.description.en,
      channel: { $ref: `#/channels/${entry.subject}` },
      messages: [{ $ref: `#/channels/${entry.subject}/messages/${id}` }],
      tags: [{ name: entry.producer }],
    };
  }
  const producers = [...new Set(catalogue.map((entry) => entry.producer))].sort();
  return {
    asyncapi: '3.0.0',
    id: 'urn:gov-office-platform:events',
    info: {
      title: '区政府办公室协同办公平台 事件目录 / Events of the district government office platform',
      version: CATALOGUE_VERSION,
      description: `${GUARANTEES_ZH}\n\n${GUARANTEES_EN}`,
      tags: producers.map((app) => ({ name: app, description: SERVICE_TITLES[app as AppName] })),
      'x-streams': Object.fromEntries(producers.map((app) => [catalogue.find((e) => e.producer === app)!.stream, { subjects: `evt.${app}.>`, producer: app, retention: 'limits, max_age = STREAM_MAX_AGE_DAYS', duplicateWindowMs: DUPLICATE_WINDOW_MS }])),
    },
    defaultContentType: 'application/json',
    servers: {
      nats: {
        host: 'nats:4222',
        protocol: 'nats',
        description: 'NATS with JetStream (TLS in production, tls://). Each outside consumer has its own user, allowed to read only the streams it is granted (docs/CONSUMING-EVENTS.md).',
        security: [{ $ref: '#/components/securitySchemes/natsUser' }],
      },
    },
    channels,
    operations,
    components: {
      schemas,
      messages,
      securitySchemes: {
        natsUser: { type: 'userPassword', description: '每个外部消费者一个 NATS 用户（natsAuthorization 的 external consumers），只能读取授予它的流、只能使用自己的持久消费者 / One NATS user per outside consumer.' },
      },
    },
  };
}

function collectClasses(contracts: object, into: Map<string, new () => object>): void {
  for (const [name, value] of Object.entries(contracts)) {
    if (typeof value === 'function' && /^[A-Z]/.test(name)) into.set(schemaNameOf(value as new () => object), value as new () => object);
    else if (value && typeof value === 'object') {
      for (const [member, inner] of Object.entries(value as Record<string, unknown>)) {
        if (typeof inner === 'function' && /^[A-Z]/.test(member)) into.set(schemaNameOf(inner as new () => object), inner as new () => object);
      }
    }
  }
}

/** The document as the committed file holds it. */
export async function asyncApiJson(): Promise<string> {
  return `${JSON.stringify(await buildAsyncApiDocument(), null, 2)}\n`;
}
