import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { SubmissionSubjects, InformationPermissions as P, type AddScoreWeights, type ListScoreWeights, type SubmissionDetailView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** A new version of the weight table (RULES.md §2.7): 信息科科长 only, not in the past; adoptions from its date score with it, earlier ones keep theirs. */
describe('information: weight table versions', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const U1 = randomUUID();
  const staff = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.submissionsRead, P.submissionsManage] });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'xinxi', permissions: [P.submissionsRead, P.submissionsManage] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const today = dayOffset(0);
  const table = (effectiveFrom: string, version?: string) => ({
    version,
    effectiveFrom,
    source: '博山区政务信息计分办法（集成测试）第三条',
    adoption: { district_bulletin: 6, reported_city: 3, city: 25, province: 45, state_council: 90 },
    instruction: { district: 12, city: 35, province: 55 },
    deduction: { solicitation_late: 3, solicitation_missing: 6 },
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('only the chief adds a version, not effective in the past, never twice; listed with its source', async () => {
    await expect(call(SubmissionSubjects.addWeights, table(today), staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SubmissionSubjects.addWeights, table(dayOffset(-1)), chief)).rejects.toMatchObject({ spec: { code: 'SCORE_WEIGHTS.EFFECTIVE_IN_PAST' } });
    await expect(call(SubmissionSubjects.addWeights, { ...table(today), adoption: { city: -1 } }, chief)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const added = await call<AddScoreWeights.Reply>(SubmissionSubjects.addWeights, table(today), chief);
    expect(added).toMatchObject({ version: `BS-XX-${today.slice(0, 4)}-1`, effectiveFrom: today, createdBy: chief.username, adoption: { city: 25 }, instruction: { city: 35 } });
    await expect(call(SubmissionSubjects.addWeights, table(today, 'BS-XX-OTHER'), chief)).rejects.toMatchObject({ spec: { code: 'SCORE_WEIGHTS.DUPLICATE' } });
    const listed = await call<ListScoreWeights.Reply>(SubmissionSubjects.weights, {}, staff);
    expect(listed.items.map((w) => w.version)).toEqual([added.version, 'BS-XX-2025-1']);
  });

  it('an adoption dated on or after the new date scores with it; an earlier one keeps the old version', async () => {
    const created = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：计分标准换版', body: '计分标准换版前后的采用，各按其日期生效的标准计分。', category: 'trend', unitId: U1 }, staff);
    await call(SubmissionSubjects.accept, { id: created.id, expectedVersion: 1 }, staff);
    await call(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 2, level: 'reported_city', adoptedOn: dayOffset(-1) }, staff);
    const adopted = await call<SubmissionDetailView>(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 3, level: 'city', adoptedOn: today }, staff);
    const versions = adopted.adoptions.map((a) => [a.level, a.points, a.weightVersion]);
    expect(versions).toEqual([
      ['reported_city', 2, 'BS-XX-2025-1'],
      ['city', 25, `BS-XX-${today.slice(0, 4)}-1`],
    ]);
    expect(adopted.score).toBe(27);
  });
});
