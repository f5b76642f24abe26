import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { externalConsumerIdentity, externalConsumerUser, natsAuthorization } from '../libs/platform/src/messaging/bus-permissions.js';
import { EXTERNAL_CONSUMERS, readExternalConsumers } from './nats-config.js';

describe('the grant of a system outside the platform (docs/CONSUMING-EVENTS.md)', () => {
  const root = mkdtempSync(join(tmpdir(), 'gov-ext-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const grants = (value: unknown) => {
    mkdirSync(join(root, 'deploy'), { recursive: true });
    writeFileSync(join(root, EXTERNAL_CONSUMERS), JSON.stringify(value));
    return () => readExternalConsumers(root);
  };

  it('is a NATS user that may only read its granted streams through its own durable consumer', () => {
    const user = externalConsumerUser({ name: 'city-supervision', streams: ['supervision'] }, 'ns');
    expect(user).toContain('user: "ext-city-supervision", password: $NATS_PASSWORD_EXT_CITY_SUPERVISION,');
    expect(user).toContain('"$JS.API.CONSUMER.MSG.NEXT.NS_EVT_SUPERVISION.ext-city-supervision"');
    expect(user).toContain('"$JS.ACK.NS_EVT_SUPERVISION.ext-city-supervision.>"');
    expect(user).toContain('subscribe: { allow: ["_INBOX_ext_city_supervision.>"] }');
    // No events, no requests, no other stream, no other consumer, no stream changes, no responses.
    expect(user).not.toMatch(/"(ns\.)?(evt|rpc)\./);
    expect(user).not.toContain('EVT_DUTY_AND_MEETINGS');
    expect(user).not.toMatch(/STREAM\.(CREATE|UPDATE|DELETE)|CONSUMER\.DELETE|allow_responses/);
    expect(user).not.toMatch(/EVT_SUPERVISION\.>/);
    expect(natsAuthorization({ externalConsumers: [{ name: 'city-supervision', streams: ['supervision'], password: 'p' }] })).toContain('user: "ext-city-supervision", password: "p"');
  });

  it('refuses a name that is not a NATS token of ours', () => {
    expect(() => externalConsumerIdentity('City Supervision')).toThrow(/lower-case/);
    expect(() => externalConsumerIdentity('a.b')).toThrow(/lower-case/);
    expect(externalConsumerIdentity('hotline-12345')).toEqual({ user: 'ext-hotline-12345', durable: 'ext-hotline-12345', inboxPrefix: '_INBOX_ext_hotline_12345' });
  });

  it('reads deploy/external-consumers.json: none without it, and refuses passwords in it and unknown streams', () => {
    expect(readExternalConsumers(join(root, 'nothing-here'))).toEqual([]);
    expect(grants([{ name: 'warehouse', streams: ['supervision', 'duty-and-meetings'] }])()).toEqual([{ name: 'warehouse', streams: ['supervision', 'duty-and-meetings'] }]);
    expect(grants([{ name: 'warehouse', streams: ['supervision'], password: 'x' }])).toThrow(/password/);
    expect(grants([{ name: 'warehouse', streams: ['accounting'] }])).toThrow(/streams among/);
    expect(grants([{ name: 'warehouse', streams: [] }])).toThrow(/streams among/);
  });
});
