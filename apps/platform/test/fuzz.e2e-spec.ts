import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_ROLES, type RoleCode } from '@gov/contracts-common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';
import { gatewayRoutes } from './gateway-routes.js';

/**
 * The schema-driven fuzzer. For every route of the OpenAPI document that takes a request body it derives malformed inputs
 * from the route's own schema (wrong types, missing and extra fields, null, huge strings, impossible dates such as
 * 2026-02-30, integers out of range, bad enum values, bad UUIDs in path parameters, wrong content types, bodies that are
 * not JSON objects) and sends each as a user who holds the route's permission. It passes only when no answer is a 5xx,
 * every error is problem+json, and no input the schema forbids is accepted. New routes are covered automatically.
 *
 * By default it sends a sample of about 20 inputs per route (the ones that found faults before, then a seeded sample of
 * the rest); FUZZ_FULL=1 sends at least 200 per route. FUZZ_ROUTE=<substring> narrows the run to matching routes.
 */

const FULL = process.env.FUZZ_FULL === '1';
const PER_ROUTE = FULL ? 200 : 20;
const ONLY = process.env.FUZZ_ROUTE;
const INT32_MAX = 2_147_483_647;
const INT32_MIN = -2_147_483_648;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  additionalProperties?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** One malformed input. `forbidden`: the route's schema (or the platform's rule of no unknown fields) refuses it. */
interface Input {
  label: string;
  body?: unknown;
  /** Sent as is with this content type instead of JSON. */
  raw?: { contentType: string; text: string };
  path?: Record<string, string>;
  forbidden: boolean;
  /** Inputs of the kinds that found faults before; always in the sample. */
  priority?: boolean;
}

interface Route {
  method: string;
  path: string;
  operation: Operation;
  schema: Schema;
  contentType: string;
  permissions: string[] | 'authenticated' | 'public';
}

// ---- the schema ----

function resolver(document: OpenApiDocument) {
  const resolve = (schema: Schema | undefined, depth = 0): Schema => {
    if (!schema || depth > 12) return {};
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')], depth + 1);
    if (schema.allOf?.length) {
      const parts = schema.allOf.map((part) => resolve(part, depth + 1));
      const { allOf: _allOf, ...own } = schema;
      return parts.reduce<Schema>(
        (merged, part) => ({
          ...merged,
          ...part,
          properties: { ...merged.properties, ...part.properties },
          required: [...(merged.required ?? []), ...(part.required ?? [])],
        }),
        own,
      );
    }
    return schema;
  };
  return resolve;
}

/** A value the schema accepts, as plausible as the schema lets us make it. */
function validValue(schema: Schema, resolve: (s?: Schema) => Schema, depth = 0): unknown {
  const s = resolve(schema);
  if (s.example !== undefined && s.type !== 'object' && s.type !== 'array') return s.example;
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-12-01';
      if (s.format === 'date-time') return '2026-12-01T09:00:00+08:00';
      return '测试'.repeat(Math.max(1, Math.ceil((s.minLength ?? 1) / 2))).slice(0, Math.max(s.maxLength ?? 40, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 ? [] : Array.from({ length: s.minItems ?? 0 }, () => validValue(s.items ?? {}, resolve, depth + 1));
    default:
      if (s.properties && depth <= 4) {
        return Object.fromEntries((s.required ?? []).filter((name) => s.properties?.[name]).map((name) => [name, validValue(s.properties![name], resolve, depth + 1)]));
      }
      return {};
  }
}

const IMPOSSIBLE_DATES = ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00', '1900-02-29', '0000-01-01'];
const IMPOSSIBLE_DATE_TIMES = ['2026-02-30T10:00+08:00', '2026-12-01T24:00:00+08:00', '2026-12-01T09:60:00+08:00', '2026-04-31T00:00:00Z', '2026-12-01T09:00:00'];

/** The n-th impossible date of an endless family (31st of 30-day months, 29–31 February of common years). */
function impossibleDate(n: number): string {
  const year = 2001 + (n % 97);
  const kind = Math.floor(n / 97) % 6;
  const common = year % 4 !== 0 ? year : year + 1;
  return [`${year}-04-31`, `${year}-06-31`, `${year}-09-31`, `${year}-11-31`, `${common}-02-29`, `${year}-02-30`][kind];
}

/** Values of the wrong type or out of the schema's range, each with whether the schema refuses it. */
function badValues(schema: Schema, resolve: (s?: Schema) => Schema, optional = false): { label: string; value: unknown; forbidden: boolean; priority?: boolean }[] {
  const s = resolve(schema);
  const nullable = !!s.nullable;
  const out: { label: string; value: unknown; forbidden: boolean; priority?: boolean }[] = [
    // An optional field given as null counts as not given (class-validator's IsOptional, the platform's convention).
    { label: 'null', value: null, forbidden: !nullable && !optional },
    { label: 'object', value: { a: 1 }, forbidden: s.type !== 'object' && !!s.type },
    { label: 'array', value: [1, 'x'], forbidden: s.type !== 'array' && !!s.type },
  ];
  if (s.type !== 'boolean') out.push({ label: 'boolean', value: true, forbidden: !!s.type || !!s.enum });
  if (s.enum?.length) out.push({ label: 'not in enum', value: `${String(s.enum[0])}_不存在`, forbidden: true });
  switch (s.type) {
    case 'string': {
      out.push({ label: 'number for text', value: 12345, forbidden: true });
      out.push({ label: 'huge string', value: '长'.repeat(200_000), forbidden: s.maxLength !== undefined || !!s.format || !!s.enum });
      out.push({ label: 'NUL byte', value: `a\u0000b`, forbidden: !!s.format || !!s.enum || (s.pattern !== undefined && !new RegExp(s.pattern).test('a\u0000b')) });
      out.push({ label: 'empty string', value: '', forbidden: (s.minLength ?? 0) > 0 || !!s.format || !!s.enum });
      if (s.format === 'date') {
        for (const date of IMPOSSIBLE_DATES) out.push({ label: `impossible date ${date}`, value: date, forbidden: true, priority: date === '2026-02-30' });
        out.push({ label: 'date-time for date', value: '2026-12-01T09:00:00+08:00', forbidden: true });
        out.push({ label: 'five-digit year', value: '20260-01-01', forbidden: true });
      } else if (s.format === 'date-time') {
        for (const at of IMPOSSIBLE_DATE_TIMES) out.push({ label: `impossible date-time ${at}`, value: at, forbidden: true, priority: at === IMPOSSIBLE_DATE_TIMES[0] });
        out.push({ label: 'words for date-time', value: 'yesterday', forbidden: true });
        out.push({ label: 'year 275760', value: '+275760-09-13T00:00:00Z', forbidden: true });
      } else if (s.format === 'uuid') {
        out.push({ label: 'bad uuid', value: 'not-a-uuid', forbidden: true, priority: true });
        out.push({ label: 'uuid with g', value: '00000000-0000-0000-0000-00000000000g', forbidden: true });
      } else if (s.maxLength !== undefined) {
        out.push({ label: 'one past maxLength', value: 'x'.repeat(s.maxLength + 1), forbidden: true });
      }
      break;
    }
    case 'integer':
    case 'number': {
      const integer = s.type === 'integer';
      out.push({ label: 'text for number', value: '1', forbidden: true });
      out.push({ label: 'int32 max + 1', value: INT32_MAX + 1, forbidden: integer || (s.maximum ?? Infinity) < INT32_MAX + 1, priority: true });
      out.push({ label: 'int32 min - 1', value: INT32_MIN - 1, forbidden: integer || (s.minimum ?? -Infinity) > INT32_MIN - 1 });
      out.push({ label: '1e20', value: 1e20, forbidden: integer || (s.maximum ?? Infinity) < 1e20, priority: true });
      out.push({ label: '-1e20', value: -1e20, forbidden: integer || (s.minimum ?? -Infinity) > -1e20 });
      out.push({ label: 'negative', value: -1, forbidden: (s.minimum ?? -Infinity) > -1 });
      if (integer) out.push({ label: 'fraction', value: 1.5, forbidden: true });
      if (s.minimum !== undefined) out.push({ label: 'minimum - 1', value: s.minimum - 1, forbidden: true });
      if (s.maximum !== undefined) out.push({ label: 'maximum + 1', value: s.maximum + 1, forbidden: true });
      break;
    }
    case 'boolean':
      out.push({ label: 'text for boolean', value: 'true', forbidden: true }, { label: 'number for boolean', value: 1, forbidden: true });
      break;
    case 'array': {
      out.push({ label: 'text for array', value: 'x', forbidden: true });
      out.push({ label: 'ten thousand items', value: Array.from({ length: 10_000 }, () => validValue(s.items ?? {}, resolve)), forbidden: s.maxItems !== undefined && s.maxItems < 10_000 });
      for (const bad of badValues(s.items ?? {}, resolve).slice(0, 12)) {
        out.push({ label: `item ${bad.label}`, value: [bad.value], forbidden: bad.forbidden, priority: bad.priority });
      }
      break;
    }
    default:
      if (s.properties) out.push({ label: 'text for object', value: 'x', forbidden: true });
  }
  return out;
}

/** The n-th extra bad value of an endless family, to reach the full size on routes with few fields. */
function familyValue(schema: Schema, resolve: (s?: Schema) => Schema, n: number): { label: string; value: unknown; forbidden: boolean } {
  const s = resolve(schema);
  if (s.type === 'string' && s.format === 'date') return { label: `impossible date ${impossibleDate(n)}`, value: impossibleDate(n), forbidden: true };
  if (s.type === 'string' && s.format === 'date-time') return { label: `impossible date-time #${n}`, value: `${impossibleDate(n)}T0${n % 10}:00:00+08:00`, forbidden: true };
  if (s.type === 'integer') return { label: `out of int32 #${n}`, value: n % 2 ? INT32_MAX + 1 + n * 7919 : INT32_MIN - 1 - n * 7919, forbidden: true };
  if (s.type === 'string' && s.maxLength !== undefined) return { label: `too long #${n}`, value: '超'.repeat(s.maxLength + 1 + n), forbidden: true };
  if (s.type === 'array') return { label: `array of wrong items #${n}`, value: [{ n }, [n]], forbidden: s.items?.type !== 'object' && !resolve(s.items).properties };
  return { label: `wrong type #${n}`, value: n % 3 === 0 ? { n } : n % 3 === 1 ? [n] : s.type === 'string' ? n : `${n}`, forbidden: !!s.type && s.type !== 'object' };
}

/** Every field path of the body schema, nested objects included, with its schema. */
function fields(schema: Schema, resolve: (s?: Schema) => Schema, prefix: string[] = [], depth = 0): { path: string[]; schema: Schema; required: boolean }[] {
  const s = resolve(schema);
  if (!s.properties || depth > 3) return [];
  return Object.entries(s.properties).flatMap(([name, child]) => {
    const path = [...prefix, name];
    const here = { path, schema: child, required: (s.required ?? []).includes(name) };
    const resolved = resolve(child);
    const nested = resolved.type === 'array' ? [] : fields(resolved, resolve, path, depth + 1);
    return [here, ...nested];
  });
}

function withField(base: unknown, path: string[], value: unknown, resolve: (s?: Schema) => Schema, schema: Schema): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let target = copy;
  let s = resolve(schema);
  for (const key of path.slice(0, -1)) {
    s = resolve(s.properties?.[key]);
    if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) target[key] = validValue(s, resolve);
    target = target[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function pathParams(route: Route): Parameter[] {
  return (route.operation.parameters ?? []).filter((p) => p.in === 'path');
}

/** All malformed inputs of a route, priority first. */
function inputsOf(route: Route, resolve: (s?: Schema) => Schema): Input[] {
  const base = validValue(route.schema, resolve);
  const inputs: Input[] = [];
  const add = (input: Input) => inputs.push(input);
  const json = route.contentType === 'application/json';
  // The body as a whole.
  const required = (resolve(route.schema).required ?? []).length > 0;
  // A JSON null body counts as an empty one.
  add({ label: 'body null', body: null, forbidden: json && required, priority: true });
  add({ label: 'body array', body: [base], forbidden: json });
  add({ label: 'body string', raw: { contentType: 'application/json', text: '"文本"' }, forbidden: json });
  add({ label: 'body number', raw: { contentType: 'application/json', text: '42' }, forbidden: json });
  add({ label: 'malformed JSON', raw: { contentType: 'application/json', text: '{"a": ' }, forbidden: true, priority: true });
  add({ label: 'text/plain', raw: { contentType: 'text/plain', text: 'hello' }, forbidden: json, priority: true });
  add({ label: 'XML', raw: { contentType: 'application/xml', text: '<a>1</a>' }, forbidden: json });
  add({ label: 'form-urlencoded', raw: { contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=2' }, forbidden: json });
  add({ label: 'over the body limit', raw: { contentType: 'application/json', text: JSON.stringify({ x: 'x'.repeat(1_100_000) }) }, forbidden: true });
  add({ label: 'extra field', body: { ...(base as object), unknownField: 'x' }, forbidden: true, priority: true });
  add({ label: '__proto__ field', raw: { contentType: 'application/json', text: JSON.stringify(base).replace(/^\{/, '{"__proto__":{"polluted":1},').replace(/,\}$/, '}') }, forbidden: true });
  if (Object.keys(base as object).length) add({ label: 'empty object', body: {}, forbidden: required });
  // Bad path parameters.
  for (const param of pathParams(route)) {
    const s = resolve(param.schema);
    if (s.enum?.length) add({ label: `path ${param.name} not in enum`, body: base, path: { [param.name]: 'bogus' }, forbidden: true });
    for (const [label, value] of [
      ['not a uuid', 'not-a-uuid'],
      ['uuid with g', '00000000-0000-0000-0000-00000000000g'],
      ['number', '12345678901234567890'],
      ['encoded slash', '..%2F..%2Fetc'],
      ['very long', 'a'.repeat(3000)],
      ['bad percent-encoding', '%E0%A4%A'],
    ] as const) {
      add({ label: `path ${param.name} ${label}`, body: base, path: { [param.name]: value }, forbidden: s.format === 'uuid' || !!s.enum, priority: label === 'not a uuid' || label === 'very long' });
    }
  }
  // Field by field.
  const all = fields(route.schema, resolve);
  for (const field of all) {
    const name = field.path.join('.');
    if (field.required) add({ label: `${name} missing`, body: withField(base, field.path, undefined, resolve, route.schema), forbidden: true });
    for (const bad of badValues(field.schema, resolve, !field.required)) {
      add({ label: `${name} ${bad.label}`, body: withField(base, field.path, bad.value, resolve, route.schema), forbidden: bad.forbidden, priority: bad.priority });
    }
  }
  // Endless families, until the full size is reached.
  for (let n = 0; inputs.length < PER_ROUTE && all.length && n < 5000; n++) {
    const field = all[n % all.length];
    const bad = familyValue(field.schema, resolve, Math.floor(n / all.length));
    add({ label: `${field.path.join('.')} ${bad.label}`, body: withField(base, field.path, bad.value, resolve, route.schema), forbidden: bad.forbidden });
  }
  for (let n = 0; inputs.length < PER_ROUTE; n++) {
    add({ label: `extra field #${n}`, body: { ...(base as object), [`extra${n}`]: n % 2 ? n : { n } }, forbidden: true });
  }
  return inputs;
}

function seeded(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** The inputs sent: all of them with FUZZ_FULL=1, otherwise the priority ones and a seeded sample of the rest. */
function selection(route: Route, inputs: Input[]): Input[] {
  if (FULL) return inputs;
  const priority = inputs.filter((i) => i.priority);
  const rest = inputs.filter((i) => !i.priority);
  const random = seeded(`${route.method} ${route.path}`);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...priority.slice(0, PER_ROUTE), ...rest].slice(0, Math.max(PER_ROUTE, Math.min(priority.length, PER_ROUTE + 10)));
}

// ---- routes and who may call them ----

function accessOf(): Map<string, string[] | 'authenticated' | 'public'> {
  return new Map(
    [...gatewayRoutes()].map(([route, access]) => [route, !access || access.kind === 'public' ? 'public' : access.kind === 'authenticated' ? 'authenticated' : access.anyOf]),
  );
}

/** Query parameters the platform's list routes commonly take, for routes whose query the document does not describe. */
const COMMON_QUERY: Parameter[] = [
  { name: 'limit', in: 'query', schema: { type: 'integer' } },
  { name: 'offset', in: 'query', schema: { type: 'integer' } },
  { name: 'q', in: 'query', schema: { type: 'string' } },
  { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
  { name: 'year', in: 'query', schema: { type: 'integer' } },
  { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } },
];

describe(`schema-driven fuzzer (${FULL ? 'full' : 'sample'}: ${PER_ROUTE} inputs per route)`, () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let document: OpenApiDocument;
  const tokens = new Map<string, string>();
  let grants: { roles: RoleCode[]; sectionCode: string | null; permissions: Set<string> }[] = [];

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    document = (await http.get('/api/docs-json')).body as OpenApiDocument;
    const gatewayDb = platform.gateway.app.get<DataSource>(DATA_SOURCE);
    const schema = platform.gateway.app.get<string>(SCHEMA);
    const byRole: { role_code: RoleCode; permission: string }[] = await gatewayDb.query(`SELECT role_code, permission FROM "${schema}".role_permission`);
    const bySection: { section_code: string; role_code: RoleCode; permission: string }[] = await gatewayDb.query(
      `SELECT section_code, role_code, permission FROM "${schema}".section_permission`,
    );
    const grantOf = new Map<string, { roles: RoleCode[]; sectionCode: string | null; permissions: Set<string> }>();
    const sectionRole = (role: RoleCode) => role === 'section_staff' || role === 'section_chief';
    for (const row of byRole) {
      const key = `${row.role_code}|${sectionRole(row.role_code) ? 'zonghe' : ''}`;
      const grant = grantOf.get(key) ?? { roles: [row.role_code], sectionCode: sectionRole(row.role_code) ? 'zonghe' : null, permissions: new Set() };
      grant.permissions.add(row.permission);
      grantOf.set(key, grant);
    }
    for (const row of bySection) {
      const key = `${row.role_code}|${row.section_code}`;
      const grant = grantOf.get(key) ?? { roles: [row.role_code], sectionCode: row.section_code, permissions: new Set() };
      grant.permissions.add(row.permission);
      grantOf.set(key, grant);
    }
    // A section's grants add to the role's own.
    for (const grant of grantOf.values()) {
      for (const row of byRole) if (grant.roles.includes(row.role_code)) grant.permissions.add(row.permission);
    }
    // Liaison staff last: they need a unit, and office staff hold most of what they hold.
    grants = [...grantOf.values()].sort((a, b) => Number(a.roles.includes('unit_liaison')) - Number(b.roles.includes('unit_liaison')));
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  async function tokenFor(permissions: string[] | 'authenticated' | 'public'): Promise<string | undefined> {
    if (permissions === 'public') return undefined;
    const grant = permissions === 'authenticated' ? grants.find((g) => g.roles.includes('section_staff')) : grants.find((g) => permissions.some((p) => g.permissions.has(p)));
    if (!grant) throw new Error(`no role holds any of ${String(permissions)}`);
    const key = `${grant.roles.join(',')}|${grant.sectionCode ?? ''}`;
    const known = tokens.get(key);
    if (known) return known;
    let unitId: string | null = null;
    if (grant.roles.includes('unit_liaison')) {
      const staff = await tokenFor(['units:read']);
      unitId = ((await http.get('/api/units').query({ limit: 1 }).set('authorization', `Bearer ${staff}`)).body as { items: { id: string }[] }).items[0].id;
    }
    const user = await createUserForTest(platform.gateway, { roles: grant.roles, sectionCode: grant.sectionCode, unitId, clearance: ADMIN_ROLES.some((r) => grant.roles.includes(r)) ? 0 : 3 });
    const token = await signIn(http, user.username, user.password, user.totpSecret);
    tokens.set(key, token);
    return token;
  }

  async function throwawayToken(): Promise<string> {
    const user = await createUserForTest(platform.gateway, { roles: ['section_staff'] });
    return signIn(http, user.username, user.password);
  }

  function bodyRoutes(): Route[] {
    const access = accessOf();
    const routes: Route[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['post', 'put', 'patch'].includes(method) || !operation.requestBody) continue;
        const [contentType, media] = Object.entries(operation.requestBody.content)[0];
        const key = `${method.toUpperCase()} ${path}`;
        if (ONLY && !key.includes(ONLY)) continue;
        routes.push({ method, path, operation, schema: media.schema ?? {}, contentType, permissions: access.get(key) ?? 'authenticated' });
      }
    }
    return routes;
  }

  async function send(route: Route, token: string | undefined, body: unknown, params: Record<string, string> = {}) {
    const resolve = resolver(document);
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (params[name] !== undefined) return params[name];
      const s = resolve(pathParams(route).find((p) => p.name === name)?.schema);
      return s.enum?.length ? String(s.enum[0]) : randomUUID();
    });
    let call = http[route.method as 'post' | 'put' | 'patch'](path).set('if-match', 'W/"1"');
    if (token) call = call.set('authorization', `Bearer ${token}`);
    return call.set('content-type', 'application/json').send(JSON.stringify(body));
  }

  it('every date, date-time and integer field of every route refuses an impossible value with a field error naming it (issue 12)', async () => {
    const resolve = resolver(document);
    const routes = bodyRoutes().filter((route) => route.contentType === 'application/json' && !route.path.startsWith('/api/auth/'));
    const impossible: Record<string, { value: unknown; codes: string[] }> = {
      date: { value: '2026-02-30', codes: ['isCalendarDate'] },
      'date-time': { value: '2026-02-30T10:00+08:00', codes: ['isOffsetDateTime'] },
      integer: { value: 3_000_000_000, codes: ['isInt32', 'max', 'isIn', 'isEnum'] },
    };
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const token = await tokenFor(route.permissions);
      const base = validValue(route.schema, resolve);
      for (const field of fields(route.schema, resolve)) {
        const s = resolve(field.schema);
        const rule = impossible[s.type === 'integer' ? 'integer' : (s.format ?? '')];
        if (!rule || s.type === 'array') continue;
        checked++;
        const name = field.path.join('.');
        const answer = await send(route, token, withField(base, field.path, rule.value, resolve, route.schema));
        const named = ((answer.body?.errors ?? []) as { field: string; code: string }[]).filter((e) => e.field === name);
        if (answer.status !== 400 || !named.some((e) => rule.codes.includes(e.code))) {
          failures.push(`${route.method.toUpperCase()} ${route.path} ${name}=${JSON.stringify(rule.value)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(ONLY ? 0 : 100);
    expect(failures).toEqual([]);
  });

  it('sends malformed query parameters to every GET route: no 5xx, every error problem+json', async () => {
    const resolve = resolver(document);
    const access = accessOf();
    const bad = (schema: Schema): string[] => {
      const s = resolve(schema);
      const values = ['\u0000', 'x'.repeat(5000), '{"a":1}', "' OR 1=1 --"];
      if (s.format === 'date') values.push('2026-02-30', '2026-13-01', '99999-01-01');
      if (s.format === 'date-time') values.push('2026-02-30T10:00+08:00', '2026-12-01T24:00:00Z');
      if (s.format === 'uuid') values.push('not-a-uuid');
      if (s.type === 'integer' || s.type === 'number') values.push('2147483648', '1e20', '-99999999999', '1.5', 'NaN', 'Infinity');
      if (s.type === 'boolean') values.push('maybe', '2');
      if (s.enum?.length) values.push(`${String(s.enum[0])}_不存在`);
      return values;
    };
    const failures: string[] = [];
    let sent = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      const operation = item.get;
      if (!operation || (ONLY && !`GET ${path}`.includes(ONLY))) continue;
      // The document does not list every route's query parameters yet: where it lists none, the platform's usual ones.
      const documented = (operation.parameters ?? []).filter((p) => p.in === 'query');
      const query: Parameter[] = documented.length ? documented : COMMON_QUERY;
      const token = await tokenFor(access.get(`GET ${path}`) ?? 'authenticated');
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const s = resolve((operation.parameters ?? []).find((p) => p.name === name)?.schema);
        return s.enum?.length ? String(s.enum[0]) : randomUUID();
      });
      const pairs = query.flatMap((param) => bad(param.schema ?? {}).map((value) => ({ param, value })));
      const random = seeded(`GET ${path}`);
      const chosen = FULL ? pairs : pairs.map((pair) => ({ pair, key: random() })).sort((a, b) => a.key - b.key).slice(0, 6).map((x) => x.pair);
      for (const { param, value } of chosen) {
        sent++;
        let call = http.get(url).query({ [param.name]: value });
        if (token) call = call.set('authorization', `Bearer ${token}`);
        const answer = await call;
        const where = `GET ${path} ?${param.name}=${value.slice(0, 40)} → ${answer.status}`;
        if (answer.status >= 500) failures.push(`${where} ${JSON.stringify(answer.body).slice(0, 300)}`);
        else if (answer.status >= 400 && !String(answer.headers['content-type']).startsWith('application/problem+json')) failures.push(`${where} not problem+json`);
      }
    }
    console.info(`fuzzer: ${sent} malformed query parameters`);
    expect(sent).toBeGreaterThan(ONLY ? 0 : 50);
    expect(failures).toEqual([]);
  });

  it('sends malformed input to every route with a body: no 5xx, every error problem+json, nothing forbidden accepted', async () => {
    const resolve = resolver(document);
    const routes = bodyRoutes();
    expect(routes.length).toBeGreaterThan(ONLY ? 0 : 100);

    const failures: string[] = [];
    const counts: number[] = [];
    for (const route of routes) {
      // Routes on the caller's own account and session (sign-out, password) are sent as a throwaway user.
      const ownSession = route.path.startsWith('/api/auth/') && route.permissions !== 'public';
      const token = ownSession ? await throwawayToken() : await tokenFor(route.permissions);
      const inputs = selection(route, inputsOf(route, resolve));
      counts.push(inputs.length);
      for (const input of inputs) {
        const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (input.path?.[name] !== undefined) return input.path[name];
          const s = resolve(pathParams(route).find((p) => p.name === name)?.schema);
          return s.enum?.length ? String(s.enum[0]) : randomUUID();
        });
        let call = http[route.method as 'post' | 'put' | 'patch'](path).set('if-match', 'W/"1"');
        if (token) call = call.set('authorization', `Bearer ${token}`);
        const answer = input.raw ? await call.set('content-type', input.raw.contentType).send(input.raw.text) : await call.set('content-type', 'application/json').send(JSON.stringify(input.body));
        const where = `${route.method.toUpperCase()} ${route.path} [${input.label}] → ${answer.status}`;
        if (answer.status >= 500) failures.push(`${where} ${JSON.stringify(answer.body).slice(0, 300)}`);
        else if (answer.status >= 400 && !String(answer.headers['content-type']).startsWith('application/problem+json')) failures.push(`${where} not problem+json: ${answer.headers['content-type']}`);
        else if (answer.status >= 400 && (typeof answer.body?.code !== 'string' || typeof answer.body?.title !== 'string')) failures.push(`${where} problem without code/title`);
        else if (answer.status < 300 && input.forbidden) failures.push(`${where} accepted an input its schema forbids`);
      }
    }
    console.info(`fuzzer: ${routes.length} routes, ${counts.reduce((a, b) => a + b, 0)} inputs (${Math.min(...counts)}–${Math.max(...counts)} per route)`);
    expect(failures).toEqual([]);
    if (FULL) expect(Math.min(...counts)).toBeGreaterThanOrEqual(200);
  }, FULL ? 3_600_000 : 600_000);
});
