import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';

interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema?: { type?: string; enum?: unknown[] };
}
interface Operation {
  summary?: string;
  description?: string;
  'x-permission'?: { anyOf: string[]; holders: string[] };
  parameters?: Parameter[];
  responses: Record<string, unknown>;
  security?: unknown[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const CJK = /[\u4e00-\u9fff]/;
/** Names a contract class gets when the document does not name it after its namespace (`CreateUnit.Request` → `Request`). */
const BARE_NAMES = ['Request', 'Reply', 'Body', 'Changes', 'Event', 'View'];
/**
 * Creating POSTs that do not take an Idempotency-Key, each for a reason, listed so that no other route joins them:
 * creating an account answers with its generated one-time password, which an idempotency record must never keep.
 */
// Their replies carry a generated password or secret shown once, which must not be kept for a replay.
const CREATES_WITHOUT_IDEMPOTENCY_KEY = ['POST /api/admin/users', 'POST /api/admin/webhooks'];

/**
 * The OpenAPI document of the whole platform, as a client generator reads it: every schema has a distinct name, every
 * operation a Chinese summary, and the conventions of the HTTP API (sign-in, Idempotency-Key, If-Match) are declared on
 * every route that follows them. Only the gateway is started: the document is built from its routes alone.
 */
describe('OpenAPI document', () => {
  let environment: TestEnvironment;
  let gateway: RunningGateway;
  let document: OpenApiDocument;
  let operations: { route: string; operation: Operation }[];

  const header = (operation: Operation, name: string) => (operation.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase());

  beforeAll(async () => {
    environment = await createTestEnvironment();
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    const answer = await request(gateway.app.getHttpServer()).get('/api/docs-json');
    expect(answer.status).toBe(200);
    document = answer.body as OpenApiDocument;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await environment?.dispose();
  });

  it('lists the routes of every service', () => {
    const routes = operations.map((o) => o.route);
    expect(routes).toEqual(
      expect.arrayContaining(['POST /api/units', 'POST /api/documents/outgoing', 'POST /api/suggestions/{id}/assign', 'GET /api/reform/tasks/{id}', 'POST /api/meetings']),
    );
    expect(operations.length).toBeGreaterThan(200);
  });

  it('names no schema bare Request, Reply, Body, Changes, Event or View: each is named after its namespace', () => {
    const names = Object.keys(document.components.schemas);
    expect(names.filter((name) => BARE_NAMES.includes(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['CreateUnitRequest', 'UpdateUnitChanges', 'AssignSuggestionBody', 'ListOutgoingReply', 'FileSupervisionPlanRequest']));
  });

  it('gives every operation a Chinese summary', () => {
    expect(operations.filter(({ operation }) => !CJK.test(operation.summary ?? '')).map((o) => o.route)).toEqual([]);
  });

  it('declares 401 on every operation that needs a signed-in caller; the public ones are only sign-in and the like', () => {
    const secured = operations.filter(({ operation }) => operation.security?.length);
    expect(secured.filter(({ operation }) => !operation.responses['401']).map((o) => o.route)).toEqual([]);
    const open = operations.filter(({ operation }) => !operation.security?.length).map((o) => o.route);
    expect(open.filter((route) => !/ \/(api\/auth|health)\//.test(route))).toEqual([]);
  });

  it('documents the Idempotency-Key header on every creating POST (answered 201)', () => {
    const creating = operations.filter(({ route, operation }) => route.startsWith('POST ') && operation.responses['201']);
    expect(creating.length).toBeGreaterThan(40);
    const without = creating.filter(({ operation }) => !header(operation, 'Idempotency-Key')).map((o) => o.route);
    expect(without.filter((route) => !CREATES_WITHOUT_IDEMPOTENCY_KEY.includes(route))).toEqual([]);
  });

  it('documents 412 and 428 on every route that takes If-Match', () => {
    const versioned = operations.filter(({ operation }) => header(operation, 'If-Match'));
    expect(versioned.length).toBeGreaterThan(50);
    expect(versioned.filter(({ operation }) => !operation.responses['412'] || !operation.responses['428']).map((o) => o.route)).toEqual([]);
  });

  it('states on every route to a section service the permission it needs and the roles and sections that hold it', () => {
    const declared = operations.filter(({ operation }) => operation['x-permission']);
    expect(declared.length).toBeGreaterThanOrEqual(250);
    const unstated = declared.filter(({ operation }) => {
      const { anyOf, holders } = operation['x-permission']!;
      return !anyOf.length || !anyOf.every((p) => operation.description?.includes(`\`${p}\``)) || !operation.description?.includes('持有该权限的角色与科室') || !Array.isArray(holders);
    });
    expect(unstated.map((o) => o.route)).toEqual([]);
    const units = declared.find((o) => o.route === 'POST /api/units')!.operation['x-permission']!;
    expect(units).toEqual({ anyOf: ['units:write'], holders: expect.arrayContaining(['综合科负责人', '综合科工作人员']) });
  });

  it('documents the query parameters of every list GET to a section service from its query class (names, types, enums, descriptions)', () => {
    const pageOf = (operation: Operation) => {
      const ref = ((operation.responses['200'] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined)?.content?.['application/json']?.schema?.$ref ?? '').split('/').pop()!;
      const properties = document.components.schemas[ref]?.properties ?? {};
      return 'items' in properties && 'total' in properties;
    };
    const lists = operations.filter(({ route, operation }) => route.startsWith('GET ') && operation['x-permission'] && pageOf(operation));
    expect(lists.length).toBeGreaterThanOrEqual(35);
    const query = (operation: Operation) => (operation.parameters ?? []).filter((p) => p.in === 'query');
    expect(lists.filter(({ operation }) => !['limit', 'offset'].every((name) => query(operation).some((p) => p.name === name))).map((o) => o.route)).toEqual([]);
    const undescribed = operations.filter(({ operation }) => operation['x-permission']).flatMap(({ route, operation }) => query(operation).filter((p) => !CJK.test(p.description ?? '')).map((p) => `${route} ${p.name}`));
    expect(undescribed).toEqual([]);
    const items = operations.find((o) => o.route === 'GET /api/supervision/items')!.operation;
    expect(query(items).map((p) => p.name)).toEqual(expect.arrayContaining(['sourceId', 'q', 'limit', 'status']));
    expect(query(items).find((p) => p.name === 'status')?.schema?.enum?.length).toBeGreaterThan(1);
    expect(query(items).find((p) => p.name === 'limit')?.description).toMatch(CJK);
  });
});
