import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGateway } from '../src/index.js';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

/** The gateway's generated token-signing key is kept sealed with a key the database never sees. */
describe('the JWT signing key at rest', () => {
  let harness: GatewayHarness;

  beforeAll(async () => {
    harness = await startGatewayForTest();
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('is stored sealed (SM4 + HMAC-SM3), and tokens signed with it work', async () => {
    const [row] = await harness.sql<{ value: string }>(`SELECT value FROM gateway.secret WHERE name = 'jwt-hs256'`);
    expect(row.value).toMatch(/^sm4:/);
    const user = await harness.signedIn({ roles: ['section_staff'] });
    const me = await harness.http.get('/api/auth/me').set('authorization', user.auth);
    expect(me.status).toBe(200);
  });

  it('seals a key an older release stored in clear, on the next start, and keeps using it', async () => {
    const clear = randomBytes(48).toString('base64url');
    await harness.sql(`UPDATE gateway.secret SET value = $1 WHERE name = 'jwt-hs256'`, [clear]);
    const again = await startGateway({ env: harness.environment.env, bus: harness.environment.bus, port: 0, host: '127.0.0.1' });
    try {
      const [row] = await harness.sql<{ value: string }>(`SELECT value FROM gateway.secret WHERE name = 'jwt-hs256'`);
      expect(row.value).toMatch(/^sm4:/);
      expect(row.value).not.toContain(clear);
    } finally {
      await again.stop();
    }
  });
});
