import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The platform of the loop specs (issue 21): zonghe, clerk (文秘), mayor (区长), ducha (督查室), the liaisons, units known to both services. */
export interface LoopPlatform extends PeoplePlatform {
  /** A 收文 from a city office registered, accepted and proposed by the clerk, and the 区长's 批示 on it naming units A (lead) and B. */
  instructedIncoming(document: IncomingFromCity, instruction: string): Promise<{ incomingId: string; instructed: request.Response }>;
}

/** What differs between the loop specs' 收文: title, sender, number and urgency. */
export interface IncomingFromCity {
  title: string;
  sourceBody: string;
  originalNumber: string;
  urgency: 'normal' | 'urgent';
  pages: number;
}

/** Expects the status, showing the body when it differs. */
export const ok = (res: request.Response, status = 200) => expect({ status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ status, body: undefined });

/** A whole platform for an end-to-end spec: its people by name, two units with a liaison each, known to the services named. */
export interface PeoplePlatform {
  environment: TestEnvironment;
  platform: RunningPlatform;
  http: ReturnType<typeof request>;
  /** `Bearer …` of each person by name, and of liaison_a, liaison_b. */
  tokens: Record<string, string>;
  units: Record<'a' | 'b', string>;
  parts(app: string): PlatformParts;
  /** Creates a user and keeps their `Bearer …` under `name` in `tokens`. */
  bearer(name: string, spec: Parameters<typeof createUserForTest>[1]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the whole platform with `people` signed in (zonghe among them: it creates the units), two units A and B named
 * `unitName` + A/B with a liaison each, and waits until the services of `knownTo` have both units in their directory.
 */
export async function startPeoplePlatform(options: {
  unitCode: string;
  unitName: string;
  people: Record<string, Parameters<typeof createUserForTest>[1]>;
  knownTo: string[];
}): Promise<PeoplePlatform> {
  const environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
  const platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
  const http = request(platform.gateway.url);
  const tokens: Record<string, string> = {};
  const units: Record<'a' | 'b', string> = { a: '', b: '' };
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const zonghe: Parameters<typeof createUserForTest>[1] = { roles: ['section_staff'], sectionCode: 'zonghe' };
  for (const [name, spec] of Object.entries({ zonghe, ...options.people })) await bearer(name, spec);
  for (const key of ['a', 'b'] as const) {
    const created = await http
      .post('/api/units')
      .set('authorization', tokens.zonghe)
      .send({ code: `${options.unitCode}-${key.toUpperCase()}-${Date.now().toString(36)}`, name: `${options.unitName}${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
    ok(created, 201);
    units[key] = created.body.id;
    await bearer(`liaison_${key}`, { roles: ['unit_liaison'], unitId: created.body.id, sectionCode: null });
  }
  for (const app of options.knownTo) {
    const p = parts(app);
    await eventually(async () => {
      const [row] = await p.dataSource.query(`SELECT count(*)::int AS n FROM "${p.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      return row.n === 2;
    }, 30_000, `both units in ${app}`);
  }
  return {
    environment, platform, http, tokens, units, parts, bearer,
    async stop() {
      await platform.stop();
      await environment.dispose();
    },
  };
}

/** Starts the whole platform and its people; `unitCode`/`unitName` keep each spec's units apart. */
export async function startLoopPlatform(unitCode: string, unitName: string): Promise<LoopPlatform> {
  const started = await startPeoplePlatform({
    unitCode,
    unitName,
    people: {
      clerk: { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential, displayName: '文秘甲' },
      mayor: { roles: ['district_leader'], clearance: Clearance.Confidential, displayName: '张区长' },
      ducha: { roles: ['section_staff'], sectionCode: 'ducha', clearance: Clearance.Confidential, displayName: '督查甲' },
    },
    knownTo: ['document-secretariat', 'supervision'],
  });
  const { http, tokens, units } = started;
  const instructedIncoming = async (document: IncomingFromCity, instruction: string) => {
    const registered = await http.post('/api/documents/incoming').set('authorization', tokens.clerk)
      .send({ ...document, sourceLevel: 'city', docType: '通知', receivedAt: new Date().toISOString(), secrecyLevel: 0 });
    ok(registered, 201);
    const incomingId: string = registered.body.id;
    ok(await http.post(`/api/documents/incoming/${incomingId}/review`).set('authorization', tokens.clerk).set('if-match', 'W/"1"').send({ decision: 'accept' }));
    ok(await http.post(`/api/documents/incoming/${incomingId}/propose`).set('authorization', tokens.clerk).set('if-match', 'W/"2"').send({ proposal: '拟请张区长批示' }));
    const instructed = await http
      .post('/api/documents/instructions')
      .set('authorization', tokens.mayor)
      .send({ sourceKind: 'incoming', sourceId: incomingId, text: instruction, leaderTitle: '区长', leadUnitId: units.a, coUnitIds: [units.b], requestId: randomUUID() });
    ok(instructed, 201);
    return { incomingId, instructed };
  };
  return { ...started, instructedIncoming };
}
