import { SERVICE_NAMES, streamOf, type AppName } from '@gov/contracts-common';
import type { Bus, ConsumerSpec, DeliveredEvent, IncomingRequest, Stoppable } from './bus.js';

/**
 * Least privilege on the bus, one rule for both buses: what each app may do, in the bus's own (un-namespaced) terms.
 * - Only the gateway calls services: it alone publishes requests on `rpc.>`.
 * - A service answers only its own subjects (`rpc.<app>.>`) and publishes events only on its own (`evt.<app>.>`),
 *   into its own stream; it may read (consume) any service's events — that is what events are for.
 * The NATS server gets the same rules as users with permissions ({@link natsAuthorization}); the in-process bus gets
 * them through {@link scopedBus}, a view of the shared bus per app.
 */
export interface BusGrants {
  /** Subjects the app may send requests to. */
  request: string[];
  /** Subjects the app may serve (answer requests on). */
  serve: string[];
  /** Subjects the app may publish events on. */
  publish: string[];
  /** The only stream whose configuration the app may change (others it may create if absent, never update). */
  ownStream: string;
}

export function busGrants(app: AppName): BusGrants {
  return {
    request: app === 'gateway' ? ['rpc.>'] : [],
    serve: [`rpc.${app}.>`],
    publish: [`evt.${app}.>`],
    ownStream: streamOf(app),
  };
}

/** NATS subject matching: `*` one token, `>` one or more trailing tokens. A pattern is covered token by token. */
export function subjectCovers(grant: string, subject: string): boolean {
  const g = grant.split('.');
  const s = subject.split('.');
  for (let i = 0; i < g.length; i++) {
    if (g[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (g[i] !== '*' && g[i] !== s[i]) return false;
    if (g[i] === '*' && s[i] === '>') return false;
  }
  return g.length === s.length;
}

export class BusPermissionError extends Error {
  constructor(
    readonly app: AppName,
    readonly operation: string,
    readonly subject: string,
  ) {
    super(`Permissions Violation for ${operation} to "${subject}" by ${app}`);
    this.name = 'BusPermissionError';
  }
}

/** The shared in-process bus as one app may use it: every operation checked against that app's grants. */
export function scopedBus(bus: Bus, app: AppName): Bus {
  const grants = busGrants(app);
  const allowed = (list: string[], subject: string): boolean => list.some((grant) => subjectCovers(grant, subject));
  const check = (list: string[], operation: string, subject: string): void => {
    if (!allowed(list, subject)) throw new BusPermissionError(app, operation, subject);
  };
  return {
    kind: bus.kind,
    request: async (subject: string, data: unknown, headers: Record<string, string>, timeoutMs: number) => {
      check(grants.request, 'publish', subject);
      return bus.request(subject, data, headers, timeoutMs);
    },
    serve: async (pattern: string, queue: string, handler: (request: IncomingRequest) => Promise<unknown>): Promise<Stoppable> => {
      check(grants.serve, 'subscription', pattern);
      return bus.serve(pattern, queue, handler);
    },
    ensureStream: async (stream: string, pattern: string, maxAgeMs?: number, createOnly?: boolean) => {
      // Its own stream with its own subjects; another's only as that producer would make it, and only if absent.
      const producer = [...SERVICE_NAMES, 'gateway' as const].find((name) => streamOf(name) === stream);
      if (!producer || pattern !== `evt.${producer}.>` || (producer !== app && !createOnly)) throw new BusPermissionError(app, 'stream', stream);
      return bus.ensureStream(stream, pattern, maxAgeMs, createOnly);
    },
    publish: async (subject: string, data: unknown, msgId: string, headers: Record<string, string>) => {
      check(grants.publish, 'publish', subject);
      return bus.publish(subject, data, msgId, headers);
    },
    consume: async (spec: ConsumerSpec, handler: (event: DeliveredEvent) => Promise<void>) => {
      if (!spec.durable.startsWith(`${app}--`)) throw new BusPermissionError(app, 'consumer', spec.durable);
      return bus.consume(spec, handler);
    },
    isConnected: () => bus.isConnected(),
    ...(bus.purge ? { purge: (before: Date) => bus.purge!(before) } : {}),
    // The shared bus belongs to whoever opened it, not to one app's view.
    close: async () => undefined,
  };
}

/**
 * The `authorization` block of a NATS server configuration with one user per app, its password from the server's
 * environment (`$NATS_PASSWORD_<APP>`, from a Secret) or given, and the same grants as {@link busGrants}, expressed on
 * NATS subjects: the namespace prefix, JetStream's API for its own stream and its consumers, its own reply inbox
 * (`_INBOX_<app>.>`: nobody reads another app's replies) and responses to requests it received.
 */
export function natsAuthorization(
  options: { namespace?: string; passwords?: Partial<Record<AppName, string>>; extraUsers?: string[]; externalConsumers?: ExternalConsumerGrant[] } = {},
): string {
  const ns = options.namespace ?? '';
  const subject = (s: string): string => (ns ? `${ns}.${s}` : s);
  const stream = (s: string): string => (ns ? `${ns.toUpperCase()}_${s}` : s);
  const quote = (values: string[]): string => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const users = (['gateway', ...SERVICE_NAMES] as AppName[]).map((app) => {
    const grants = busGrants(app);
    // NATS wildcards match whole tokens only, so every stream is named: the apps' streams are known.
    const streams = (['gateway', ...SERVICE_NAMES] as AppName[]).map((producer) => stream(streamOf(producer)));
    const publish = [
      ...grants.request.map(subject),
      ...grants.publish.map(subject),
      '$JS.API.INFO',
      `$JS.API.STREAM.UPDATE.${stream(grants.ownStream)}`,
      ...streams.flatMap((name) => [
        `$JS.API.STREAM.INFO.${name}`,
        `$JS.API.STREAM.CREATE.${name}`,
        `$JS.API.CONSUMER.CREATE.${name}.>`,
        `$JS.API.CONSUMER.DURABLE.CREATE.${name}.>`,
        `$JS.API.CONSUMER.INFO.${name}.>`,
        `$JS.API.CONSUMER.MSG.NEXT.${name}.>`,
        `$JS.ACK.${name}.>`,
      ]),
    ];
    const subscribe = [...grants.serve.map(subject), `${inboxPrefixOf(app)}.>`];
    const password = options.passwords?.[app] ?? `$NATS_PASSWORD_${app.replace(/-/g, '_').toUpperCase()}`;
    const passwordValue = password.startsWith('$') ? password : JSON.stringify(password);
    return `    { user: ${JSON.stringify(app)}, password: ${passwordValue}, permissions: { publish: { allow: ${quote(publish)} }, subscribe: { allow: ${quote(subscribe)} }, allow_responses: true } }`;
  });
  const external = (options.externalConsumers ?? []).map((grant) => externalConsumerUser(grant, ns));
  return ['authorization {', '  users: [', [...users, ...external, ...(options.extraUsers ?? [])].join(',\n'), '  ]', '}', ''].join('\n');
}

/** Each app's own reply inbox on NATS, so that no app can read another's replies. */
export function inboxPrefixOf(app: AppName): string {
  return `_INBOX_${app.replace(/-/g, '_')}`;
}

/**
 * A system outside the platform that reads events (docs/CONSUMING-EVENTS.md): a NATS user of its own, `ext-<name>`,
 * that may read the streams of the producers it is granted through one durable consumer of its own, `ext-<name>` on
 * each of them, and nothing else: it publishes no event and no request, cannot create, change or delete a stream, and
 * cannot read or take over any other consumer (an app's durable, another outside system's).
 */
export interface ExternalConsumerGrant {
  /** Lower-case letters, digits and dashes, e.g. `city-supervision`. */
  name: string;
  /** The producers whose streams (`EVT_<APP>`) it may read. */
  streams: AppName[];
  /** Given (tests), else `$NATS_PASSWORD_EXT_<NAME>` from the server's environment (a Secret). */
  password?: string;
}

/** The NATS user, the durable consumer name (on every granted stream) and the reply inbox of an outside consumer. */
export function externalConsumerIdentity(name: string): { user: string; durable: string; inboxPrefix: string } {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(name)) throw new Error(`external consumer name "${name}": lower-case letters, digits and dashes, 2–41 characters`);
  return { user: `ext-${name}`, durable: `ext-${name}`, inboxPrefix: `_INBOX_ext_${name.replace(/-/g, '_')}` };
}

/** One `users` entry of the `authorization` block for an outside consumer (see {@link ExternalConsumerGrant}). */
export function externalConsumerUser(grant: ExternalConsumerGrant, namespace = ''): string {
  const { user, durable, inboxPrefix } = externalConsumerIdentity(grant.name);
  const stream = (s: string): string => (namespace ? `${namespace.toUpperCase()}_${s}` : s);
  const quote = (values: string[]): string => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const publish = [
    '$JS.API.INFO',
    ...grant.streams.map((producer) => stream(streamOf(producer))).flatMap((name) => [
      `$JS.API.STREAM.INFO.${name}`,
      `$JS.API.CONSUMER.CREATE.${name}.${durable}`,
      `$JS.API.CONSUMER.CREATE.${name}.${durable}.>`,
      `$JS.API.CONSUMER.DURABLE.CREATE.${name}.${durable}`,
      `$JS.API.CONSUMER.INFO.${name}.${durable}`,
      `$JS.API.CONSUMER.MSG.NEXT.${name}.${durable}`,
      `$JS.ACK.${name}.${durable}.>`,
    ]),
  ];
  const password = grant.password ?? `$NATS_PASSWORD_EXT_${grant.name.replace(/-/g, '_').toUpperCase()}`;
  const passwordValue = password.startsWith('$') ? password : JSON.stringify(password);
  return `    { user: ${JSON.stringify(user)}, password: ${passwordValue}, permissions: { publish: { allow: ${quote(publish)} }, subscribe: { allow: ${quote([`${inboxPrefix}.>`])} } } }`;
}
