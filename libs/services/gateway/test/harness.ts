import pg from 'pg';
import type { Logger } from 'pino';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { createUserForTest, signIn, startGateway, type RunningGateway, type TestUserSpec } from '../src/index.js';

export interface GatewayHarness {
  environment: TestEnvironment;
  gateway: RunningGateway;
  http: ReturnType<typeof request>;
  /** Runs SQL on the test database (as the superuser the tests connect with). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A user with the given roles, signed in; returns its bearer header value and account. */
  signedIn(spec: TestUserSpec): Promise<{ auth: string; id: string; username: string; password: string; totpSecret?: string }>;
  stop(): Promise<void>;
}

/** The gateway alone, on its own cloned database and bus namespace; the sign-in rate limit is raised unless a test sets it. */
export async function startGatewayForTest(overrides: Record<string, string> = {}, options: { logger?: Logger } = {}): Promise<GatewayHarness> {
  const environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000', RPC_TIMEOUT_MS: '1500', ...overrides });
  const gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1', ...(options.logger ? { logger: options.logger } : {}) });
  const http = request(gateway.app.getHttpServer());
  const client = new pg.Client({ connectionString: environment.databaseUrl });
  await client.connect();
  return {
    environment,
    gateway,
    http,
    sql: async (text, params) => (await client.query(text, params as unknown[])).rows,
    signedIn: async (spec) => {
      const user = await createUserForTest(gateway, spec);
      const token = await signIn(http, user.username, user.password, user.totpSecret);
      return { ...user, auth: `Bearer ${token}` };
    },
    stop: async () => {
      await client.end();
      await gateway.stop();
      await environment.dispose();
    },
  };
}
