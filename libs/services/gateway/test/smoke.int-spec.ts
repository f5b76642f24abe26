import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

describe('smoke', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startGatewayForTest();
  });
  afterAll(async () => {
    await h?.stop();
  });
  it('starts', async () => {
    expect(h.gateway.bootstrapAdmins?.map((a) => a.username)).toEqual(['sysadmin', 'secadmin', 'auditadmin']);
    const res = await h.http.get('/health/live');
    console.log(res.status, res.headers, res.body);
    const nf = await h.http.get('/api/nope');
    console.log(nf.status, nf.headers['content-type'], nf.body);
    const login = await h.http.post('/api/auth/login').send({ username: 'sysadmin', password: h.gateway.bootstrapAdmins![0].password });
    console.log(login.status, login.body);
  });
});
