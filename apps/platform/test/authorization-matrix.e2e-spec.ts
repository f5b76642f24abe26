import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_ROLES, Clearance, ROLE_CODES, type RoleCode } from '@gov/contracts-common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';
import { gatewayRoutes, type RouteAccess } from './gateway-routes.js';
import { FIXTURE_CASES, levelOfCase, resolvePolicy, unitOfCase, type FixtureKind, type PolicyEntry, type RecordCase } from './authorization/policy.js';

/**
 * The role × route × record authorization matrix (issue 11). Every route of the OpenAPI document, as every role (each
 * section's grants as a role of its own, two liaisons of different units and a staff member of low clearance), on the
 * records the policy table (authorization/policy.ts) names: a record of the caller's unit, one of another unit, one
 * of no unit, one above the caller's clearance. The expected answer comes from the route's permission, the gateway's
 * role and section tables, and the route's policy entry; a route without an entry fails the test.
 *
 * What the answers mean (bodies are `{}`, changes carry a stale `If-Match`, so that nothing is changed):
 * - `allowed`: past authorization — any answer but 401, 403 and 5xx; and not 404 when every path parameter names a
 *   record the test built (400, 409, 412, 422 and 428 are the route refusing the empty body or the stale version).
 * - `forbidden`: 403 (the caller holds none of the route's permissions: the problem's `missingPermission` and
 *   `requiredPermissions` name them).
 * - `hidden`: the record is invisible to the caller (another unit's, no liaison's, above the clearance): 404, or a 400
 *   REQUEST.VALIDATION_FAILED (the empty body or a missing query refused before the record is read reveals nothing),
 *   or another 400 only when the same request on a random id gets the same answer (a rule of the body checked before
 *   the record is read). Never 2xx, 409, 412 or 422, which would show that the record exists.
 * - `absent`: a random id on a route whose record the test cannot build: as `hidden`.
 */

type Access = RouteAccess;
type Expected = 'allowed' | 'forbidden' | 'hidden' | 'absent';
type Case = RecordCase | 'random';

interface Principal {
  name: string;
  roles: RoleCode[];
  sectionCode: string | null;
  unit: 'a' | 'b' | null;
  clearance: Clearance;
  permissions: Set<string>;
  token: string;
}

interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[]; format?: string; type?: string };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const CONCURRENCY = 8;
const STALE_VERSION = 'W/"999999"';

/** Every gateway route's declared access, keyed `METHOD /openapi/path`; a route that declares none is left out, and the test lists it. */
function routeAccess(): Map<string, Access> {
  return new Map([...gatewayRoutes()].filter((entry): entry is [string, Access] => entry[1] !== undefined));
}

/** The expected answer of one request, from the permission tables and the route's policy entry. */
function expectedOf(access: Access, entry: PolicyEntry, principal: Principal, recordCase: Case): Expected {
  if (access.kind === 'public' || access.kind === 'authenticated') return recordCase === 'random' && entry.noFixture ? 'absent' : 'allowed';
  if (!access.anyOf.some((p) => principal.permissions.has(p))) return 'forbidden';
  if (principal.unit && entry.liaisons === 'forbidden') return 'forbidden';
  if (recordCase === 'random' || !entry.fixture) return entry.noFixture ? 'absent' : 'allowed';
  if (entry.clearance && levelOfCase(recordCase) > principal.clearance) return 'hidden';
  if (principal.unit) {
    if (entry.scope === 'office-only') return 'hidden';
    if (entry.scope === 'unit-scoped') return unitOfCase(entry.fixture, recordCase) === principal.unit ? 'allowed' : 'hidden';
    return 'allowed';
  }
  if (entry.scope !== 'none' && entry.officeReaders && !entry.officeReaders.some((p) => principal.permissions.has(p))) return 'hidden';
  return 'allowed';
}

function matches(expected: Expected, status: number, code: string, allRecordsBuilt: boolean): boolean {
  switch (expected) {
    case 'forbidden':
      return status === 403;
    case 'hidden':
    case 'absent':
      // A request refused for its own shape (the empty body, a missing query) is refused before the record is read.
      return status === 404 || (status === 400 && code === 'REQUEST.VALIDATION_FAILED');
    case 'allowed':
      return status !== 401 && status !== 403 && status < 500 && !(allRecordsBuilt && status === 404);
  }
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

describe('authorization matrix: every route × every role × the record cases', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let document: OpenApiDocument;
  let routes: string[];
  const principals: Principal[] = [];
  const units: Record<'a' | 'b', string> = { a: '', b: '' };
  const fixtures = {} as Record<FixtureKind, Partial<Record<RecordCase, string>>>;

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    document = (await http.get('/api/docs-json')).body as OpenApiDocument;
    routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => METHODS.includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );

    // The permission tables, as the gateway resolves them: a role's own grants plus its section's.
    const gatewayDb = platform.gateway.app.get<DataSource>(DATA_SOURCE);
    const schema = platform.gateway.app.get<string>(SCHEMA);
    const byRole: { role_code: RoleCode; permission: string }[] = await gatewayDb.query(`SELECT role_code, permission FROM "${schema}".role_permission`);
    const bySection: { section_code: string; role_code: RoleCode; permission: string }[] = await gatewayDb.query(
      `SELECT section_code, role_code, permission FROM "${schema}".section_permission`,
    );
    const sections: { code: string }[] = await gatewayDb.query(`SELECT code FROM "${schema}".section ORDER BY sort_order`);
    const plainSection = sections.map((s) => s.code).find((code) => !bySection.some((row) => row.section_code === code));
    const permissionsOf = (role: RoleCode, section: string | null) =>
      new Set([...byRole.filter((r) => r.role_code === role), ...bySection.filter((r) => r.role_code === role && r.section_code === section)].map((r) => r.permission));

    const staff = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    const staffToken = `Bearer ${await signIn(http, staff.username, staff.password)}`;
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', staffToken)
        .send({ code: `AUTHZ-${key.toUpperCase()}`, name: `授权矩阵单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, body: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, body: undefined });
      units[key] = created.body.id;
    }

    const specs: Omit<Principal, 'token' | 'permissions'>[] = [];
    for (const role of ROLE_CODES) {
      const admin = ADMIN_ROLES.includes(role);
      const sectionRole = role === 'section_chief' || role === 'section_staff';
      if (role === 'unit_liaison') {
        specs.push({ name: 'unit_liaison@A', roles: [role], sectionCode: null, unit: 'a', clearance: Clearance.Secret });
        specs.push({ name: 'unit_liaison@B', roles: [role], sectionCode: null, unit: 'b', clearance: Clearance.Secret });
      } else if (sectionRole) {
        // A section whose staff hold no section grant (none is left since every section has its service).
        if (plainSection) specs.push({ name: `${role}@${plainSection}`, roles: [role], sectionCode: plainSection, unit: null, clearance: Clearance.Secret });
        for (const section of [...new Set(bySection.filter((r) => r.role_code === role).map((r) => r.section_code))]) {
          specs.push({ name: `${role}@${section}`, roles: [role], sectionCode: section, unit: null, clearance: Clearance.Secret });
        }
      } else {
        specs.push({ name: role, roles: [role], sectionCode: null, unit: null, clearance: admin ? Clearance.None : Clearance.Secret });
      }
    }
    specs.push({ name: 'section_staff@wenmi(非密)', roles: ['section_staff'], sectionCode: 'wenmi', unit: null, clearance: Clearance.None });
    for (const spec of specs) {
      const user = await createUserForTest(platform.gateway, { roles: spec.roles, sectionCode: spec.sectionCode, unitId: spec.unit ? units[spec.unit] : null, clearance: spec.clearance });
      const token = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
      principals.push({ ...spec, permissions: permissionsOf(spec.roles[0], spec.sectionCode), token });
    }

    // The records, built once by office staff cleared to 绝密.
    const maker = async (sectionCode: string, role: RoleCode = 'section_staff') => {
      const user = await createUserForTest(platform.gateway, { roles: [role], sectionCode, clearance: Clearance.TopSecret });
      return `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
    };
    const [ducha, wenmi, zonghe] = [await maker('ducha'), await maker('wenmi'), await maker('zonghe', 'section_chief')];
    for (const app of ['supervision', 'document-secretariat']) {
      const parts = platform.services.find((s) => s.parts.app === app)!.parts;
      await eventually(
        async () => {
          const [row] = await parts.dataSource.query(`SELECT count(*)::int AS n FROM "${parts.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
          return row.n === 2;
        },
        20_000,
        `the two units in ${app}`,
      );
    }
    const supervision = platform.services.find((s) => s.parts.app === 'supervision')!.parts;
    await eventually(async () => (await supervision.dataSource.query(`SELECT 1 FROM "${supervision.schema}".calendar_year_copy LIMIT 1`)).length > 0, 20_000, 'the calendar in supervision');

    const create = async (token: string, path: string, body: object): Promise<string> => {
      const res = await http.post(path).set('authorization', token).send(body);
      if (res.status !== 201) throw new Error(`fixture ${path} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const caseUnit = (kind: FixtureKind, c: RecordCase) => units[unitOfCase(kind, c) ?? 'a'];
    const caseLevel = levelOfCase;
    /** A classified document carries its copy number (份号) and how long it stays classified. */
    const classified = (c: RecordCase) => (levelOfCase(c) > 0 ? { copyNumber: '000001', secrecyPeriod: '10年' } : {});
    fixtures.unit = { own: units.a, other: units.b };
    fixtures['supervision-item'] = {};
    fixtures['unit-request'] = {};
    fixtures.incoming = {};
    fixtures.meeting = {};
    for (const c of FIXTURE_CASES['supervision-item']) {
      fixtures['supervision-item'][c] = await create(ducha, '/api/supervision/items', {
        kind: 'higher_assignment',
        title: `授权矩阵督办事项（${c}）`,
        content: '按期办结并报送情况',
        higherLevel: 'city',
        leadUnitId: caseUnit('supervision-item', c),
        coUnitIds: [],
        secrecyLevel: caseLevel(c),
      });
    }
    fixtures['supervision-plan'] = {};
    for (const c of FIXTURE_CASES['supervision-plan']) {
      fixtures['supervision-plan'][c] = await create(ducha, '/api/supervision-plans', {
        title: `授权矩阵督查计划（${c}）`,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        content: '安全生产专项督查，每月一次',
        attachments: [],
        unitId: caseUnit('supervision-plan', c),
      });
    }
    for (const c of FIXTURE_CASES['unit-request']) {
      fixtures['unit-request'][c] = await create(wenmi, '/api/documents/requests', {
        title: `授权矩阵请示（${c}）`,
        unitId: caseUnit('unit-request', c),
        summary: '关于申请专项经费的请示',
        urgency: 'normal',
        secrecyLevel: caseLevel(c),
        ...classified(c),
      });
    }
    for (const c of FIXTURE_CASES.incoming) {
      fixtures.incoming[c] = await create(wenmi, '/api/documents/incoming', {
        title: `授权矩阵收文（${c}）`,
        sourceBody: '淄博市人民政府办公室',
        sourceLevel: 'city',
        docType: '通知',
        urgency: 'normal',
        pages: 2,
        receivedAt: new Date().toISOString(),
        secrecyLevel: caseLevel(c),
        ...classified(c),
      });
    }
    for (const [i, c] of FIXTURE_CASES.meeting.entries()) {
      fixtures.meeting[c] = await create(zonghe, '/api/meetings', {
        kind: 'mayor_office',
        classCode: 'ordinary',
        title: `授权矩阵会议（${c}）`,
        startsAt: `2026-12-2${i + 1}T09:00:00+08:00`,
        endsAt: `2026-12-2${i + 1}T10:00:00+08:00`,
        location: '三楼会议室',
        leaders: [],
        attendeeUnitIds: [units.a],
        secrecyLevel: caseLevel(c),
      });
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('gives every route of the OpenAPI document exactly one policy entry, and every entry a route', () => {
    const { byRoute, missing, ambiguous, unused, incomplete } = resolvePolicy(routes);
    expect({ missing, ambiguous, unused, incomplete }).toEqual({ missing: [], ambiguous: [], unused: [], incomplete: [] });
    expect(byRoute.size).toBe(routes.length);
    expect(routes.length).toBeGreaterThanOrEqual(271);
  });

  it('answers every route × role × record case as the permission table and the policy say', async () => {
    const started = Date.now();
    const { byRoute } = resolvePolicy(routes);
    const access = routeAccess();
    const resolvedParams = (path: string, method: string) => document.paths[path][method.toLowerCase()].parameters ?? [];

    interface Probe {
      route: string;
      method: string;
      path: string;
      principal: Principal;
      recordCase: Case;
      expected: Expected;
      allRecordsBuilt: boolean;
      recordId?: string;
      /** The caller holds none of the route's permissions: the gateway refuses, naming them. */
      refusedByGateway: boolean;
      anyOf: string[];
    }
    const probes: Probe[] = [];
    const noAccess: string[] = [];
    for (const route of routes) {
      const entry = byRoute.get(route);
      const declared = access.get(route);
      if (!entry) continue;
      if (!declared) {
        noAccess.push(route);
        continue;
      }
      const [method, template] = route.split(' ');
      const params = resolvedParams(template, method).filter((p) => p.in === 'path');
      const fill = (recordId: string | undefined) => {
        let random = false;
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const s = params.find((p) => p.name === name)?.schema ?? {};
          if (name === 'id' && recordId) return recordId;
          if (s.enum?.length) return String(s.enum[0]);
          if (name === 'year') return '2026';
          if (name === 'versionNo') return '1';
          random = true;
          return randomUUID();
        });
        return { path, allRecordsBuilt: !random };
      };
      const cases: { recordCase: Case; id?: string }[] = entry.fixture
        ? FIXTURE_CASES[entry.fixture].map((c) => ({ recordCase: c, id: fixtures[entry.fixture!][c] }))
        : [{ recordCase: 'random' }];
      for (const principal of principals) {
        for (const { recordCase, id } of cases) {
          const { path, allRecordsBuilt } = fill(id);
          const anyOf = declared.kind === 'permission' ? declared.anyOf : [];
          const refusedByGateway = declared.kind === 'permission' && !anyOf.some((p) => principal.permissions.has(p));
          probes.push({ route, method, path, principal, recordCase, expected: expectedOf(declared, entry, principal, recordCase), allRecordsBuilt, recordId: id, refusedByGateway, anyOf });
        }
      }
    }
    expect(noAccess).toEqual([]);

    // Reads first, then changes (with a stale version, so that none applies), and signing out last of all.
    const signOut = (p: Probe) => p.route === 'POST /api/auth/logout';
    const phases = [probes.filter((p) => p.method === 'GET'), probes.filter((p) => p.method !== 'GET' && !signOut(p)), probes.filter(signOut)];
    const send = async (probe: Probe, path: string) => {
      const call = http[probe.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).set('authorization', probe.principal.token);
      return probe.method === 'GET' ? call : call.set('if-match', STALE_VERSION).set('content-type', 'application/json').send('{}');
    };
    const mismatches: string[] = [];
    for (const phase of phases) {
      await pool(phase, CONCURRENCY, async (probe) => {
        const res = await send(probe, probe.path);
        const code = (res.body as { code?: string } | undefined)?.code ?? '';
        let ok = matches(probe.expected, res.status, code, probe.allRecordsBuilt);
        if (ok && probe.refusedByGateway) {
          // The gateway's refusal names the permission the caller lacks.
          const body = res.body as { missingPermission?: string; requiredPermissions?: string[] };
          ok = body.missingPermission === probe.anyOf[0] && JSON.stringify(body.requiredPermissions) === JSON.stringify(probe.anyOf);
        }
        if (!ok && probe.expected === 'hidden' && res.status === 400 && probe.recordId) {
          // A rule of the body checked before the record is read: the same answer as for an id that does not exist.
          const twin = await send(probe, probe.path.replace(probe.recordId, randomUUID()));
          ok = twin.status === 400 && (twin.body as { code?: string } | undefined)?.code === code;
        }
        if (!ok) {
          const missing = (res.body as { missingPermission?: string } | undefined)?.missingPermission;
          mismatches.push(`| ${probe.route} | ${probe.principal.name} | ${probe.recordCase} | ${probe.expected} | ${res.status} ${code}${missing ? ` (${missing})` : ''} |`);
        }
      });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const recordRoutes = new Set(probes.filter((p) => p.recordCase !== 'random').map((p) => p.route)).size;
    console.info(
      `authorization matrix: ${routes.length} routes × ${principals.length} roles; ${recordRoutes} routes on built records ` +
        `(${Object.entries(FIXTURE_CASES).map(([kind, cases]) => `${kind}: ${cases.join('/')}`).join(', ')}), the rest on one case; ` +
        `${probes.length} requests in ${seconds} s`,
    );
    mismatches.sort();
    const table = ['| route | role | case | expected | got |', '|---|---|---|---|---|', ...mismatches].join('\n');
    expect(mismatches.length ? `${mismatches.length} mismatches:\n${table}` : 'no mismatches').toBe('no mismatches');
  }, 300_000);
});
