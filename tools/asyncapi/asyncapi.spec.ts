import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Parser } from '@asyncapi/parser';
import { asyncApiJson } from './document.js';
import { breakingChanges } from './compare.js';
import { ASYNCAPI_FILE, RELEASED_FILE } from './generate.js';
import { CONTRACT_PACKAGES } from './catalogue.js';

const root = join(import.meta.dirname, '..', '..');
const generatedPromise = asyncApiJson();

describe('the AsyncAPI catalogue of the events (tools/asyncapi)', () => {
  it('is a valid AsyncAPI 3.0 document (@asyncapi/parser: no error, no warning)', async () => {
    const diagnostics = await new Parser().validate(await generatedPromise);
    // Severity 0 is an error, 1 a warning; 2 and 3 are hints (such as "3.1.0 exists").
    const problems = diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code} ${d.message} at ${d.path.join('/')}`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('is committed as generated (run `npm run asyncapi` after changing an event contract)', async () => {
    expect(readFileSync(join(root, ASYNCAPI_FILE), 'utf8') === (await generatedPromise)).toBe(true);
  }, 60_000);

  it('breaks no subject of the released catalogue (docs/EVENTS-VERSIONING.md)', async () => {
    const released = JSON.parse(readFileSync(join(root, RELEASED_FILE), 'utf8'));
    expect(breakingChanges(released, JSON.parse(await generatedPromise))).toEqual([]);
  }, 60_000);

  it('lists every subject with its payload schema, both descriptions and an example', async () => {
    const document = JSON.parse(await generatedPromise);
    const channels = Object.values(document.channels) as { address: string }[];
    expect(channels.map((c) => c.address)).toEqual(expect.arrayContaining(['evt.supervision.item.closed', 'evt.document-secretariat.instruction.recorded', 'evt.duty-and-meetings.unit.created', 'evt.gateway.ops.dead-letter-recorded']));
    for (const channel of channels) expect(channel.address).toMatch(/^evt\.[a-z-]+\.[a-z0-9.-]+$/);
    for (const message of Object.values(document.components.messages) as { title: string; summary: string; payload: { properties: { data: { $ref: string } } }; examples: unknown[] }[]) {
      expect(message.title).toMatch(/[\u4e00-\u9fff]/);
      expect(message.summary).toMatch(/[A-Za-z]/);
      expect(document.components.schemas[message.payload.properties.data.$ref.split('/').pop()!]).toBeDefined();
      expect(message.examples).toHaveLength(1);
    }
  }, 60_000);

  it('reads every contracts package of the repository', () => {
    const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths as Record<string, string[]>;
    const contracts = Object.keys(paths).filter((alias) => alias.startsWith('@gov/contracts-'));
    expect(Object.keys(CONTRACT_PACKAGES).sort()).toEqual(contracts.sort());
  });
});
